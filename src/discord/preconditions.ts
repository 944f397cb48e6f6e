import { type BaseInteraction, PermissionFlagsBits } from "discord.js";
import { UserError } from "../app/errors.js";
import type { MessageKey } from "../i18n/i18n.js";

/**
 * A check the router runs before a command's or a component's handler: null lets the interaction
 * through, a UserError is the ephemeral refusal. `args` are a component's custom-id arguments.
 */
export type Precondition = (interaction: BaseInteraction, args: readonly string[]) => UserError | null;

/** Only inside a server; `refusal` says why in the command's own words. */
export function inServer(refusal: MessageKey): Precondition {
  return (interaction) => (interaction.guildId ? null : new UserError(refusal));
}

/** The member holds Manage Server here (a server can override a command's default permissions). */
export function canManageServer(interaction: BaseInteraction): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

export function managesServer(refusal: MessageKey): Precondition {
  return (interaction) => (canManageServer(interaction) ? null : new UserError(refusal));
}

/** A button carries the id of the member it was offered to as its first argument; nobody else may use it. */
export const buttonOwner: Precondition = (interaction, [ownerId]) =>
  ownerId === interaction.user.id ? null : new UserError("common.buttonNotYours");

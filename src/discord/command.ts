import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from "discord.js";
import type { AppDeps } from "../app/deps.js";
import { UserError } from "../app/errors.js";
import type { Logger } from "../logger.js";

/** What every handler receives: the app layer's dependencies and a logger. */
export interface HandlerContext {
  readonly deps: AppDeps;
  readonly logger: Logger;
}

/** One slash command: its definition (sent to Discord as is) and its handlers. */
export interface SlashCommand {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: HandlerContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: HandlerContext): Promise<void>;
}

/**
 * Buttons, select menus and modals. A custom id is "<prefix>:<args...>"; the router picks the component whose
 * prefix matches and hands it the remaining arguments.
 */
export interface ComponentHandler {
  readonly prefix: string;
  button?(interaction: ButtonInteraction, args: readonly string[], context: HandlerContext): Promise<void>;
  select?(
    interaction: StringSelectMenuInteraction,
    args: readonly string[],
    context: HandlerContext,
  ): Promise<void>;
  modal?(
    interaction: ModalSubmitInteraction,
    args: readonly string[],
    context: HandlerContext,
  ): Promise<void>;
}

export function customId(prefix: string, ...args: readonly (string | number)[]): string {
  return [prefix, ...args].join(":");
}

/** Buttons carry the id of the member they were offered to; anyone else's click changes nothing. */
export function assertButtonOwner(ownerId: string | undefined, userId: string): void {
  if (ownerId !== userId) {
    throw new UserError("common.buttonNotYours");
  }
}

import { ApplicationIntegrationType, type BaseInteraction } from "discord.js";
import type { Caller } from "../app/deps.js";

/** The member behind an interaction, as the app layer knows them. */
export function callerOf(interaction: BaseInteraction): Caller {
  const member = interaction.member;
  const memberName = member && "displayName" in member ? member.displayName : member?.nick;
  const guildId = clubServerOf(interaction);
  return {
    userId: interaction.user.id,
    displayName: memberName ?? interaction.user.globalName ?? interaction.user.username,
    locale: interaction.locale,
    guild: guildId
      ? {
          id: guildId,
          name: interaction.guild?.name ?? "Discord server",
          ...(interaction.guildLocale ? { locale: interaction.guildLocale } : {}),
        }
      : null,
  };
}

/**
 * The server whose club the interaction counts for: only one that installed Dorsi. A command from
 * a member's own (user) install, used in a server without Dorsi, is personal: no club, no board.
 */
function clubServerOf(interaction: BaseInteraction): string | null {
  const { guildId } = interaction;
  if (!guildId) return null;
  const owners = interaction.authorizingIntegrationOwners;
  // Older payloads name no installs: the server's own then.
  if (!owners || Object.keys(owners).length === 0) return guildId;
  return owners[ApplicationIntegrationType.GuildInstall] === guildId ? guildId : null;
}

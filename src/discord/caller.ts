import type { BaseInteraction } from "discord.js";
import type { Caller } from "../app/deps.js";

/** The member behind an interaction, as the app layer knows them. */
export function callerOf(interaction: BaseInteraction): Caller {
  const member = interaction.member;
  const memberName = member && "displayName" in member ? member.displayName : member?.nick;
  return {
    userId: interaction.user.id,
    displayName: memberName ?? interaction.user.globalName ?? interaction.user.username,
    locale: interaction.locale,
    guild: interaction.guildId
      ? {
          id: interaction.guildId,
          name: interaction.guild?.name ?? "Discord server",
          ...(interaction.guildLocale ? { locale: interaction.guildLocale } : {}),
        }
      : null,
  };
}

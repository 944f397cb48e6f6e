import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";

/** Honest answer for a command whose behaviour has not shipped yet: never invented data. */
export async function replyNotAvailableYet(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.reply({
    content: `/${interaction.commandName} is not available yet. It is coming soon; /log and /progress already work.`,
    flags: MessageFlags.Ephemeral,
  });
}

import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { getProgress } from "../../app/progress.js";
import type { SlashCommand } from "../command.js";
import { renderProgressReply } from "../render/progress.js";

const data = {
  name: "progress",
  description: "Your level, sets and streak for each drill (only you see it)",
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const progressCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const report = await getProgress(deps, interaction.user.id);
    await interaction.reply({ ...renderProgressReply(report), flags: MessageFlags.Ephemeral });
  },
};

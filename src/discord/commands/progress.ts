import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { getProgress } from "../../app/progress.js";
import type { SlashCommand } from "../command.js";
import { renderProgressReply } from "../render/progress.js";

const data = {
  name: "progress",
  description: "Your level, sets, streak and four-week chart (only you see it)",
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const progressCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    // Drawing the chart can take longer than Discord's 3 seconds on a cold start.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const report = await getProgress(deps, interaction.user.id);
    await interaction.editReply(await renderProgressReply(report));
  },
};

import { MessageFlags } from "discord.js";
import { getProgress } from "../../app/progress.usecases.js";
import { translator } from "../../i18n/i18n.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition } from "../command-options.js";
import { described } from "../render/command-text.render.js";
import { renderProgressReply } from "../render/progress.render.js";

const data = commandDefinition({
  name: "progress",
  ...described("progress.command.progress.description"),
  ...MEMBER_COMMAND,
});

export const progressCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    // Drawing the chart can take longer than Discord's 3 seconds on a cold start.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const report = await getProgress(deps, interaction.user.id);
    await interaction.editReply(await renderProgressReply(report, translator(interaction.locale)));
  },
};

import { MessageFlags } from "discord.js";
import { resumeReminders } from "../../app/pause.usecases.js";
import { translator } from "../../i18n/i18n.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition } from "../command-options.js";
import { described } from "../render/command-text.render.js";
import { renderResumeReply } from "../render/schedule.render.js";

const data = commandDefinition({
  name: "resume",
  ...described("schedule.resumeCommand.description"),
  ...MEMBER_COMMAND,
});

export const resumeCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const resumed = await resumeReminders(deps, interaction.user.id);
    await interaction.reply({
      content: renderResumeReply(resumed, translator(interaction.locale)),
      flags: MessageFlags.Ephemeral,
    });
  },
};

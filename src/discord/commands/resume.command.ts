import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { resumeReminders } from "../../app/pause.usecases.js";
import { translator } from "../../i18n/i18n.js";
import type { SlashCommand } from "../command.js";
import { described } from "../render/command-text.render.js";
import { renderResumeReply } from "../render/schedule.render.js";

const data = {
  name: "resume",
  ...described("schedule.resumeCommand.description"),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

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

import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { resumeReminders } from "../../app/pause.js";
import type { SlashCommand } from "../command.js";

const data = {
  name: "resume",
  description: "Resume your reminders",
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const resumeCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const resumed = await resumeReminders(deps, interaction.user.id);
    await interaction.reply({
      content: resumed
        ? "Welcome back: reminders are on again."
        : "Your reminders weren't paused. Use /schedule to set them up or change them.",
      flags: MessageFlags.Ephemeral,
    });
  },
};

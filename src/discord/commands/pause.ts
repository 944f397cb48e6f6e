import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { MAX_PAUSE_DAYS, pauseReminders } from "../../app/pause.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { discordTime } from "../render/time.js";

const data = {
  name: "pause",
  description: "Pause your reminders (your streak is kept)",
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: "days",
      description: "For how many days (until /resume when left out)",
      min_value: 1,
      max_value: MAX_PAUSE_DAYS,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const pauseCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const { until } = await pauseReminders(
      deps,
      callerOf(interaction),
      interaction.options.getInteger("days"),
    );
    await interaction.reply({
      content: until
        ? `Reminders paused until ${discordTime(until)}. Your streak is kept; /resume any time.`
        : "Reminders paused until you /resume. Your streak is kept.",
      flags: MessageFlags.Ephemeral,
    });
  },
};

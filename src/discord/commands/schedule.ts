import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { openDmChannelAhead } from "../../app/reminders.js";
import { setSchedule } from "../../app/set-schedule.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { createDmMessenger } from "../dm-messenger.js";
import { renderScheduleReply } from "../render/schedule.js";
import { respondWithTimeZoneChoices } from "./timezone-option.js";

const data = {
  name: "schedule",
  description: "Set when your drill reminders arrive, in your own time zone",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "timezone",
      description: "Your time zone, e.g. Europe/London or America/Denver (start typing your city)",
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "start",
      description: "First reminder no earlier than (HH:MM)",
      min_length: 3,
      max_length: 5,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "end",
      description: "Last reminder no later than (HH:MM)",
      min_length: 3,
      max_length: 5,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: "per_day",
      description: "How many reminders a day (1-12)",
      min_value: 1,
      max_value: 12,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "times",
      description: "Exact times instead of a spread, e.g. 07:30,12:15,18:00",
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "days",
      description: "Which days, e.g. mon-fri or mon,wed,sat",
      max_length: 60,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const scheduleCommand: SlashCommand = {
  data,
  autocomplete: respondWithTimeZoneChoices,
  async execute(interaction, { deps, logger }) {
    const result = await setSchedule(deps, callerOf(interaction), {
      timezone: interaction.options.getString("timezone"),
      start: interaction.options.getString("start"),
      end: interaction.options.getString("end"),
      perDay: interaction.options.getInteger("per_day"),
      times: interaction.options.getString("times"),
      days: interaction.options.getString("days"),
    });
    await interaction.reply({ content: renderScheduleReply(result), flags: MessageFlags.Ephemeral });
    // Only once the member has their answer, and never at its expense: a failure here leaves the
    // channel to be opened by the first reminder, as before.
    await openDmChannelAhead(deps, createDmMessenger(interaction.client), interaction.user.id).catch(
      (error: unknown) =>
        logger.warn({ err: error, interactionId: interaction.id }, "could not open the DM channel ahead"),
    );
  },
};

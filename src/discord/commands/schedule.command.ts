import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { openDmChannelAhead } from "../../app/reminders.usecases.js";
import { setSchedule } from "../../app/set-schedule.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { createDmMessenger } from "../dm-messenger.js";
import { described } from "../render/command-text.render.js";
import { renderScheduleReply } from "../render/schedule.render.js";
import { respondWithTimeZoneChoices } from "./timezone.option.js";

const data = {
  name: "schedule",
  ...described("schedule.command.description"),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "timezone",
      ...described("schedule.command.timezone"),
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "start",
      ...described("schedule.command.start"),
      min_length: 2,
      max_length: 8,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "end",
      ...described("schedule.command.end"),
      min_length: 2,
      max_length: 8,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: "per_day",
      ...described("schedule.command.perDay"),
      min_value: 1,
      max_value: 12,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "times",
      ...described("schedule.command.times"),
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "days",
      ...described("schedule.command.days"),
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
    await interaction.reply({
      content: renderScheduleReply(result, translator(interaction.locale)),
      flags: MessageFlags.Ephemeral,
    });
    // Only once the member has their answer, and never at its expense: a failure here leaves the
    // channel to be opened by the first reminder, as before.
    await openDmChannelAhead(deps, createDmMessenger(interaction.client), interaction.user.id).catch(
      (error: unknown) =>
        logger.warn({ err: error, interactionId: interaction.id }, "could not open the DM channel ahead"),
    );
  },
};

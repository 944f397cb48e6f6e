import { ApplicationCommandOptionType, MessageFlags } from "discord.js";
import { openDmChannelAhead } from "../../app/reminder-delivery.usecases.js";
import { setSchedule } from "../../app/set-schedule.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { createDmMessenger } from "../dm-messenger.js";
import { renderStreakWarningChoice } from "../render/attention.render.js";
import { described } from "../render/command-text.render.js";
import { renderScheduleReply } from "../render/schedule.render.js";
import { respondWithTimeZoneChoices } from "./timezone.option.js";

const data = commandDefinition({
  name: "schedule",
  ...described("schedule.command.description"),
  ...MEMBER_COMMAND,
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
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "streak_warning",
      ...described("attention.command.streakWarning"),
    },
  ],
});

export const scheduleCommand: SlashCommand = {
  data,
  autocomplete: respondWithTimeZoneChoices,
  async execute(interaction, { deps, logger }) {
    const args = optionsOf(data, interaction);
    const result = await setSchedule(deps, callerOf(interaction), {
      timezone: args.timezone,
      start: args.start,
      end: args.end,
      perDay: args.per_day,
      times: args.times,
      days: args.days,
      streakWarning: args.streak_warning,
    });
    const tr = translator(interaction.locale);
    const streakLine =
      args.streak_warning === null ? [] : [renderStreakWarningChoice(args.streak_warning, tr)];
    await interaction.reply({
      content: [renderScheduleReply(result, tr), ...streakLine].join("\n"),
      flags: MessageFlags.Ephemeral,
    });
    // Only once the member has their answer, and never at its expense: if this fails, the first
    // reminder opens the channel.
    await openDmChannelAhead(deps, createDmMessenger(interaction.client), interaction.user.id).catch(
      (error: unknown) =>
        logger.warn({ err: error, interactionId: interaction.id }, "could not open the DM channel ahead"),
    );
  },
};

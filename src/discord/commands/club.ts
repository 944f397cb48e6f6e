import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { SlashCommand } from "../command.js";
import { replyNotAvailableYet } from "./not-yet.js";
import { respondWithTimeZoneChoices } from "./timezone-option.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const data = {
  name: "club",
  description: "Set where and when this club's weekly board is posted (Manage Server)",
  contexts: [InteractionContextType.Guild],
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    {
      type: ApplicationCommandOptionType.Channel,
      name: "channel",
      description: "The channel for the weekly board",
      required: true,
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "timezone",
      description: "The club's time zone, e.g. Europe/London",
      required: true,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "post_day",
      description: "Day of the weekly post",
      required: true,
      choices: WEEKDAYS.map((day) => ({ name: day, value: day })),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "post_time",
      description: "Time of the weekly post (HH:MM, club time)",
      required: true,
      min_length: 3,
      max_length: 5,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const clubCommand: SlashCommand = {
  data,
  execute: replyNotAvailableYet,
  autocomplete: respondWithTimeZoneChoices,
};

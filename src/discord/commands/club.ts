import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { configureClub, POST_DAYS } from "../../app/club.js";
import { missingBoardPermissions } from "../board-poster.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { renderClubSetup } from "../render/leaderboard.js";
import { respondWithTimeZoneChoices } from "./timezone-option.js";

/** The channel types a board can be posted in (the option offers only these; checked again). */
const BOARD_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

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
      channel_types: [...BOARD_CHANNEL_TYPES],
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
      choices: POST_DAYS.map((day) => ({ name: day, value: day })),
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
  autocomplete: respondWithTimeZoneChoices,
  async execute(interaction, { deps, logger }) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const option = interaction.options.getChannel("channel", true);
    const setup = await configureClub(deps, {
      caller: callerOf(interaction),
      // Checked again here: a server can override the command's default permissions.
      canManageServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
      channel: {
        id: option.id,
        isText: (BOARD_CHANNEL_TYPES as readonly ChannelType[]).includes(option.type),
      },
      timeZone: interaction.options.getString("timezone", true),
      postDay: interaction.options.getString("post_day", true),
      postTime: interaction.options.getString("post_time", true),
    });
    // Saved either way; the admin is told what to fix.
    let missing: string[] | null = null;
    try {
      const channel =
        interaction.guild?.channels.cache.get(option.id) ??
        (await interaction.guild?.channels.fetch(option.id));
      if (channel) missing = await missingBoardPermissions(channel);
    } catch (error) {
      logger.warn({ err: error, interactionId: interaction.id }, "could not check board channel permissions");
    }
    await interaction.editReply(renderClubSetup(setup, missing));
  },
};

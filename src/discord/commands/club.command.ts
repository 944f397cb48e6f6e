import { ApplicationCommandOptionType, ChannelType, MessageFlags, PermissionFlagsBits } from "discord.js";
import { configureClub, POST_DAYS } from "../../app/club.usecases.js";
import type { BoardPermission } from "../../app/weekly-posts.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { missingBoardPermissions } from "../board-poster.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { SERVER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { canManageServer, inServer, managesServer } from "../preconditions.js";
import { renderClubSetup } from "../render/club.render.js";
import { choice, described } from "../render/command-text.render.js";
import { respondWithTimeZoneChoices } from "./timezone.option.js";

/** The channel types a board can be posted in (the option offers only these; checked again). */
const BOARD_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

const data = commandDefinition({
  name: "club",
  ...described("board.command.club.description"),
  ...SERVER_COMMAND,
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    {
      type: ApplicationCommandOptionType.Channel,
      name: "channel",
      ...described("board.command.club.channel"),
      required: true,
      channel_types: [...BOARD_CHANNEL_TYPES],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "timezone",
      ...described("board.command.club.timezone"),
      required: true,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "post_day",
      ...described("board.command.club.postDay"),
      required: true,
      choices: POST_DAYS.map((day) => choice(`board.command.day.${day}`, day)),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "post_time",
      ...described("board.command.club.postTime"),
      required: true,
      min_length: 3,
      max_length: 5,
    },
  ],
});

export const clubCommand: SlashCommand = {
  data,
  // default_member_permissions is only a default that a server can override, so Manage Server is
  // checked on each use.
  preconditions: [inServer("board.errors.clubOutsideServer"), managesServer("board.errors.manageServer")],
  autocomplete: respondWithTimeZoneChoices,
  async execute(interaction, { deps, logger }) {
    const args = optionsOf(data, interaction);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const chosen = args.channel;
    const setup = await configureClub(deps, {
      caller: callerOf(interaction),
      canManageServer: canManageServer(interaction),
      channel: {
        id: chosen.id,
        isText: (BOARD_CHANNEL_TYPES as readonly ChannelType[]).includes(chosen.type),
      },
      timeZone: args.timezone,
      postDay: args.post_day,
      postTime: args.post_time,
    });
    // Saved either way; the admin is told what to fix.
    let missing: BoardPermission[] | null = null;
    try {
      const channel =
        interaction.guild?.channels.cache.get(chosen.id) ??
        (await interaction.guild?.channels.fetch(chosen.id));
      if (channel) missing = await missingBoardPermissions(channel);
    } catch (error) {
      logger.warn({ err: error, interactionId: interaction.id }, "could not check board channel permissions");
    }
    await interaction.editReply(renderClubSetup(setup, missing, translator(interaction.locale)));
  },
};

import {
  type Client,
  DiscordAPIError,
  type GuildBasedChannel,
  type PermissionsString,
  RESTJSONErrorCodes,
} from "discord.js";
import { BoardPostError, type BoardPoster } from "../app/weekly-posts.js";
import { NO_MENTIONS, renderWeeklyPost, weekRangeLabel } from "./render/leaderboard.js";

/** What the bot needs in a board channel, with the names Discord's settings show. */
const BOARD_PERMISSIONS: Readonly<Partial<Record<PermissionsString, string>>> = {
  ViewChannel: "View Channel",
  SendMessages: "Send Messages",
  EmbedLinks: "Embed Links",
  AttachFiles: "Attach Files",
};
const BOARD_PERMISSION_KEYS = Object.keys(BOARD_PERMISSIONS) as PermissionsString[];
const BOARD_PERMISSION_NAMES = Object.values(BOARD_PERMISSIONS);

/**
 * The board permissions the bot lacks in a channel, by their display names (empty: all there).
 * With only the Guilds intent, channels and roles are cached; the bot's own member may need a fetch.
 */
export async function missingBoardPermissions(channel: GuildBasedChannel): Promise<string[]> {
  const me = await channel.guild.members.fetchMe();
  const permissions = channel.permissionsFor(me);
  if (!permissions) return BOARD_PERMISSION_NAMES;
  return permissions.missing(BOARD_PERMISSION_KEYS).map((key) => BOARD_PERMISSIONS[key] ?? key);
}

/** Posts weekly boards with discord.js; a missing channel or permission becomes a BoardPostError. */
export function createBoardPoster(client: Client): BoardPoster {
  return {
    async postBoard(channelId, { board, nonce }) {
      const week = weekRangeLabel(board.week);
      const gone = () =>
        new BoardPostError(
          "missing-channel",
          `The board for ${week} wasn't posted: I can't find or open <#${channelId}> any more. Run /club to pick its channel again.`,
        );
      const refused = (missing: readonly string[]) =>
        new BoardPostError(
          "missing-permission",
          `The board for ${week} wasn't posted: I'm missing ${missing.length > 0 ? missing.join(", ") : "a permission"} in <#${channelId}>. Give me ${BOARD_PERMISSION_NAMES.join(", ")} there, or run /club with another channel.`,
        );

      let channel: Awaited<ReturnType<typeof client.channels.fetch>>;
      try {
        channel = await client.channels.fetch(channelId);
      } catch (error) {
        throw mapError(error, gone, refused);
      }
      if (!channel || channel.isDMBased() || !channel.isSendable()) throw gone();
      const missing = await missingBoardPermissions(channel);
      if (missing.length > 0) throw refused(missing);
      const rendered = await renderWeeklyPost(board);
      try {
        const message = await channel.send({
          ...rendered,
          nonce,
          enforceNonce: true,
          allowedMentions: NO_MENTIONS,
        });
        return { messageId: message.id };
      } catch (error) {
        throw mapError(error, gone, refused);
      }
    },
  };
}

function mapError(
  error: unknown,
  gone: () => BoardPostError,
  refused: (missing: readonly string[]) => BoardPostError,
): unknown {
  if (!(error instanceof DiscordAPIError)) return error;
  switch (error.code) {
    case RESTJSONErrorCodes.UnknownChannel:
      return gone();
    case RESTJSONErrorCodes.MissingAccess:
    case RESTJSONErrorCodes.MissingPermissions:
      return refused([]);
    default:
      return error;
  }
}

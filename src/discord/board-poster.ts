import { type Client, DiscordAPIError, type GuildBasedChannel, RESTJSONErrorCodes } from "discord.js";
import {
  BOARD_PERMISSIONS,
  type BoardPermission,
  BoardPostError,
  type BoardPoster,
} from "../app/weekly-posts.usecases.js";
import { translator } from "../i18n/i18n.js";
import { NO_MENTIONS, renderWeeklyPost } from "./render/leaderboard.render.js";

/**
 * The board permissions the bot lacks in a channel (empty: all there).
 * With only the Guilds intent, channels and roles are cached; the bot's own member may need a fetch.
 */
export async function missingBoardPermissions(channel: GuildBasedChannel): Promise<BoardPermission[]> {
  const me = await channel.guild.members.fetchMe();
  const permissions = channel.permissionsFor(me);
  if (!permissions) return [...BOARD_PERMISSIONS];
  return BOARD_PERMISSIONS.filter((permission) => !permissions.has(permission));
}

/**
 * Posts weekly boards with discord.js, in the server's stored locale or else the one Discord gives
 * for the server; a missing channel or permission becomes a BoardPostError with its data.
 */
export function createBoardPoster(client: Client): BoardPoster {
  return {
    async postBoard(channelId, { board, nonce, locale }) {
      const week = board.week.startLocalDate;
      const gone = () => new BoardPostError({ code: "missing-channel", week, channelId });
      const refused = (missing: readonly BoardPermission[]) =>
        new BoardPostError({ code: "missing-permission", week, channelId, missing });

      let channel: Awaited<ReturnType<typeof client.channels.fetch>>;
      try {
        channel = await client.channels.fetch(channelId);
      } catch (error) {
        throw mapError(error, gone, refused);
      }
      if (!channel || channel.isDMBased() || !channel.isSendable()) throw gone();
      const missing = await missingBoardPermissions(channel);
      if (missing.length > 0) throw refused(missing);
      const rendered = await renderWeeklyPost(board, translator(locale ?? channel.guild.preferredLocale));
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
  refused: (missing: readonly BoardPermission[]) => BoardPostError,
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

import { type Client, DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import {
  DeliveryRefusedError,
  type DirectMessenger,
  DmsClosedError,
} from "../app/reminder-delivery.usecases.js";
import type { ReminderContent } from "../domain/reminders.rules.js";
import { translator } from "../i18n/i18n.js";
import { drillPictureUploads } from "./render/drill-pictures.render.js";
import { renderReminder } from "./render/reminder.render.js";

/**
 * Sends reminder DMs with discord.js. 429s and 5xx are retried by discord.js itself; what is left
 * is mapped to the app's errors: 50007 means the member's DMs are closed to the bot, any other 4xx
 * is a refusal that retrying will not fix. Each DM speaks the member's stored locale; a drill's DM
 * carries the drill's picture, a warm-up's the pictures of both matrices.
 */
export function createDmMessenger(client: Client): DirectMessenger {
  return {
    async openDm(userId) {
      try {
        const channel = await client.users.createDM(userId, { cache: false });
        return channel.id;
      } catch (error) {
        throw mapError(error);
      }
    },
    async send(channelId, content) {
      const tr = translator(content.locale);
      const pictures = await drillPictureUploads(matricesShown(content), tr);
      try {
        const message = await client.rest.post(`/channels/${channelId}/messages`, {
          body: {
            ...renderReminder(content, tr, pictures.refs),
            nonce: content.nonce,
            enforce_nonce: true,
          },
          // Multipart: the JSON above as payload_json, the pictures as files[0], files[1].
          files: pictures.files.length > 0 ? pictures.files : undefined,
        });
        return { messageId: (message as { id: string }).id };
      } catch (error) {
        throw mapError(error);
      }
    },
  };
}

/** The matrices a DM asks for, whose pictures it carries: a drill reminder's one, a warm-up's two. */
function matricesShown(content: ReminderContent) {
  if (content.kind === "drill") return [content];
  if (content.kind === "warmup") return content.routine.matrices;
  return [];
}

function mapError(error: unknown): unknown {
  if (!(error instanceof DiscordAPIError)) return error;
  if (error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser)
    return new DmsClosedError(error.message);
  if (error.status >= 400 && error.status < 500 && error.status !== 429) {
    return new DeliveryRefusedError(`${error.status} ${error.code}: ${error.message}`);
  }
  return error;
}

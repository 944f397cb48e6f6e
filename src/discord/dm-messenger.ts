import { type Client, DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import { DeliveryRefusedError, type DirectMessenger, DmsClosedError } from "../app/reminders.usecases.js";
import type { ReminderContent } from "../domain/reminders.rules.js";
import { type Translator, translator } from "../i18n/i18n.js";
import { drillPicture, drillPictureAlt } from "./render/drill-pictures.render.js";
import { renderReminder } from "./render/reminder.render.js";

/**
 * Sends reminder DMs with discord.js. 429s and 5xx are retried by discord.js itself; what is left
 * is mapped to the app's errors: 50007 means the member's DMs are closed to the bot, any other 4xx
 * is a refusal that retrying will not fix. Each DM speaks the member's stored locale; a drill's DM
 * carries the drill's picture.
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
      const picture = await pictureOf(content, tr);
      try {
        const message = await client.rest.post(`/channels/${channelId}/messages`, {
          body: {
            ...renderReminder(content, tr, picture?.ref),
            nonce: content.nonce,
            enforce_nonce: true,
          },
          // Multipart: the JSON above as payload_json, the picture as files[0].
          files: picture && [picture.file],
        });
        return { messageId: (message as { id: string }).id };
      } catch (error) {
        throw mapError(error);
      }
    },
  };
}

/** A drill reminder's picture: the file to upload and how the message's JSON refers to it. */
async function pictureOf(content: ReminderContent, tr: Translator) {
  if (content.kind !== "drill") return undefined;
  const { name, data } = await drillPicture(content.drill, content.level);
  return {
    ref: { name, description: drillPictureAlt(content.drill, content.level, tr) },
    file: { name, data, contentType: "image/png" },
  };
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

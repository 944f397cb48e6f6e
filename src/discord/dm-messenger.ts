import { type Client, DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import { DeliveryRefusedError, type DirectMessenger, DmsClosedError } from "../app/reminders.usecases.js";
import { translator } from "../i18n/i18n.js";
import { renderReminder } from "./render/reminder.render.js";

/**
 * Sends reminder DMs with discord.js. 429s and 5xx are retried by discord.js itself; what is left
 * is mapped to the app's errors: 50007 means the member's DMs are closed to the bot, any other 4xx
 * is a refusal that retrying will not fix. Each DM speaks the member's stored locale.
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
      try {
        const message = await client.rest.post(`/channels/${channelId}/messages`, {
          body: {
            ...renderReminder(content, translator(content.locale)),
            nonce: content.nonce,
            enforce_nonce: true,
          },
        });
        return { messageId: (message as { id: string }).id };
      } catch (error) {
        throw mapError(error);
      }
    },
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

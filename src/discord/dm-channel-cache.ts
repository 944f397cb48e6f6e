import type { Client } from "discord.js";

/**
 * Drops the DM channels discord.js cached, and returns how many. Every click on a reminder's button
 * caches its DM channel (Partials.Channel) and discord.js has no sweeper for channels, so a
 * long-running bot would otherwise keep one per member for good. Nothing needs them afterwards:
 * reminders are posted to the stored channel id over REST, and each interaction brings its channel.
 */
export function forgetDmChannels(client: Client): number {
  return client.channels.cache.sweep((channel) => channel.isDMBased());
}

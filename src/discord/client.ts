import { Client, GatewayIntentBits, Options, Partials } from "discord.js";

/**
 * Guilds is the only intent: slash commands, buttons and DMs need no more, and nothing privileged.
 * Caches are bounded so memory stays flat in large servers; members and messages are read from
 * interactions, not from the cache.
 */
export function createDiscordClient(apiUrl: string | undefined): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    rest: apiUrl ? { api: apiUrl } : {},
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: 1_000,
      PresenceManager: 0,
      ReactionManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      VoiceStateManager: 0,
      ThreadManager: 0,
    }),
  });
}

import {
  Client,
  DefaultRestOptions,
  GatewayDispatchEvents,
  type GatewayDispatchPayload,
  GatewayIntentBits,
  Options,
  Partials,
  SimpleShardingStrategy,
  type WebSocketOptions,
} from "discord.js";
import { paceGlobalRequests } from "./global-pacer.js";

/**
 * Bot-authenticated requests allowed to start in any sliding window of GLOBAL_WINDOW_MS. Discord
 * allows 50 a second, but discord.js counts fixed windows, so a burst across a window's edge reaches
 * Discord within one second and draws 429s; a slightly smaller, longer window leaves room for jitter.
 */
const GLOBAL_REQUESTS_PER_WINDOW = 48;
export const GLOBAL_WINDOW_MS = 1_050;

/**
 * Guilds is the only intent: slash commands, buttons and DMs need no more, and nothing privileged.
 * Caches are bounded so memory stays flat in large servers; members and messages are read from
 * interactions, not from the cache.
 */
export function createDiscordClient(apiUrl: string | undefined): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    ws: { buildStrategy: keepOnlyOwnMember },
    rest: {
      ...(apiUrl ? { api: apiUrl } : {}),
      makeRequest: paceGlobalRequests(
        DefaultRestOptions.makeRequest,
        GLOBAL_REQUESTS_PER_WINDOW,
        GLOBAL_WINDOW_MS,
      ),
    },
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

type GatewayManager = Parameters<NonNullable<WebSocketOptions["buildStrategy"]>>[0];

/**
 * GUILD_CREATE may list many members (the test double sends them all). Dorsi reads members from
 * interactions, so every member but the bot's own is dropped before discord.js builds a GuildMember
 * and a User for each; listening first on the gateway manager is the one hook ahead of its handler.
 */
function keepOnlyOwnMember(manager: GatewayManager): SimpleShardingStrategy {
  let ownId: string | undefined;
  manager.prependListener("dispatch", ({ data }: { data: GatewayDispatchPayload }) => {
    if (data.t === GatewayDispatchEvents.Ready) ownId = data.d.user.id;
    else if (data.t === GatewayDispatchEvents.GuildCreate) {
      data.d.members = data.d.members.filter((member) => member.user.id === ownId);
    }
  });
  return new SimpleShardingStrategy(manager);
}

import {
  Client,
  DefaultRestOptions,
  GatewayDispatchEvents,
  type GatewayDispatchPayload,
  GatewayIntentBits,
  Options,
  Partials,
  type RESTOptions,
  SimpleShardingStrategy,
  type WebSocketOptions,
} from "discord.js";

/**
 * Bot-authenticated requests allowed to start in any sliding window of GLOBAL_WINDOW_MS. Discord
 * allows 50 a second; discord.js's own global limiter counts fixed windows, so 50 at the end of one
 * window and 50 at the start of the next reach Discord within the same second and draw 429s.
 * 48 per 1.05 s (~45.7/s) leaves two requests and 50 ms for jitter between leaving and arriving.
 */
export const GLOBAL_REQUESTS_PER_WINDOW = 48;
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
 * GUILD_CREATE may list many members (Discord sends few without the privileged GuildMembers intent;
 * the test double sends all). Dorsi reads members from interactions, so every member but the bot's
 * own is dropped before discord.js builds a GuildMember and a User for each: at 10,000 members that
 * garbage and the User cache cost ~10 MB at start. Listening first on the gateway manager is the
 * one hook discord.js offers ahead of its own handler.
 */
export function keepOnlyOwnMember(manager: GatewayManager): SimpleShardingStrategy {
  let ownId: string | undefined;
  manager.prependListener("dispatch", ({ data }: { data: GatewayDispatchPayload }) => {
    if (data.t === GatewayDispatchEvents.Ready) ownId = data.d.user.id;
    else if (data.t === GatewayDispatchEvents.GuildCreate) {
      data.d.members = data.d.members.filter((member) => member.user.id === ownId);
    }
  });
  return new SimpleShardingStrategy(manager);
}

type MakeRequest = RESTOptions["makeRequest"];

/**
 * Starts at most `limit` bot-authenticated requests in any sliding `windowMs`, in arrival order.
 * Interaction responses and webhooks carry no bot token, are exempt from Discord's global limit and
 * pass straight through, so a burst of reminders never delays an answer to a command.
 */
export function paceGlobalRequests(makeRequest: MakeRequest, limit: number, windowMs: number): MakeRequest {
  const acquire = slidingWindow(limit, windowMs);
  return async (url, init) => {
    const headers = init.headers as Record<string, string> | undefined;
    if (headers?.Authorization !== undefined) await acquire();
    return makeRequest(url, init);
  };
}

/** Resolves each caller's turn once fewer than `limit` turns started in the last `windowMs`. */
export function slidingWindow(
  limit: number,
  windowMs: number,
  now = () => performance.now(),
): () => Promise<void> {
  const starts: number[] = [];
  let queue: Promise<void> = Promise.resolve();
  const take = async (): Promise<void> => {
    for (;;) {
      const current = now();
      while (starts.length > 0 && (starts[0] ?? current) <= current - windowMs) starts.shift();
      if (starts.length < limit) {
        starts.push(current);
        return;
      }
      const wait = (starts[0] ?? current) + windowMs - current;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(wait))));
    }
  };
  return () => {
    const turn = queue.then(take);
    queue = turn;
    return turn;
  };
}

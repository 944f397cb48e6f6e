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
import type { Config } from "../config.js";
import { paceGlobalRequests } from "./global-pacer.js";

/**
 * Guilds is the only intent: slash commands, buttons and DMs need no more, and nothing privileged.
 * Caches are bounded so memory stays flat in large servers; members and messages are read from
 * interactions, not from the cache. The process runs the gateway shards the config names; Discord
 * sends each server's events and interactions to the shard that holds it.
 */
export function createDiscordClient(
  config: Pick<Config, "discordApiUrl" | "discordProxy" | "shards">,
): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    shards: [...config.shards.ids],
    shardCount: config.shards.count,
    ws: { buildStrategy: keepOnlyOwnMember },
    rest: {
      ...(config.discordApiUrl ? { api: config.discordApiUrl } : {}),
      // Behind a shared proxy the proxy paces every process together; pacing here as well would hold
      // each process to the whole limit on its own, and together they would still exceed it.
      makeRequest: config.discordProxy ? DefaultRestOptions.makeRequest : paceGlobalRequests(),
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

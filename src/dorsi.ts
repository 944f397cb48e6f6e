import { type Client, Events, Status } from "discord.js";
import { endHalvings, planNudges } from "./app/attention.usecases.js";
import { type Clock, systemClock } from "./app/clock.js";
import { createAppDeps } from "./app/deps.js";
import { planMeasureInvites } from "./app/measure.usecases.js";
import { type DeliveryStats, deliverDueReminders } from "./app/reminder-delivery.usecases.js";
import { planAllReminders } from "./app/reminders.usecases.js";
import { planRunReminders } from "./app/run-reminders.usecases.js";
import { planStreakWarnings } from "./app/streak-warning.usecases.js";
import { postDueWeeklyBoards, type WeeklyPostOutcome } from "./app/weekly-posts.usecases.js";
import { welcomeServer } from "./app/welcome.usecases.js";
import type { Config } from "./config.js";
import { type Database, openDatabase } from "./db/db-client.js";
import { createBoardPoster } from "./discord/board-poster.js";
import { rememberCommandIds } from "./discord/command-mentions.js";
import { syncCommands } from "./discord/command-sync.js";
import { commands, components } from "./discord/commands/index.js";
import { createDiscordClient } from "./discord/discord-client.js";
import { forgetDmChannels } from "./discord/dm-channel-cache.js";
import { createDmMessenger } from "./discord/dm-messenger.js";
import { createRouter } from "./discord/registry.js";
import { welcomePosterFor } from "./discord/welcome-poster.js";
import { type HealthCheck, startHealthServer } from "./http/health.js";
import { createMetrics } from "./http/metrics.js";
import type { Logger } from "./logger.js";
import { forgetDmChannelsJob } from "./scheduler/dm-channels.job.js";
import { planMeasureInvitesJob } from "./scheduler/measure-invites.job.js";
import { deliverRemindersJob, planRemindersJob } from "./scheduler/reminders.job.js";
import { startTicker, type Ticker } from "./scheduler/ticker.js";
import { weeklyPostsJob } from "./scheduler/weekly-posts.job.js";

export interface StartOptions {
  readonly logger: Logger;
  readonly clock?: Clock;
  /** An already open database (tests); otherwise one is opened from the config. */
  readonly database?: Database;
  /** False in tests, which run the jobs by hand on their own clock. */
  readonly runJobsOnTimer?: boolean;
  /** False when the caller owns the database (tests sharing one between two processes). */
  readonly closeDatabase?: boolean;
}

/** The periodic work, callable by the ticker or directly by a test. */
export interface Jobs {
  planReminders(): Promise<number>;
  /** Invitations to measure the ankles (knee-to-wall), due four weeks after the last measure. */
  planMeasureInvites(): Promise<number>;
  deliverReminders(): Promise<DeliveryStats>;
  postWeeklyBoards(): Promise<WeeklyPostOutcome[]>;
  /** Drops cached DM channels; returns how many. */
  forgetDmChannels(): number;
}

export interface RunningDorsi {
  readonly database: Database;
  readonly client: Client;
  readonly jobs: Jobs;
  /** The port /healthz and /metrics listen on; null without HEALTH_PORT. */
  readonly healthPort: number | null;
  /** Stops timers, waits for in-flight interactions, destroys the client, closes the database. */
  stop(): Promise<void>;
}

/** The composition root: database -> migrations -> Discord client -> router -> scheduled jobs. */
export async function startDorsi(config: Config, options: StartOptions): Promise<RunningDorsi> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const database = options.database ?? (await openDatabase(config));
  const closeDatabase = options.closeDatabase ?? true;
  await database.migrate();
  logger.info({ engine: database.engine }, "database ready");

  const deps = createAppDeps(database.db, clock);
  const client = createDiscordClient(config);
  const metrics = createMetrics(database);
  const router = createRouter(commands, components, { deps, logger }, metrics.recordInteraction);
  const inFlight = new Set<Promise<void>>();

  client.on(Events.InteractionCreate, (interaction) => {
    const handling = router.handle(interaction);
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  // A server just added Dorsi (GUILD_CREATE after READY): one welcome, ever, whoever sees it first.
  client.on(Events.GuildCreate, (guild) => {
    const welcoming = welcomeServer(deps, guild.id, welcomePosterFor(guild)).then(
      (outcome) => {
        if (outcome === "nowhere") logger.warn({ guildId: guild.id }, "no channel to post the welcome in");
      },
      (error: unknown) => logger.error({ err: error, guildId: guild.id }, "could not welcome a server"),
    );
    inFlight.add(welcoming);
    void welcoming.finally(() => inFlight.delete(welcoming));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.ShardDisconnect, (_event, shardId) => logger.warn({ shardId }, "gateway disconnected"));

  try {
    await login(client, config, logger);
  } catch (error) {
    await client.destroy();
    if (closeDatabase) await database.close();
    throw error;
  }

  const messenger = createDmMessenger(client);
  const poster = createBoardPoster(client);
  const jobs: Jobs = {
    planMeasureInvites: () => planMeasureInvites(deps),
    // Halvings that ended first, so the drill reminders they left out come back now; drill reminders
    // before the warm-ups and nudges that replace some of them.
    planReminders: async () => {
      await endHalvings(deps);
      const planned = (await planAllReminders(deps)) + (await planRunReminders(deps, null));
      return planned + (await planNudges(deps)) + (await planStreakWarnings(deps));
    },
    deliverReminders: async () => {
      const stats = await deliverDueReminders(deps, messenger);
      metrics.recordDelivery(stats);
      return stats;
    },
    postWeeklyBoards: async () => {
      const outcomes = await postDueWeeklyBoards(deps, poster);
      metrics.recordWeeklyPosts(outcomes);
      return outcomes;
    },
    forgetDmChannels: () => forgetDmChannels(client),
  };
  const runJobs = options.runJobsOnTimer ?? true;
  const ticker: Ticker | null = runJobs
    ? startTicker(
        [
          planRemindersJob(jobs.planReminders, logger),
          planMeasureInvitesJob(jobs.planMeasureInvites, logger),
          deliverRemindersJob(jobs.deliverReminders, logger),
          weeklyPostsJob(jobs.postWeeklyBoards, logger),
          forgetDmChannelsJob(jobs.forgetDmChannels, logger),
        ],
        logger,
      )
    : null;
  const health =
    config.healthPort === undefined
      ? null
      : await startHealthServer(
          config.healthPort,
          healthChecks(database, client),
          () => ({ shards: shardStates(client) }),
          metrics,
          logger,
        );

  return {
    database,
    client,
    jobs,
    healthPort: health?.port ?? null,
    async stop() {
      await health?.close();
      await ticker?.stop();
      client.removeAllListeners(Events.InteractionCreate);
      client.removeAllListeners(Events.GuildCreate);
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      if (closeDatabase) await database.close();
      logger.info("stopped");
    },
  };
}

/** Healthy: the database answers and the gateway is connected. */
function healthChecks(database: Database, client: Client): HealthCheck[] {
  return [
    () =>
      database.ping().then(
        () => null,
        (error: unknown) => `database: ${String(error)}`,
      ),
    async () => {
      // The manager's own status only moves on the way up; each shard's follows its socket.
      const shards = [...client.ws.shards.values()];
      if (shards.length === 0) return "gateway: not connected";
      const down = shards.filter((shard) => shard.status !== Status.Ready).map((shard) => shard.id);
      return down.length === 0 ? null : `gateway: shard ${down.join(", ")} not ready`;
    },
  ];
}

/** Each gateway shard this process runs: its id, status (Ready, Reconnecting, ...) and heartbeat ping in ms. */
function shardStates(client: Client): { id: number; status: string; ping: number }[] {
  return [...client.ws.shards.values()].map((shard) => ({
    id: shard.id,
    status: Status[shard.status] ?? String(shard.status),
    ping: shard.ping,
  }));
}

/** Logs in, waits for READY, then registers the commands if they changed. */
async function login(client: Client, config: Config, logger: Logger): Promise<void> {
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, (readyClient) => {
      syncCommands(
        readyClient.rest,
        readyClient.application.id,
        config.discordGuildId,
        commands.map((command) => command.data),
      ).then(({ outcome, ids }) => {
        rememberCommandIds(client, ids);
        logger.info(
          {
            user: readyClient.user.tag,
            commands: outcome,
            guilds: readyClient.guilds.cache.size,
            shards: `${config.shards.ids.join(",")} of ${config.shards.count}`,
          },
          "online",
        );
        resolve();
      }, reject);
    });
  });
  await client.login(config.discordToken);
  await ready;
}

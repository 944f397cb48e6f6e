import { Events } from "discord.js";
import { type Clock, systemClock } from "./app/clock.js";
import type { Config } from "./config.js";
import { type Database, openDatabase } from "./db/client.js";
import { createDiscordClient } from "./discord/client.js";
import { syncCommands } from "./discord/command-sync.js";
import { commands, components } from "./discord/commands/index.js";
import { createRouter } from "./discord/registry.js";
import type { Logger } from "./logger.js";

export interface StartOptions {
  readonly logger: Logger;
  readonly clock?: Clock;
  /** An already open database (tests); otherwise one is opened from the config. */
  readonly database?: Database;
}

export interface RunningDorsi {
  readonly database: Database;
  readonly client: ReturnType<typeof createDiscordClient>;
  /** Stops timers, waits for in-flight interactions, destroys the client, closes the database. */
  stop(): Promise<void>;
}

/** The composition root: database -> migrations -> Discord client -> router (-> scheduler). */
export async function startDorsi(config: Config, options: StartOptions): Promise<RunningDorsi> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const database = options.database ?? (await openDatabase(config));
  await database.migrate();
  logger.info({ engine: database.engine }, "database ready");

  const client = createDiscordClient(config.discordApiUrl);
  const router = createRouter(commands, components, { deps: { db: database.db, clock }, logger });
  const inFlight = new Set<Promise<void>>();

  client.on(Events.InteractionCreate, (interaction) => {
    const handling = router.handle(interaction);
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.ShardDisconnect, (_event, shardId) => logger.warn({ shardId }, "gateway disconnected"));

  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, (readyClient) => {
      syncCommands(
        readyClient.rest,
        readyClient.application.id,
        config.discordGuildId,
        commands.map((command) => command.data),
      ).then((result) => {
        logger.info(
          { user: readyClient.user.tag, commands: result, guilds: readyClient.guilds.cache.size },
          "online",
        );
        resolve();
      }, reject);
    });
  });
  try {
    await client.login(config.discordToken);
    await ready;
  } catch (error) {
    await client.destroy();
    if (!options.database) await database.close();
    throw error;
  }

  return {
    database,
    client,
    async stop() {
      client.removeAllListeners(Events.InteractionCreate);
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      await database.close();
      logger.info("stopped");
    },
  };
}

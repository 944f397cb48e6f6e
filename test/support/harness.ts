import { type Config, parseConfig } from "../../src/config.js";
import { type RunningDorsi, startDorsi } from "../../src/dorsi.js";
import { createLogger } from "../../src/logger.js";
import { ManualClock } from "./clock.js";
import { createTestDatabase, type TestDatabase } from "./database.js";
import {
  type DiscordDouble,
  type DoubleUser,
  type InteractionReply,
  type OptionValue,
  type RecordedMessage,
  startDiscordDouble,
} from "./discord-double/index.js";

/**
 * The real bot (startDorsi, as `npm start` runs it) against the Discord test double, on a fresh
 * test database, with a clock the test moves. Scheduled jobs do not run by themselves: the test
 * calls dorsi.jobs.* so that time is entirely in its hands.
 */
export interface Harness {
  readonly double: DiscordDouble;
  readonly dorsi: RunningDorsi;
  readonly database: TestDatabase;
  readonly clock: ManualClock;
  readonly guildId: string;
  readonly channelId: string;
  readonly admin: DoubleUser;
  readonly runner: DoubleUser;
  /** Runs a slash command in the club's channel (as the runner unless told) and waits for the reply. */
  run(name: string, options?: Record<string, OptionValue>, user?: DoubleUser): Promise<InteractionReply>;
  /** The same for a subcommand, such as `/privacy export`. */
  runSubcommand(
    name: string,
    subcommand: string,
    options?: Record<string, OptionValue>,
    user?: DoubleUser,
  ): Promise<InteractionReply>;
  /** Clicks a button on a message the bot sent (as the runner unless told) and waits for the reply. */
  click(message: RecordedMessage, customId: string, user?: DoubleUser): Promise<InteractionReply>;
  /** Starts another bot process on the same database and Discord (for concurrency tests), set up as the first but for `config`. */
  startAnother(config?: Partial<Config>): Promise<RunningDorsi>;
  stop(): Promise<void>;
}

export async function startHarness(
  options: {
    start?: string;
    database?: TestDatabase;
    /** A double the test started (with options of its own) and stops itself. */
    double?: DiscordDouble;
    /** Settings of the first process over the harness's own (a proxy, shards). */
    config?: Partial<Config>;
    healthPort?: number;
    /** The Discord language of the runner and the admin, and the server's preferred one. */
    locale?: string;
    guildLocale?: string;
  } = {},
): Promise<Harness> {
  const double = options.double ?? (await startDiscordDouble());
  const locale = options.locale ? { locale: options.locale } : {};
  const admin = double.addUser({ username: "coach", globalName: "Coach Kim", ...locale });
  const runner = double.addUser({ username: "runner", globalName: "Rita Runner", ...locale });
  const guild = double.addGuild({
    name: "Trail Club",
    ...(options.guildLocale ? { preferredLocale: options.guildLocale } : {}),
    ownerId: admin.id,
    channels: [{ name: "general" }, { name: "leaderboard" }],
    members: [admin.id, runner.id],
  });
  const channelId = guild.channels[0]?.id;
  if (!channelId) throw new Error("the test guild has no channel");
  const database = options.database ?? (await createTestDatabase());
  const clock = new ManualClock(options.start ?? "2026-11-24T12:00:00Z");
  const config = {
    ...parseConfig({
      DISCORD_TOKEN: double.token,
      DISCORD_API_URL: double.apiUrl,
      LOG_LEVEL: "silent",
    }),
    // 0 lets the system pick a free port for /healthz.
    healthPort: options.healthPort,
  };
  const start = (overrides: Partial<Config> = {}) =>
    startDorsi(
      { ...config, ...overrides },
      {
        logger: createLogger("silent"),
        clock,
        database,
        runJobsOnTimer: false,
        closeDatabase: false,
      },
    );
  const dorsi = await start(options.config);
  const others: RunningDorsi[] = [];
  return {
    double,
    dorsi,
    database,
    clock,
    guildId: guild.id,
    channelId,
    admin,
    runner,
    run: (name, options = {}, user = runner) =>
      double.runCommand({ guildId: guild.id, channelId, user, name, options }).reply(),
    runSubcommand: (name, subcommand, options = {}, user = runner) =>
      double.runCommand({ guildId: guild.id, channelId, user, name, subcommand, options }).reply(),
    click: (message, customId, user = runner) =>
      double.clickButton({ user, channelId: message.channelId, messageId: message.id, customId }).reply(),
    async startAnother(overrides) {
      const another = await start({ ...options.config, ...overrides });
      others.push(another);
      return another;
    },
    async stop() {
      for (const process of [dorsi, ...others]) await process.stop();
      if (!options.double) await double.stop();
      if (!options.database) await database.destroy();
    },
  };
}

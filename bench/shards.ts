import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { ne } from "drizzle-orm";
import { parseConfig } from "../src/config.js";
import { type Database, openPostgres } from "../src/db/db-client.js";
import { members, reminders } from "../src/db/schema.js";
import { GLOBAL_WINDOW_MS } from "../src/discord/global-pacer.js";
import { type RunningDorsi, startDorsi } from "../src/dorsi.js";
import { createLogger } from "../src/logger.js";
import { type DiscordDouble, startDiscordDouble } from "../test/support/discord-double/index.js";
import { root, sleep, spawnBot } from "./discord-support.js";
import { createScratchDatabase } from "./support.js";
import type { BenchRow } from "./table.js";

const PROCESSES = 4;
const GLOBAL_LIMIT = 50;
const RATE_GOAL = 45;

/**
 * DM delivery by several bot processes at once: four processes (SHARD_COUNT=4, one shard each) on
 * one PostgreSQL database, a burst of reminders all due at the same instant, against a double that
 * answers 429 beyond 50 bot requests a second across all of them. Once through one shared proxy
 * (`npm run proxy`, the processes with DISCORD_PROXY=true), once each process straight to Discord
 * pacing itself, to show why the proxy is needed.
 */
export async function splitProcessDelivery(databaseUrl: string, quick: boolean): Promise<BenchRow[]> {
  const count = quick ? 600 : 2_000;
  const rows: BenchRow[] = [];
  for (const throughProxy of [true, false]) {
    const burst = await deliverFromProcesses(databaseUrl, count, throughProxy);
    const name = `DM delivery, ${PROCESSES} processes (SHARD_COUNT=${PROCESSES}, one shard each) on one PostgreSQL, ${count} reminders due together, global limit ${GLOBAL_LIMIT}/s, ${throughProxy ? "through one shared @discordjs/proxy (npm run proxy, its own process)" : "no proxy: each process paces itself"} (host load avg ${(loadavg()[0] ?? 0).toFixed(1)})`;
    rows.push({
      name,
      value: `${burst.rate.toFixed(1)}/s, ${burst.limited} x 429, ${burst.duplicates} duplicates (${burst.delivered} delivered in ${burst.seconds.toFixed(1)} s; by process ${burst.byProcess.join(" / ")})`,
      goal: throughProxy ? `>= ${RATE_GOAL}/s, no 429, no duplicate` : "informational: no duplicate only",
      ratio: `${(burst.rate / GLOBAL_LIMIT).toFixed(2)}x limit`,
      ok:
        burst.delivered === count &&
        burst.duplicates === 0 &&
        (!throughProxy || (burst.rate >= RATE_GOAL && burst.limited === 0)),
    });
  }
  return rows;
}

interface Burst {
  rate: number;
  seconds: number;
  delivered: number;
  limited: number;
  duplicates: number;
  byProcess: number[];
}

async function deliverFromProcesses(
  databaseUrl: string,
  count: number,
  throughProxy: boolean,
): Promise<Burst> {
  const scratch = await createScratchDatabase(databaseUrl);
  const double = await startDiscordDouble({ globalRateLimitPerSecond: GLOBAL_LIMIT });
  const proxy = throughProxy ? await spawnProxy(double) : null;
  const databases: Database[] = [];
  const bots: RunningDorsi[] = [];
  try {
    const userIds = Array.from({ length: count }, (_, index) => double.addUser({ username: `r${index}` }).id);
    for (let shard = 0; shard < PROCESSES; shard++) {
      const database = openPostgres(scratch.url);
      databases.push(database);
      const config = parseConfig({
        DISCORD_TOKEN: double.token,
        DISCORD_API_URL: proxy?.url ?? double.apiUrl,
        DISCORD_PROXY: String(proxy !== null),
        SHARD_COUNT: String(PROCESSES),
        SHARD_IDS: String(shard),
        LOG_LEVEL: "silent",
      });
      bots.push(
        await startDorsi(config, {
          logger: createLogger("silent"),
          database,
          runJobsOnTimer: false,
          closeDatabase: false,
        }),
      );
    }
    await seedDueReminders(databases[0] as Database, double, userIds);
    // No earlier request (logins, command sync) is still in the global limit's window.
    await sleep(GLOBAL_WINDOW_MS);
    const limitedBefore = double.rateLimitedCount;
    const started = performance.now();
    const byProcess = await Promise.all(
      bots.map((bot) => deliverUntilAllSent(bot, databases[0] as Database)),
    );
    const seconds = (performance.now() - started) / 1000;
    const dms = double.allMessages().filter((message) => message.guildId === null && !message.ephemeral);
    const delivered = new Set(dms.map((message) => message.channelId)).size;
    return {
      rate: delivered / seconds,
      seconds,
      delivered,
      limited: double.rateLimitedCount - limitedBefore,
      duplicates: dms.length - delivered,
      byProcess,
    };
  } finally {
    for (const bot of bots) await bot.stop();
    await proxy?.stop();
    await double.stop();
    for (const database of databases) await database.close();
    await scratch.drop();
  }
}

/** Enrolled members whose DM channel is stored (opened at /schedule), one drill reminder each, due now. */
async function seedDueReminders(database: Database, double: DiscordDouble, userIds: readonly string[]) {
  const dueAt = new Date(Date.now() - 1_000);
  await database.db.insert(members).values(
    userIds.map((userId) => ({
      userId,
      displayName: userId,
      timeZone: "UTC",
      enrolledAt: dueAt,
      jitterSeed: userId,
      dmChannelId: double.dmChannelId(userId),
    })),
  );
  await database.db.insert(reminders).values(
    userIds.map((userId) => ({
      userId,
      kind: "drill",
      localDate: dueAt.toISOString().slice(0, 10),
      slot: 0,
      dueAt,
      drill: "flexed-knee" as const,
    })),
  );
}

/** One process's delivery job, run back to back (as its 15-second tick would find work) until every row is sent. */
async function deliverUntilAllSent(bot: RunningDorsi, database: Database): Promise<number> {
  const deadline = performance.now() + 10 * 60_000;
  let sent = 0;
  for (;;) {
    const stats = await bot.jobs.deliverReminders();
    sent += stats.sent;
    if (stats.sent + stats.retry > 0) continue;
    const left = await database.db.$count(reminders, ne(reminders.state, "sent"));
    if (left === 0) return sent;
    if (performance.now() > deadline) throw new Error(`delivery stalled with ${left} reminders unsent`);
    await sleep(50);
  }
}

/**
 * `npm run proxy` in its own process, as production runs it: its pacing keeps its own event loop,
 * not the one shared here by four bots and the double.
 */
async function spawnProxy(double: DiscordDouble): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const proxy = spawnBot(
    root,
    { DISCORD_TOKEN: double.token, DISCORD_API_URL: double.apiUrl, PROXY_PORT: String(port) },
    false,
    "proxy",
  );
  try {
    await proxy.waitForLine(/"msg":"proxy ready"/, 30_000);
  } catch (error) {
    await proxy.stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/api`, stop: () => proxy.stop() };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

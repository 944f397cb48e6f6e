import { getPriority, loadavg, setPriority } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { type Db, openPostgres } from "../src/db/db-client.js";
import {
  type BotProcess,
  type Command,
  freePort,
  npmStartCommand,
  root,
  spawnBot,
  tsxCommand,
} from "../test/support/bot-process.js";
import {
  type DiscordDouble,
  GLOBAL_WINDOW_MS,
  startDiscordDouble,
} from "../test/support/discord-double/index.js";
import { enrolWithDueReminders } from "../test/support/due-reminders.js";
import { sleep } from "./discord-support.js";
import { createScratchDatabase } from "./support.js";
import type { BenchRow } from "./table.js";

const PROCESSES = 4;
/**
 * The bot processes run at a lower CPU priority than the double and the proxy: four bots, PostgreSQL
 * and the double share two cores here, and a double kept waiting for the CPU stamps a clump of
 * requests at once, which Discord's own servers, not shared with the bots, would not.
 */
const [tsx, shardProcess] = tsxCommand("bench/shard-process.ts");
const BOT_COMMAND: Command = ["nice", ["-n", "10", tsx, ...shardProcess]];
const GLOBAL_LIMIT = 50;
const RATE_GOAL = 45;

/**
 * DM delivery by several bot processes at once: four processes (SHARD_COUNT=4, one shard each, each
 * its own node process) on one PostgreSQL database, a burst of reminders all due at the same instant,
 * against a double that answers 429 beyond 50 bot requests in any second across all of them. Once
 * through one shared proxy (`npm run proxy`, the processes with DISCORD_PROXY=true), once each process
 * straight to Discord pacing itself, to show why the proxy is needed. The double has this process to
 * itself, as Discord's servers are not shared with the bots: it stamps each request as it arrives.
 */
export async function splitProcessDelivery(databaseUrl: string): Promise<BenchRow[]> {
  // The burst the goal is set for, in a quick run too: with fewer, each process's first batch (its
  // reads before the first DM) would weigh in the rate more than the pacing being measured.
  const count = 2_000;
  const rows: BenchRow[] = [];
  const priority = getPriority();
  raisePriority();
  try {
    for (const throughProxy of [true, false]) {
      const burst = await deliverFromProcesses(databaseUrl, count, throughProxy);
      const name = `DM delivery, ${PROCESSES} bot processes (SHARD_COUNT=${PROCESSES}, one shard each) on one PostgreSQL, ${count} reminders due together, global limit ${GLOBAL_LIMIT}/s, ${throughProxy ? "through one shared @discordjs/proxy (npm run proxy)" : "no proxy: each process paces itself"} (host load avg ${(loadavg()[0] ?? 0).toFixed(1)})`;
      rows.push({
        name,
        value: `${burst.rate.toFixed(1)}/s, ${burst.limited} x 429, ${burst.duplicates} duplicates (${burst.delivered} delivered in ${burst.seconds.toFixed(1)} s, the first after ${burst.firstDmSeconds.toFixed(2)} s; by process ${burst.byProcess.join(" / ")}; the double's event loop delayed at most ${burst.doubleLagMs.toFixed(0)} ms)`,
        goal: throughProxy ? `>= ${RATE_GOAL}/s, no 429, no duplicate` : "informational: no duplicate only",
        ratio: `${(burst.rate / GLOBAL_LIMIT).toFixed(2)}x limit`,
        ok:
          burst.delivered === count &&
          burst.duplicates === 0 &&
          (!throughProxy || (burst.rate >= RATE_GOAL && burst.limited === 0)),
      });
    }
  } finally {
    setPriority(priority);
  }
  return rows;
}

/**
 * The double, in this process, stands in for Discord's servers, which the bots never share a CPU
 * with: where permitted (root), this process and the proxy started from it go ahead of PostgreSQL
 * and of the bots for the CPU. Elsewhere the bots' lower priority has to do.
 */
function raisePriority(): void {
  try {
    setPriority(-10);
  } catch {
    // Not permitted: measured at the normal priority.
  }
}

interface Burst {
  rate: number;
  seconds: number;
  delivered: number;
  limited: number;
  duplicates: number;
  byProcess: number[];
  /** From the burst falling due to Discord accepting its first DM: each process's first batch, its reads. */
  firstDmSeconds: number;
  doubleLagMs: number;
}

async function deliverFromProcesses(
  databaseUrl: string,
  count: number,
  throughProxy: boolean,
): Promise<Burst> {
  const scratch = await createScratchDatabase(databaseUrl);
  const database = openPostgres(scratch.url);
  const double = await startDiscordDouble({ globalRateLimitPerSecond: GLOBAL_LIMIT });
  const processes: BotProcess[] = [];
  try {
    await database.migrate();
    const proxy = throughProxy ? await spawnProxy(double) : null;
    if (proxy) processes.push(proxy.process);
    const shards = Array.from({ length: PROCESSES }, (_, shard) =>
      spawnBot(
        root,
        {
          DISCORD_TOKEN: double.token,
          DISCORD_API_URL: proxy?.url ?? double.apiUrl,
          DISCORD_PROXY: String(proxy !== null),
          DATABASE_URL: scratch.url,
          SHARD_COUNT: String(PROCESSES),
          SHARD_IDS: String(shard),
        },
        BOT_COMMAND,
      ),
    );
    processes.push(...shards);
    await Promise.all(shards.map((shard) => shard.waitForLine(/^shard ready$/m, 120_000)));
    await warmUp(shards, database.db, double);
    const userIds = Array.from({ length: count }, (_, index) => double.addUser({ username: `r${index}` }).id);
    await enrolWithDueReminders(database.db, double, userIds);
    // No earlier request (logins, command sync, warm-ups) is still in the global limit's window.
    await sleep(GLOBAL_WINDOW_MS);
    const limitedBefore = double.rateLimitedCount;
    const requestsBefore = double.requests.length;
    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    const started = performance.now();
    const startedAt = Date.now();
    for (const shard of shards) shard.child.stdin?.write("go\n");
    const byProcess = await Promise.all(
      shards.map(async (shard) => {
        const { line } = await shard.waitForLine(/^\{"sent":\d+\}$/m, 10 * 60_000);
        return (JSON.parse(line) as { sent: number }).sent;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    lag.disable();
    const firstAnswer = double.requests.slice(requestsBefore).find((request) => request.status === 200);
    const burstChannels = new Set(userIds.map((userId) => double.dmChannelId(userId)));
    const dms = double.allMessages().filter((message) => burstChannels.has(message.channelId));
    const delivered = new Set(dms.map((message) => message.channelId)).size;
    return {
      rate: delivered / seconds,
      seconds,
      delivered,
      limited: double.rateLimitedCount - limitedBefore,
      duplicates: dms.length - delivered,
      byProcess,
      firstDmSeconds: ((firstAnswer?.at.getTime() ?? Number.NaN) - startedAt) / 1000,
      doubleLagMs: lag.max / 1e6,
    };
  } finally {
    await Promise.all(processes.map((process) => process.stop()));
    await double.stop();
    await database.close();
    await scratch.drop();
  }
}

/**
 * A process that has been up a while has delivered reminders before, its code compiled hot and its
 * drill picture drawn: each process first delivers one reminder of its own, one process at a time
 * (so that it is that process's), so the burst measures delivery rather than each one's first run.
 */
async function warmUp(shards: readonly BotProcess[], db: Db, double: DiscordDouble): Promise<void> {
  for (const [index, shard] of shards.entries()) {
    await enrolWithDueReminders(db, double, [double.addUser({ username: `warm${index}` }).id]);
    shard.child.stdin?.write("warm\n");
    await shard.waitForLine(/^\{"warmed":1\}$/m, 60_000);
  }
}

/**
 * `npm run proxy` in its own process, as production runs it: its pacing keeps its own event loop,
 * not one shared with the bots or the double.
 */
async function spawnProxy(double: DiscordDouble): Promise<{ url: string; process: BotProcess }> {
  const port = await freePort();
  const proxy = spawnBot(
    root,
    { DISCORD_TOKEN: double.token, DISCORD_API_URL: double.apiUrl, PROXY_PORT: String(port) },
    npmStartCommand("proxy"),
  );
  await proxy.waitForLine(/"msg":"proxy ready"/, 30_000);
  return { url: `http://127.0.0.1:${port}/api`, process: proxy };
}

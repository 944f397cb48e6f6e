import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { isNull } from "drizzle-orm";
import { parseConfig } from "../src/config.js";
import { type Database, openPostgres } from "../src/db/db-client.js";
import { hasCluster, pgliteTemplateDir } from "../src/db/pglite-template.js";
import { members, reminders } from "../src/db/schema.js";
import { type RunningDorsi, startDorsi } from "../src/dorsi.js";
import { createLogger } from "../src/logger.js";
import { type BotProcess, dockerCommand, nodeFlags, root, spawnBot } from "../test/support/bot-process.js";
import {
  type CallbackRecord,
  type DiscordDouble,
  type DiscordDoubleOptions,
  type DoubleUser,
  GLOBAL_WINDOW_MS,
  startDiscordDouble,
} from "../test/support/discord-double/index.js";
import { insertDueDrillReminders } from "../test/support/due-reminders.js";
import { botPid, percentile, residentMb, sleep } from "./discord-support.js";
import { splitProcessDelivery } from "./shards.js";
import { createScratchDatabase, rawInsertRoundTripMs } from "./support.js";
import type { BenchRow } from "./table.js";

/**
 * Discord-facing benchmarks, all against the local Discord test double (test/support/discord-double)
 * and the real composition root or the real `npm start` process.
 */
export async function discordBenchmarks(options: {
  quick: boolean;
  databaseUrl: string;
  only?: string | undefined;
}): Promise<BenchRow[]> {
  const { quick, databaseUrl } = options;
  const suites = [
    interactionLatency,
    dmDeliveryRate,
    splitProcessDelivery,
    residentMemory,
    startToReady,
  ].filter((suite) => suite.name.toLowerCase().includes(options.only?.toLowerCase() ?? ""));
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    const started = Date.now();
    rows.push(...(await suite(databaseUrl, quick)));
    console.error(`bench: ${suite.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return rows;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

// --- shared setup -------------------------------------------------------------

interface World {
  double: DiscordDouble;
  users: DoubleUser[];
  guilds: { id: string; channelId: string; memberIds: string[] }[];
}

/** Users spread over guilds, each guild with a few channels; added before any client connects. */
async function buildWorld(
  guildCount: number,
  membersPerGuild: number,
  options: DiscordDoubleOptions = {},
): Promise<World> {
  const double = await startDiscordDouble(options);
  const users: DoubleUser[] = [];
  const guilds: World["guilds"] = [];
  for (let g = 0; g < guildCount; g++) {
    const guildUsers = Array.from({ length: membersPerGuild }, (_, m) =>
      double.addUser({ username: `runner${g}_${m}`, globalName: `Runner ${g}.${m}` }),
    );
    users.push(...guildUsers);
    const guild = double.addGuild({
      name: `Club ${g}`,
      ...(guildUsers[0] ? { ownerId: guildUsers[0].id } : {}),
      channels: [{ name: "general" }, { name: "leaderboard" }, { name: "trail-talk" }],
      members: guildUsers.map((user) => user.id),
    });
    const channelId = guild.channels[0]?.id;
    if (!channelId) throw new Error("a bench guild has no channel");
    guilds.push({ id: guild.id, channelId, memberIds: guildUsers.map((user) => user.id) });
  }
  return { double, users, guilds };
}

/** The real composition root (router, commands), jobs run by hand, on the scratch database. */
async function startBot(double: DiscordDouble, database: Database): Promise<RunningDorsi> {
  const config = parseConfig({
    DISCORD_TOKEN: double.token,
    DISCORD_API_URL: double.apiUrl,
    LOG_LEVEL: "silent",
  });
  const dorsi = await startDorsi(config, {
    logger: createLogger("silent"),
    database,
    runJobsOnTimer: false,
    closeDatabase: false,
  });
  await double.waitForReady();
  return dorsi;
}

async function withScratch<T>(
  databaseUrl: string,
  work: (scratch: { url: string }) => Promise<T>,
): Promise<T> {
  const scratch = await createScratchDatabase(databaseUrl);
  try {
    return await work(scratch);
  } finally {
    await scratch.drop();
  }
}

// --- 1. interaction latency ---------------------------------------------------

const INTERACTION_RATE = 200;
const LATENCY_GOAL_MS = 25;

/**
 * /log from varied members at a steady 200/s (open loop: the schedule does not wait for answers),
 * timed from the INTERACTION_CREATE dispatch to the interaction callback reaching the double. The
 * bot is its own process, as production runs it (compiled, the Docker image's command line); the
 * double and this timer stay in the bench process, so their work does not stall the bot's event loop.
 */
async function interactionLatency(databaseUrl: string, quick: boolean): Promise<BenchRow[]> {
  return withScratch(databaseUrl, async (scratch) => {
    const world = await buildWorld(5, 100);
    const bot = await startCompiledBot(world, scratch.url, "latency");
    try {
      const roundTripMs = await rawInsertRoundTripMs(scratch.url);
      // Warm-up: JIT, pool connections, first-time member rows; not measured.
      await fireAtRate(world, INTERACTION_RATE, quick ? 200 : 400);
      const latencies = await fireAtRate(world, INTERACTION_RATE, (quick ? 2 : 10) * INTERACTION_RATE);
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);
      const name = `interaction dispatch -> callback, /log at ${INTERACTION_RATE}/s, PostgreSQL, compiled bot process, ${latencies.length} interactions (host load avg ${fixed(loadavg()[0] ?? 0)})`;
      return [
        {
          name: `${name}, p50`,
          value: `${fixed(p50)} ms`,
          goal: "",
          ratio: `${fixed(p50 / roundTripMs)}x raw INSERT (${fixed(roundTripMs, 2)} ms)`,
          ok: true,
        },
        {
          name: `${name}, p99`,
          value: `${fixed(p99)} ms`,
          goal: `<= ${LATENCY_GOAL_MS} ms`,
          ratio: `${fixed(p99 / roundTripMs)}x raw INSERT (${fixed(roundTripMs, 2)} ms)`,
          ok: p99 <= LATENCY_GOAL_MS,
        },
      ];
    } finally {
      await bot.stop();
    }
  });
}

/**
 * Builds the project and starts `node dist/main.js` as the Docker image's CMD does (flags included)
 * on PostgreSQL against the world's double; resolves once it logged "ready". stop() also stops the
 * double and removes the work directory.
 */
async function startCompiledBot(
  world: World,
  databaseUrl: string,
  label: string,
): Promise<BotProcess & { readyLine: string }> {
  execFileSync(process.execPath, [
    path.join(root, "node_modules", "typescript", "bin", "tsc"),
    "-p",
    path.join(root, "tsconfig.build.json"),
  ]);
  const workDir = await mkdtemp(path.join(tmpdir(), `dorsi-bench-${label}-`));
  const bot = spawnBot(
    workDir,
    {
      DISCORD_TOKEN: world.double.token,
      DISCORD_API_URL: world.double.apiUrl,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "info",
    },
    dockerCommand(),
  );
  const stop = async () => {
    await bot.stop();
    await world.double.stop();
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const ready = await bot.waitForLine(/"msg":"ready"/, 60_000);
    return { ...bot, stop, readyLine: ready.line };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Fires `count` /log interactions at `perSecond` and resolves with each one's latency in ms. */
async function fireAtRate(world: World, perSecond: number, count: number): Promise<number[]> {
  const { double } = world;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let allAnswered: () => void = () => {};
  const answered = new Promise<void>((resolve) => {
    allAnswered = resolve;
  });
  const onCallback = (callback: { interactionId: string }) => {
    const at = performance.now();
    const started = sentAt.get(callback.interactionId);
    if (started === undefined) return;
    sentAt.delete(callback.interactionId);
    latencies.push(at - started);
    if (latencies.length === count) allAnswered();
  };
  double.events.on("callback", onCallback);
  const drills = ["flexed-knee", "straight-leg", "both"] as const;
  const start = performance.now();
  let fired = 0;
  try {
    await new Promise<void>((resolve) => {
      const tick = () => {
        const due = Math.min(count, Math.floor(((performance.now() - start) * perSecond) / 1000) + 1);
        while (fired < due) {
          const guild = world.guilds[fired % world.guilds.length];
          const userId = guild?.memberIds[Math.floor(fired / world.guilds.length) % guild.memberIds.length];
          if (!guild || !userId) throw new Error("no member to act");
          const t0 = performance.now();
          const handle = double.runCommand({
            guildId: guild.id,
            channelId: guild.channelId,
            user: userId,
            name: "log",
            options: { drill: drills[fired % drills.length] ?? "both" },
          });
          sentAt.set(handle.id, t0);
          fired++;
        }
        if (fired >= count) resolve();
        else setTimeout(tick, 1);
      };
      tick();
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new Error(`only ${latencies.length} of ${count} interactions were answered within 30 s`)),
        30_000,
      );
    });
    try {
      await Promise.race([answered, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return latencies;
  } finally {
    double.events.off("callback", onCallback);
  }
}

// --- 2. DM delivery rate under the global limit ---------------------------------

const GLOBAL_LIMIT = 50;
const DELIVERY_GOAL_PER_SECOND = 45;
/** /schedule interactions in flight at once while enrolling the bench's members. */
const ENROL_CONCURRENCY = 50;
const OPEN_DM_PATH = "/users/@me/channels";

/**
 * Due reminders for as many members, delivered by the real job (repeated until none is left)
 * against a double that answers 429 beyond 50 requests a second. The members first enrol as the
 * product has them do, with /schedule, which opens and stores each DM channel after its reply; the
 * measured burst is then one request per reminder. A second, informational burst clears the stored
 * channels, as for members who enrolled before /schedule opened them: two requests per reminder.
 */
async function dmDeliveryRate(databaseUrl: string, quick: boolean): Promise<BenchRow[]> {
  const count = quick ? 200 : 1_000;
  return withScratch(databaseUrl, async (scratch) => {
    const world = await buildWorld(1, count, { globalRateLimitPerSecond: GLOBAL_LIMIT });
    const database = openPostgres(scratch.url);
    const dorsi = await startBot(world.double, database).catch(async (error: unknown) => {
      await world.double.stop();
      await database.close();
      throw error;
    });
    try {
      await enrolThroughSchedule(world, database);
      // /schedule planned each member's reminders for later today; the bench's own fall due now.
      await database.db.delete(reminders);
      const enrolled = await deliverDueBurst(world, dorsi, database, 0);
      await database.db.update(members).set({ dmChannelId: null });
      const legacy = await deliverDueBurst(world, dorsi, database, 1);
      const name = (label: string) =>
        `DM delivery, ${count} due reminders, ${label}, global limit ${GLOBAL_LIMIT}/s`;
      return [
        {
          name: name("first DM after /schedule enrolment (channel opened and stored then: 1 request each)"),
          value: enrolled.value,
          goal: `>= ${DELIVERY_GOAL_PER_SECOND}/s, no 429`,
          ratio: enrolled.ratio,
          ok: enrolled.rate >= DELIVERY_GOAL_PER_SECOND && enrolled.limited === 0,
        },
        {
          name: name("members enrolled before /schedule opened DM channels (none stored: 2 requests each)"),
          value: legacy.value,
          goal: "informational, legacy worst case: no 429 only",
          ratio: legacy.ratio,
          ok: legacy.limited === 0,
        },
      ];
    } finally {
      await dorsi.stop();
      await world.double.stop();
      await database.close();
    }
  });
}

/**
 * Every member runs /schedule through the double and gets the real answer; the bench then waits
 * until each one's DM channel, opened by the command after its reply, is stored.
 */
async function enrolThroughSchedule(world: World, database: Database): Promise<void> {
  const { double } = world;
  const [guild] = world.guilds;
  if (!guild) throw new Error("the bench world has no guild");
  const answers = new Map<string, CallbackRecord>();
  const onCallback = (callback: CallbackRecord) => answers.set(callback.interactionId, callback);
  double.events.on("callback", onCallback);
  try {
    for (let index = 0; index < guild.memberIds.length; index += ENROL_CONCURRENCY) {
      const ids = guild.memberIds.slice(index, index + ENROL_CONCURRENCY).map(
        (userId) =>
          double.runCommand({
            guildId: guild.id,
            channelId: guild.channelId,
            user: userId,
            name: "schedule",
            options: { timezone: "UTC" },
          }).id,
      );
      await double.waitFor(() => ids.every((id) => answers.has(id)), 30_000, "/schedule answers");
    }
  } finally {
    double.events.off("callback", onCallback);
  }
  const refused = [...answers.values()].find(
    (answer) => !String(answer.data?.content).includes("You're in!"),
  );
  if (refused) throw new Error(`/schedule did not enrol: ${JSON.stringify(refused.data)}`);
  await waitForStoredDmChannels(database);
  const opened = double.requests.filter((request) => request.path === OPEN_DM_PATH).length;
  if (opened !== guild.memberIds.length) {
    throw new Error(`/schedule opened ${opened} DM channels for ${guild.memberIds.length} members`);
  }
}

/** /schedule opens the channel after its answer: wait (bounded) until every member's is stored. */
async function waitForStoredDmChannels(database: Database): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const missing = await database.db.$count(members, isNull(members.dmChannelId));
    if (missing === 0) return;
    if (Date.now() > deadline)
      throw new Error(`${missing} members have no DM channel stored after /schedule`);
    await sleep(100);
  }
}

/** One due reminder per member, in `slot` of today, delivered by the real job until all are sent. */
async function deliverDueBurst(world: World, dorsi: RunningDorsi, database: Database, slot: number) {
  await insertDueDrillReminders(
    database.db,
    world.users.map((user) => user.id),
    slot,
  );
  // As at a real reminder time, no earlier request (enrolment, the previous burst) is still in the
  // global limit's window when the burst starts.
  await sleep(GLOBAL_WINDOW_MS);
  const limitedBefore = world.double.rateLimitedCount;
  const requestsBefore = world.double.requests.length;
  const started = performance.now();
  let sent = 0;
  let rounds = 0;
  while (sent < world.users.length) {
    const stats = await dorsi.jobs.deliverReminders();
    sent += stats.sent;
    if (stats.sent + stats.retry === 0 || ++rounds > world.users.length) {
      throw new Error(`delivery stalled at ${sent} of ${world.users.length}: ${JSON.stringify(stats)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const limited = world.double.rateLimitedCount - limitedBefore;
  const requests = world.double.requests.length - requestsBefore;
  const rate = sent / seconds;
  const requestRate = requests / seconds;
  return {
    rate,
    limited,
    value: `${fixed(rate)}/s (${fixed(requestRate)} req/s, ${fixed(requests / sent, 2)} req/DM, ${limited} x 429)`,
    ratio: `${fixed(rate / GLOBAL_LIMIT, 2)}x limit (requests ${fixed(requestRate / GLOBAL_LIMIT, 2)}x)`,
  };
}

// --- 3. resident memory of the bot process ----------------------------------------

const MEMORY_GOAL_MB = 120;

/**
 * `npm start` on PostgreSQL against a double holding 100 servers of 100 members (the double sends
 * every member in GUILD_CREATE, which real Discord does not without the members intent: a worst
 * case), then a few hundred interactions from varied members; VmRSS of the node process running
 * src/main.ts.
 */
async function residentMemory(databaseUrl: string, quick: boolean): Promise<BenchRow[]> {
  const guildCount = quick ? 10 : 100;
  const interactions = 300;
  return withScratch(databaseUrl, async (scratch) => {
    // Measured on the compiled build, as production (the Docker image's CMD, flags included) runs it.
    const world = await buildWorld(guildCount, 100);
    const bot = await startCompiledBot(world, scratch.url, "rss");
    try {
      const online = await bot.waitForLine(/"msg":"online"/, 1_000);
      const guildsSeen = Number(online.line.match(/"guilds":(\d+)/)?.[1] ?? Number.NaN);
      const latencies = await fireAtRate(world, 100, interactions);
      if (latencies.length !== interactions) throw new Error("not every interaction was answered");
      await sleep(1_000);
      const wrapper = bot.child.pid;
      if (wrapper === undefined) throw new Error("the bot process has no pid");
      const pid = await botPid(wrapper);
      const rss = await residentMb(pid);
      const wrapperNote =
        pid === wrapper ? "" : `, tsx wrapper process +${fixed(await residentMb(wrapper), 0)} MB not counted`;
      const flags = nodeFlags(dockerCommand());
      return [
        {
          name: `resident memory (VmRSS), node ${[...flags, "dist/main.js"].join(" ")}, ${guildCount * 100} members in ${guildCount} servers (${guildsSeen} seen at ready), after ${interactions} interactions, PostgreSQL${wrapperNote}`,
          value: `${fixed(rss, 0)} MB`,
          goal: `<= ${MEMORY_GOAL_MB} MB`,
          ratio: `${fixed(rss / MEMORY_GOAL_MB, 2)}x goal`,
          ok: rss <= MEMORY_GOAL_MB,
        },
      ];
    } finally {
      await bot.stop();
    }
  });
}

// --- 4. start to ready on the embedded database -------------------------------------

const READY_GOAL_MS = 2_000;

/**
 * `npm start` (tsx src/main.ts) on PGlite with a fresh DATA_DIR (the cluster copied from the template
 * `npm ci` made, or initdb without one; then migrations), then again on the same DATA_DIR. Wall time
 * is spawn to the "ready" line on stdout (node, tsx, imports, database, migrations, gateway login,
 * command sync); readyMs is what main.ts logs (from its first line).
 */
async function startToReady(): Promise<BenchRow[]> {
  const cluster = (await hasCluster(await pgliteTemplateDir()))
    ? "cluster copied from the install-time template"
    : "no install-time template: PGlite initdb";
  const double = await startDiscordDouble();
  const workDir = await mkdtemp(path.join(tmpdir(), "dorsi-bench-start-"));
  const env = {
    DISCORD_TOKEN: double.token,
    DISCORD_API_URL: double.apiUrl,
    DATA_DIR: path.join(workDir, "data"),
  };
  const rows: BenchRow[] = [];
  try {
    for (const label of [`first start, fresh DATA_DIR (${cluster} + migrations)`, "restart, same DATA_DIR"]) {
      const bot: BotProcess = spawnBot(workDir, env);
      try {
        const ready = await bot.waitForLine(/"msg":"ready"/, 60_000);
        const wallMs = ready.at - bot.spawnedAt;
        const readyMs = Number(ready.line.match(/"readyMs":(\d+)/)?.[1] ?? Number.NaN);
        rows.push({
          name: `start to ready, embedded database, ${label}: spawn to "ready" line (main.ts's own readyMs in brackets)`,
          value: `${fixed(wallMs / 1000, 2)} s (${fixed(readyMs / 1000, 2)} s)`,
          goal: `<= ${fixed(READY_GOAL_MS / 1000, 0)} s`,
          ratio: `${fixed(wallMs / READY_GOAL_MS, 2)}x goal`,
          ok: wallMs <= READY_GOAL_MS,
        });
      } finally {
        await bot.stop();
      }
    }
    return rows;
  } finally {
    await double.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

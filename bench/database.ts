import { sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import { rebuildClubBoards } from "../src/app/board-entries.usecases.js";
import { createAppDeps } from "../src/app/deps.js";
import { showLeaderboard } from "../src/app/leaderboard.usecases.js";
import {
  CLAIM_BATCH,
  CLAIM_LEASE_MS,
  REMINDER_GRACE_MS,
  SEND_CONCURRENCY,
} from "../src/app/reminder-delivery.usecases.js";
import { planAllReminders } from "../src/app/reminders.usecases.js";
import { type Db, openPostgres, queryRows } from "../src/db/db-client.js";
import { createRemindersRepository } from "../src/db/repos/reminders.repository.js";
import { weekContaining } from "../src/domain/week.rules.js";
import { count, medianMs, ms, ratio, timed, withClient } from "./support.js";
import type { BenchRow } from "./table.js";

export interface DatabaseBenchOptions {
  readonly quick: boolean;
  /** A scratch database, already migrated; its tables are emptied between suites. */
  readonly databaseUrl: string;
  /** Runs only the suites whose function name contains this (e.g. "planning"). */
  readonly only?: string | undefined;
}

/** Concurrent claim workers for both the app and pg-boss; both get a pool of 10 connections. */
const WORKERS = 4;
const POOL_SIZE = 10;

/** A fixed "now" for planning and the board, so every run plans and scores the same data. */
const PLAN_NOW = new Date("2026-03-27T09:00:00Z");

const ZONES = [
  "Europe/London",
  "Europe/Paris",
  "Europe/Berlin",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Auckland",
  "Africa/Nairobi",
  "America/St_Johns",
  "UTC",
];
const zoneArray = sql.raw(`array[${ZONES.map((zone) => `'${zone}'`).join(",")}]`);

export async function databaseBenchmarks(options: DatabaseBenchOptions): Promise<BenchRow[]> {
  const database = openPostgres(options.databaseUrl);
  const { db } = database;
  const rows: BenchRow[] = [];
  const suites = [claimThroughput, idleTick, planningDay, weeklyBoard].filter((suite) =>
    suite.name.toLowerCase().includes(options.only?.toLowerCase() ?? ""),
  );
  try {
    for (const suite of suites) {
      await emptyTables(db);
      const started = Date.now();
      rows.push(...(await suite(db, options)));
      console.error(`bench: ${suite.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    await emptyTables(db);
  } finally {
    await database.close();
  }
  return rows;
}

async function emptyTables(db: Db): Promise<void> {
  const tables = await queryRows<{ tablename: string }>(
    db,
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const names = tables.map((table) => `"${table.tablename}"`).join(", ");
  await db.execute(sql.raw(`truncate ${names} restart identity cascade`));
}

/** `n` members m1..mn with plain settings (not enrolled). */
async function insertMembers(db: Db, n: number): Promise<void> {
  await db.execute(sql`insert into members (user_id, display_name, jitter_seed)
    select 'm' || i, 'Member ' || i, 's' || i from generate_series(1, ${n}::int) i`);
}

// ---------------------------------------------------------------------------------------------
// 1. Claim-and-record throughput vs pg-boss fetch-and-complete

async function claimThroughput(db: Db, options: DatabaseBenchOptions): Promise<BenchRow[]> {
  const total = options.quick ? 2_000 : 20_000;
  const appRate = await appClaimRate(db, total);
  const bossRate = await pgBossRate(options.databaseUrl, total);
  return [
    {
      name: `reminders claimed+recorded/s, ${count(total)} due, ${WORKERS} workers (pg-boss: ${count(bossRate)}/s)`,
      value: `${count(appRate)}/s`,
      goal: ">= pg-boss fetch+complete",
      ratio: `${ratio(appRate / bossRate)} pg-boss`,
      ok: appRate >= bossRate,
    },
  ];
}

/**
 * Due rows claimed in batches of CLAIM_BATCH and recorded as sent with a no-op sender, SEND_CONCURRENCY
 * rows a statement: the delivery job's statements without its per-member reads and the DM itself.
 */
async function appClaimRate(db: Db, total: number): Promise<number> {
  const members = Math.max(1, total / 10);
  await insertMembers(db, members);
  await db.execute(sql`insert into reminders (user_id, kind, local_date, slot, due_at, drill)
    select 'm' || (i % ${members}::int + 1), 'drill', date '2026-03-27', i / ${members}::int,
           now() - interval '20 minutes' * random(), 'flexed-knee'
    from generate_series(0, ${total - 1}::int) i`);
  await db.execute(sql`vacuum analyze reminders`);
  const now = new Date();
  const worker = async (): Promise<number> => {
    let done = 0;
    for (;;) {
      const claimed = await createRemindersRepository(db).claimDue(now, CLAIM_LEASE_MS, CLAIM_BATCH);
      if (claimed.length === 0) return done;
      for (let index = 0; index < claimed.length; index += SEND_CONCURRENCY) {
        const batch = claimed.slice(index, index + SEND_CONCURRENCY);
        await createRemindersRepository(db).finish(
          batch.map((row) => ({
            id: row.id,
            leaseUntil: row.leaseUntil,
            snoozes: row.snoozes,
            state: "sent",
            channelId: "c1",
            messageId: `x${row.id}`,
            sentAt: now,
          })),
        );
      }
      done += claimed.length;
    }
  };
  const { ms: elapsed, result } = await timed(() => Promise.all(Array.from({ length: WORKERS }, worker)));
  const done = result.reduce((sum, n) => sum + n, 0);
  const [left] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from reminders where state <> 'sent'`,
  );
  if (done !== total || left?.n !== 0)
    throw new Error(`app claimed ${done} of ${total}; ${left?.n} not sent`);
  return (total / elapsed) * 1000;
}

/** pg-boss 10: send `total` jobs, then workers fetch batches of CLAIM_BATCH and complete them. */
async function pgBossRate(databaseUrl: string, total: number): Promise<number> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: POOL_SIZE,
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error) => console.error("pg-boss:", error));
  await boss.start();
  try {
    const queue = "reminders";
    await boss.createQueue(queue);
    for (let offset = 0; offset < total; offset += 5_000) {
      const jobs = Array.from({ length: Math.min(5_000, total - offset) }, (_, i) => ({
        name: queue,
        data: { reminderId: offset + i },
      }));
      await boss.insert(jobs);
    }
    await withClient(databaseUrl, (client) => client.query("vacuum analyze pgboss.job"));
    const worker = async (): Promise<number> => {
      let done = 0;
      for (;;) {
        const jobs = await boss.fetch(queue, { batchSize: CLAIM_BATCH });
        if (jobs.length === 0) return done;
        await boss.complete(
          queue,
          jobs.map((job) => job.id),
        );
        done += jobs.length;
      }
    };
    const { ms: elapsed, result } = await timed(() => Promise.all(Array.from({ length: WORKERS }, worker)));
    const done = result.reduce((sum, n) => sum + n, 0);
    if (done !== total) throw new Error(`pg-boss completed ${done} of ${total}`);
    return (total / elapsed) * 1000;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Idle tick over a large planned future

async function idleTick(db: Db, options: DatabaseBenchOptions): Promise<BenchRow[]> {
  const planned = options.quick ? 100_000 : 1_000_000;
  const members = planned / 10;
  await insertMembers(db, members);
  await db.execute(sql`insert into reminders (user_id, kind, local_date, slot, due_at, drill)
    select 'm' || (i % ${members}::int + 1), 'drill', date '2030-01-01', i / ${members}::int,
           now() + interval '5 minutes' + interval '26 hours' * random(), 'straight-leg'
    from generate_series(0, ${planned - 1}::int) i`);
  await db.execute(sql`vacuum analyze reminders`);

  const tick = async () => {
    const now = new Date();
    await createRemindersRepository(db).skipStale(now, REMINDER_GRACE_MS);
    const claimed = await createRemindersRepository(db).claimDue(now, CLAIM_LEASE_MS, CLAIM_BATCH);
    if (claimed.length > 0) throw new Error("idle tick claimed a reminder");
  };
  const before = await scanCounts(db);
  const runs = options.quick ? 20 : 50;
  const median = await medianMs(tick, runs, 10);
  const after = await scanCounts(db);
  const indexScans = after.indexScans - before.indexScans;
  const seqScans = after.seqScans - before.seqScans;
  const usesIndex = indexScans >= 2 * (runs + 10) && seqScans === 0;
  return [
    {
      name: `idle tick (skip stale + claim), ${count(planned)} planned; ${usesIndex ? "reminders_due_idx used" : `${seqScans} SEQ SCANS`}`,
      value: ms(median),
      goal: "<= 5 ms",
      ratio: `${ratio(median / 5)} limit`,
      ok: median <= 5 && usesIndex,
    },
  ];
}

/** Scans of the reminders table, read after the backends have flushed their statistics. */
async function scanCounts(db: Db): Promise<{ indexScans: number; seqScans: number }> {
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await db.execute(sql`select pg_stat_clear_snapshot()`);
  const [row] = await queryRows<{ idx: string; seq: string }>(
    db,
    sql`select (select idx_scan from pg_stat_user_indexes where indexrelname = 'reminders_due_idx') as idx,
               (select seq_scan from pg_stat_user_tables where relname = 'reminders') as seq`,
  );
  return { indexScans: Number(row?.idx ?? 0), seqScans: Number(row?.seq ?? 0) };
}

// ---------------------------------------------------------------------------------------------
// 3. Planning the next day for every enrolled member

async function planningDay(db: Db, options: DatabaseBenchOptions): Promise<BenchRow[]> {
  const enrolled = options.quick ? 2_000 : 100_000;
  // Varied settings: 16 zones (with DST in both hemispheres and 30-minute offsets), windows from
  // 06:00-09:00 to 19:00-21:00, every 50th crossing midnight, per_day 2-6, a fifth with explicit
  // times, a quarter on weekdays only.
  await db.execute(sql`insert into members
      (user_id, display_name, jitter_seed, time_zone, enrolled_at, window_start, window_end, per_day,
       explicit_times, days)
    select 'm' || i, 'Member ' || i, md5(i::text),
           (${zoneArray})[i % ${ZONES.length}::int + 1],
           now() - interval '30 days',
           case when i % 50 = 0 then 1320 else 360 + (i % 7) * 30 end,
           case when i % 50 = 0 then 120 else 1260 - (i % 5) * 30 end,
           2 + i % 5,
           case i % 10 when 1 then '{450,720,1080}'::smallint[] when 6 then '{420,1200}'::smallint[] end,
           case when i % 4 = 0 then '{1,2,3,4,5}'::smallint[] else '{1,2,3,4,5,6,7}'::smallint[] end
    from generate_series(1, ${enrolled}::int) i`);
  await db.execute(sql`analyze members`);
  const deps = createAppDeps(db, { now: () => PLAN_NOW });
  const { ms: elapsed, result: planned } = await timed(() => planAllReminders(deps));
  return [
    {
      name: `plan next ${26} h for ${count(enrolled)} enrolled members (${count(planned)} rows planned)`,
      value: ms(elapsed),
      goal: "<= 5,000 ms",
      ratio: `${ratio(elapsed / 5_000)} limit`,
      ok: elapsed <= 5_000 && planned > 0,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// 4. The weekly board of a big club

async function weeklyBoard(db: Db, options: DatabaseBenchOptions): Promise<BenchRow[]> {
  const memberCount = options.quick ? 1_000 : 10_000;
  const logs = options.quick ? 100_000 : 1_000_000;
  const guildId = "g1";
  const week = weekContaining(PLAN_NOW, "UTC");
  const from = new Date(week.start.getTime() - 7 * 7 * 86_400_000);
  await insertMembers(db, memberCount);
  await db.execute(
    sql`update members set time_zone = (${zoneArray})[substr(user_id, 2)::int % ${ZONES.length}::int + 1]`,
  );
  await db.execute(sql`insert into clubs (guild_id, name, time_zone) values (${guildId}, 'Big Club', 'UTC')`);
  await db.execute(sql`insert into club_members (guild_id, user_id, hidden)
    select ${guildId}, user_id, substr(user_id, 2)::int % 50 = 0 from members`);
  // Logs over 8 weeks ending with the measured one, stored in time order as they would arrive;
  // active members log more (skewed by user).
  await db.execute(sql`insert into set_logs
      (user_id, guild_id, drill, sets, level, reps_step, logged_at, local_date, source, interaction_id)
    select l.user_id, ${guildId}, case when i % 2 = 0 then 'flexed-knee' else 'straight-leg' end,
           1 + (i % 3), 1 + (i % 4), 1 + (i % 3), l.at, (l.at at time zone m.time_zone)::date, 'command',
           'i' || i
    from generate_series(1, ${logs}::int) i
    cross join lateral (
      select 'm' || (1 + floor(${memberCount}::int * power(random(), 1.5) + i * 0))::int as user_id,
             ${from.toISOString()}::timestamptz + (${week.end.toISOString()}::timestamptz
               - ${from.toISOString()}::timestamptz) * random() as at) l
    join members m on m.user_id = l.user_id
    order by l.at`);
  // The board entries /log would have kept, made by the rebuild /club runs after a zone change.
  const built = await timed(() => db.transaction((tx) => rebuildClubBoards(tx, guildId, "UTC", PLAN_NOW)));
  await db.execute(sql`vacuum analyze`);
  const [inWeek] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from set_logs
        where logged_at >= ${week.start.toISOString()}::timestamptz and logged_at < ${week.end.toISOString()}::timestamptz`,
  );

  const deps = createAppDeps(db, { now: () => new Date(week.end.getTime() - 3_600_000) });
  const caller = { userId: "m7", displayName: "Member 7", guild: { id: guildId, name: "Big Club" } };
  let ranked = 0;
  const build = async () => {
    const view = await showLeaderboard(deps, { caller, week: "this" });
    ranked = view.board.rows.length;
  };
  const median = await medianMs(build, options.quick ? 5 : 9, 3);
  return [
    {
      name: `weekly board (/leaderboard), ${count(memberCount)} members, ${count(logs)} logs (${count(inWeek?.n ?? 0)} this week, ${count(ranked)} ranked; entries rebuilt for 4 weeks in ${ms(built.ms)})`,
      value: ms(median),
      goal: "<= 50 ms",
      ratio: `${ratio(median / 50)} limit`,
      ok: median <= 50,
    },
  ];
}

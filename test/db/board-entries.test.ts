import { readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rebuildClubBoards } from "../../src/app/board-entries.usecases.js";
import { createAppDeps } from "../../src/app/deps.js";
import { buildWeeklyBoard } from "../../src/app/leaderboard.usecases.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import { enterMember } from "../../src/app/members.usecases.js";
import { queryRows } from "../../src/db/db-client.js";
import { updateMember } from "../../src/db/repos/members.repository.js";
import type { LeaderboardRow } from "../../src/domain/scoring.rules.js";
import { type ClubWeek, weekByOffset } from "../../src/domain/week.rules.js";
import { clubCaller, TEST_CLUB } from "../support/callers.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";
import { type ClubMember, type SetLog, scoreWeek } from "../support/scoring-reference.js";

/*
 * board_entries is a projection of set_logs: every board read from it must equal the domain's
 * scoring of the raw logs (scoreWeek), whatever the members' zones, the club's zone, who is hidden,
 * and in which order members joined and logged.
 */

const database = useTestDatabase();
const ZONES = ["America/New_York", "Pacific/Auckland", "Asia/Kolkata", "Europe/London", "UTC"];
const MEMBERS = 12;
const callers = Array.from({ length: MEMBERS }, (_, i) => clubCaller(i + 1, `Runner ${i + 1}`));

/** The board the app posts for `week`, read from board_entries. */
async function boardOf(week: ClubWeek, timeZone: string): Promise<readonly LeaderboardRow[]> {
  const club = { guildId: TEST_CLUB.id, name: TEST_CLUB.name, timeZone };
  return (await buildWeeklyBoard(database.db, club, week)).rows;
}

/** The reference: the club's raw set logs in the week and its members, scored by the domain. */
async function boardFromRawLogs(week: ClubWeek): Promise<LeaderboardRow[]> {
  const { db } = database;
  const logs = await queryRows<{
    user_id: string;
    sets: number;
    logged_at: string | Date;
    local_date: string;
  }>(
    db,
    sql`select user_id, sets, logged_at, local_date::text as local_date from set_logs
        where logged_at >= ${week.start.toISOString()}::timestamptz and logged_at < ${week.end.toISOString()}::timestamptz`,
  );
  const members = await queryRows<{ user_id: string; display_name: string; hidden: boolean }>(
    db,
    sql`select c.user_id, m.display_name, c.hidden from club_members c join members m using (user_id)
        where c.guild_id = ${TEST_CLUB.id}`,
  );
  const setLogs: SetLog[] = logs.map((row) => ({
    userId: row.user_id,
    sets: row.sets,
    loggedAt: new Date(row.logged_at),
    localDate: row.local_date,
  }));
  const clubMembers: ClubMember[] = members.map((row) => ({
    userId: row.user_id,
    displayName: row.display_name,
    hidden: row.hidden,
  }));
  return scoreWeek(setLogs, clubMembers);
}

/** A deterministic pseudo-random sequence (the same data on every run and database). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Three weeks of logs through the real /log use case: members in five zones, some logging from DMs
 * (no club) before they ever use a command in the server, 1-7 sets, often several at one instant.
 */
async function logThreeWeeks(clock: ManualClock): Promise<void> {
  const random = sequence(42);
  const start = new Date("2026-11-09T00:00:00Z").getTime();
  for (const [i, caller] of callers.entries()) {
    await enterMember(database.db, { ...caller, guild: null }, clock.now());
    await updateMember(
      database.db,
      caller.userId,
      { timeZone: ZONES[i % ZONES.length] ?? "UTC" },
      clock.now(),
    );
  }
  const instants = Array.from(
    { length: 160 },
    () => start + Math.floor(random() * 21 * 24 * 6) * 600_000,
  ).sort((a, b) => a - b);
  for (const [n, instant] of instants.entries()) {
    const caller = callers[Math.floor(random() * MEMBERS)] ?? callers[0];
    if (!caller) throw new Error("no caller");
    // Members 1-4 log only from DMs for the first half, and join the club later.
    const fromDm = Number(caller.userId.slice(-2)) <= 4 && n < 80;
    clock.set(new Date(instant));
    await logSets(createAppDeps(database.db, clock), {
      caller: fromDm ? { ...caller, guild: null } : caller,
      drill: random() < 0.5 ? "flexed-knee" : "both",
      sets: 1 + Math.floor(random() * 7),
      interactionId: `i${n}`,
      source: fromDm ? "reminder" : "command",
    });
  }
  await database.db.execute(
    sql`update club_members set hidden = true where user_id = ${callers[5]?.userId ?? ""}`,
  );
}

describe("board entries", () => {
  it("give the same boards as scoring the raw logs, through logs, joins, hides and a zone change", async () => {
    const clock = new ManualClock("2026-11-09T00:00:00Z");
    await logThreeWeeks(clock);
    clock.set("2026-11-29T23:00:00Z");
    const weeks = [0, -1, -2].map((offset) => weekByOffset(clock.now(), "UTC", offset));
    for (const week of weeks) {
      const reference = await boardFromRawLogs(week);
      expect(reference.length).toBeGreaterThan(5);
      expect(await boardOf(week, "UTC")).toEqual(reference);
    }
    // A capped day and a member who joined after logging from DMs are in there.
    const board = await boardFromRawLogs(weeks[0] as ClubWeek);
    expect(board.some((row) => row.sets > row.activeDays * 6)).toBe(true);
    expect(board.some((row) => Number(row.userId.slice(-2)) <= 4)).toBe(true);

    // The club moves to Auckland: its weeks now start 13 hours earlier, and the boards follow.
    await database.db.transaction((tx) =>
      rebuildClubBoards(tx, TEST_CLUB.id, "Pacific/Auckland", clock.now()),
    );
    for (const offset of [0, -1, -2]) {
      const week = weekByOffset(clock.now(), "Pacific/Auckland", offset);
      expect(await boardOf(week, "Pacific/Auckland")).toEqual(await boardFromRawLogs(week));
    }
  });

  it("are what the migration's backfill computes from the logs already stored", async () => {
    const clock = new ManualClock("2026-11-09T00:00:00Z");
    await logThreeWeeks(clock);
    const kept = await queryRows(database.db, sql`select * from board_entries order by 1, 2, 3`);
    expect(kept.length).toBeGreaterThan(20);
    const migration = await readFile(
      new URL("../../migrations/0001_board_entries.sql", import.meta.url),
      "utf8",
    );
    const backfill = migration.split("--> statement-breakpoint").at(-1) ?? "";
    expect(backfill).toMatch(/INSERT INTO "board_entries"/);
    // The backfill counts back from now(): run it for the weeks the logs fall in.
    await database.db.execute(sql`delete from board_entries`);
    await database.db.execute(sql.raw(backfill.replaceAll("now()", "timestamptz '2026-11-29T23:00:00Z'")));
    expect(await queryRows(database.db, sql`select * from board_entries order by 1, 2, 3`)).toEqual(kept);
  });
});

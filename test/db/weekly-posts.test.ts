import { beforeEach, describe, expect, it } from "vitest";
import { configureClub } from "../../src/app/club.usecases.js";
import { createAppDeps } from "../../src/app/deps.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import {
  BoardPostError,
  type BoardPoster,
  postDueWeeklyBoards,
  readPostFailure,
  type WeeklyBoardMessage,
} from "../../src/app/weekly-posts.usecases.js";
import { clubs, levelChanges, weeklyPosts } from "../../src/db/schema.js";
import { clubCaller, TEST_CLUB } from "../support/callers.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase, usingPostgres } from "../support/database.js";
import { WEEKLY_POST_LEASE_MS, weeklyPostNonce } from "../support/weekly-posts.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-25T22:00:00Z");
const deps = () => createAppDeps(database.db, clock);
const guild = TEST_CLUB;
const admin = clubCaller(1, "Kim");
const ana = clubCaller(2, "Ana");
const ben = clubCaller(3, "Ben");
const CHANNEL = "500000000000000001";
// Monday 30 November 2026, 09:00 in New York (UTC-5): the post reporting on the week of 23 November.
const DUE = "2026-11-30T14:00:00.000Z";
const at = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms).toISOString();
const HOUR = 3_600_000;

/** A recording poster: what was posted where, with an optional failure and delay. */
class RecordingPoster implements BoardPoster {
  readonly posts: { channelId: string; message: WeeklyBoardMessage }[] = [];
  failWith: Error | null = null;
  delayMs = 0;

  async postBoard(channelId: string, message: WeeklyBoardMessage) {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failWith) throw this.failWith;
    this.posts.push({ channelId, message });
    return { messageId: `60000000000000000${this.posts.length}` };
  }
}

let poster: RecordingPoster;

/** The club's /club: its board in CHANNEL, Mondays 09:00 New York time. */
const configureBoard = () =>
  configureClub(deps(), {
    caller: admin,
    canManageServer: true,
    channel: { id: CHANNEL, isText: true },
    timeZone: "America/New_York",
    postDay: "mon",
    postTime: "09:00",
  });

beforeEach(async () => {
  poster = new RecordingPoster();
  clock.set("2026-11-25T22:00:00Z");
  await configureBoard();
});

async function logAt(caller: typeof ana, instant: string, sets = 1) {
  const saved = clock.now();
  clock.set(instant);
  await logSets(deps(), { caller, drill: "flexed-knee", sets, interactionId: null, source: "command" });
  clock.set(saved);
}

const tick = () => postDueWeeklyBoards(deps(), poster);
const postRows = () => database.db.select().from(weeklyPosts);

describe("postDueWeeklyBoards", () => {
  it("posts nothing before the post time, then the week just ended, once", async () => {
    await logAt(ana, "2026-11-24T12:00:00Z", 2);
    await logAt(ben, "2026-11-29T12:00:00Z", 1);
    await logAt(ben, "2026-11-30T13:00:00Z", 1); // Monday 08:00: the new week, not on this board

    clock.set(at(DUE, -1000));
    // The post before (23 November) was due before the club was set up: long past, so skipped.
    expect(await tick()).toMatchObject([{ week: "2026-W47", result: "skipped" }]);
    expect(await tick()).toEqual([]);
    expect(poster.posts).toEqual([]);

    clock.set(at(DUE, 15_000));
    const outcomes = await tick();
    expect(outcomes).toMatchObject([
      { guildId: guild.id, week: "2026-W48", result: "posted", lateByMs: 15_000 },
    ]);
    expect(poster.posts).toHaveLength(1);
    const [post] = poster.posts;
    expect(post?.channelId).toBe(CHANNEL);
    expect(post?.message.board.week.startLocalDate).toBe("2026-11-23");
    expect(post?.message.board.rows.map((row) => [row.displayName, row.points])).toEqual([
      ["Ana", 5],
      ["Ben", 4],
    ]);
    expect(post?.message.nonce).toBe(weeklyPostNonce({ guildId: guild.id, weekStart: "2026-11-23" }));
    expect(post?.message.nonce.length).toBeLessThanOrEqual(25);
    expect(await postRows()).toContainEqual(
      expect.objectContaining({
        guildId: guild.id,
        weekStart: "2026-11-23",
        state: "posted",
        messageId: "600000000000000001",
      }),
    );

    clock.set(at(DUE, HOUR));
    expect(await tick()).toEqual([]);
    clock.set(at(DUE, 6 * 24 * HOUR)); // Sunday: still no new post until next Monday 09:00
    expect(await tick()).toEqual([]);
    expect(poster.posts).toHaveLength(1);

    clock.set("2026-12-07T14:00:30Z");
    expect(await tick()).toMatchObject([{ week: "2026-W49", result: "posted" }]);
    expect(poster.posts[1]?.message.board.rows.map((row) => row.displayName)).toEqual(["Ben"]);
  });

  it("posts late after downtime of less than a day", async () => {
    clock.set(at(DUE, 23 * HOUR));
    expect(await tick()).toMatchObject([{ result: "posted", lateByMs: 23 * HOUR }]);
    expect(poster.posts).toHaveLength(1);
  });

  it("skips a board more than a day late and records it, without posting", async () => {
    clock.set(at(DUE, 25 * HOUR));
    expect(await tick()).toMatchObject([{ week: "2026-W48", result: "skipped" }]);
    expect(poster.posts).toEqual([]);
    expect(await postRows()).toMatchObject([{ weekStart: "2026-11-23", state: "skipped" }]);
    expect(await tick()).toEqual([]);
  });

  it("records a missing channel or permission for the admin as data and does not retry", async () => {
    const failure = {
      code: "missing-permission",
      week: "2026-11-23",
      channelId: CHANNEL,
      missing: ["AttachFiles"],
    } as const;
    poster.failWith = new BoardPostError(failure);
    clock.set(at(DUE, 1000));
    expect(await tick()).toMatchObject([{ result: "failed", error: expect.stringContaining(CHANNEL) }]);
    const [row] = await postRows();
    expect(row?.state).toBe("failed");
    expect(JSON.parse(row?.error ?? "null")).toEqual(failure);
    const [club] = await database.db.select().from(clubs);
    expect(JSON.parse(club?.lastPostError ?? "null")).toEqual(failure);

    poster.failWith = null;
    clock.set(at(DUE, 10 * 60_000));
    expect(await tick()).toEqual([]);

    // The admin fixes it with /club: told once, and the board (still due within a day) goes out.
    const setup = await configureBoard();
    expect(setup.previousPostError).toEqual(failure);
    expect(setup.pendingPost?.week.label).toBe("2026-W48");
    expect(await tick()).toMatchObject([{ result: "posted" }]);
    expect(poster.posts).toHaveLength(1);
  });

  it("retries a transient failure once the lease runs out, with the same nonce", async () => {
    poster.failWith = new Error("503 Service Unavailable");
    clock.set(at(DUE, 1000));
    expect(await tick()).toMatchObject([{ result: "retrying" }]);
    expect(await postRows()).toMatchObject([{ state: "posting", error: "503 Service Unavailable" }]);

    poster.failWith = null;
    clock.set(at(DUE, WEEKLY_POST_LEASE_MS - 1000));
    expect(await tick()).toEqual([]);
    clock.set(at(DUE, WEEKLY_POST_LEASE_MS + 2000));
    expect(await tick()).toMatchObject([{ result: "posted" }]);
    expect(poster.posts[0]?.message.nonce).toBe(
      weeklyPostNonce({ guildId: guild.id, weekStart: "2026-11-23" }),
    );
    expect(await postRows()).toMatchObject([{ state: "posted", error: null }]);
  });

  it("takes over a crashed poster's post after its lease, and skips it after the grace period", async () => {
    await database.db.insert(weeklyPosts).values({
      guildId: guild.id,
      weekStart: "2026-11-23",
      state: "posting",
      leaseUntil: new Date(at(DUE, 60_000)),
    });
    clock.set(at(DUE, 30_000));
    expect(await tick()).toEqual([]);
    clock.set(at(DUE, 25 * HOUR));
    expect(await tick()).toMatchObject([{ result: "skipped" }]);
    expect(poster.posts).toEqual([]);
  });

  it(`posts exactly once when ticks run at the same time${usingPostgres() ? " (PostgreSQL)" : " (PGlite serialises)"}`, async () => {
    await logAt(ana, "2026-11-24T12:00:00Z");
    poster.delayMs = 20;
    // Four weekly posts in a row, each raced by three ticks (on PostgreSQL, three connections).
    for (let week = 0; week < 4; week++) {
      clock.set(at(DUE, week * 7 * 24 * HOUR + 1000));
      const outcomes = (await Promise.all([tick(), tick(), tick()])).flat();
      expect(outcomes.filter((outcome) => outcome.result === "posted")).toHaveLength(1);
    }
    expect(poster.posts.map((post) => post.message.board.week.startLocalDate)).toEqual([
      "2026-11-23",
      "2026-11-30",
      "2026-12-07",
      "2026-12-14",
    ]);
    expect((await postRows()).filter((row) => row.state === "posted")).toHaveLength(4);
  });

  it("names members who stepped up a level during the week, the most consistent and the most improved", async () => {
    await logAt(ana, "2026-11-17T12:00:00Z", 1); // last week: Ana 4, Ben 9
    await logAt(ben, "2026-11-17T12:00:00Z", 6);
    for (const day of ["23", "24", "25"]) await logAt(ana, `2026-11-${day}T15:00:00Z`, 1); // 12
    await logAt(ben, "2026-11-24T15:00:00Z", 6); // 9
    await database.db.insert(levelChanges).values([
      // Stepped up during the week (New York Monday 00:00 is 05:00Z).
      {
        userId: ben.userId,
        drill: "straight-leg",
        fromLevel: 1,
        fromRepsStep: 3,
        toLevel: 2,
        toRepsStep: 1,
        reason: "pain-free practice",
        changedAt: new Date("2026-11-26T12:00:00Z"),
      },
      // Stepped down: not a highlight.
      {
        userId: ana.userId,
        drill: "flexed-knee",
        fromLevel: 2,
        fromRepsStep: 1,
        toLevel: 1,
        toRepsStep: 1,
        reason: "pain",
        changedAt: new Date("2026-11-26T12:00:00Z"),
      },
      // A reps step inside a level: not a level-up.
      {
        userId: ana.userId,
        drill: "straight-leg",
        fromLevel: 1,
        fromRepsStep: 1,
        toLevel: 1,
        toRepsStep: 2,
        reason: "pain-free practice",
        changedAt: new Date("2026-11-26T12:00:00Z"),
      },
      // Before the week began (Sunday 23:30 in New York).
      {
        userId: ana.userId,
        drill: "straight-leg",
        fromLevel: 2,
        fromRepsStep: 3,
        toLevel: 3,
        toRepsStep: 1,
        reason: "pain-free practice",
        changedAt: new Date("2026-11-23T04:30:00Z"),
      },
    ]);
    clock.set(at(DUE, 1000));
    await tick();
    const board = poster.posts[0]?.message.board;
    expect(board?.highlights.mostConsistent?.displayName).toBe("Ana");
    expect(board?.highlights.mostImproved).toMatchObject({ row: { displayName: "Ana" }, gain: 8 });
    const steppedUp = board?.highlights.steppedUp ?? [];
    expect(steppedUp).toContainEqual({
      userId: ben.userId,
      displayName: "Ben",
      drill: "straight-leg",
      level: 2,
    });
    expect(steppedUp.filter((up) => up.userId === ana.userId && up.level <= 1)).toEqual([]);
    expect(steppedUp.some((up) => up.userId === ana.userId && up.level === 3)).toBe(false);
  });

  it("hands the poster the server's stored locale, or null before any is stored", async () => {
    clock.set(at(DUE, 1000));
    await database.db.update(clubs).set({ locale: null });
    await tick();
    expect(poster.posts[0]?.message.locale).toBeNull();

    // A command from a French server stores its locale; the next week's post speaks it.
    await logSets(deps(), {
      caller: { ...ana, guild: { ...guild, locale: "fr" } },
      drill: "flexed-knee",
      sets: 1,
      interactionId: null,
      source: "command",
    });
    clock.set(at(DUE, 7 * 24 * HOUR + 1000));
    await tick();
    expect(poster.posts[1]?.message.locale).toBe("fr");
  });

  it("posts nothing for a club without /club settings", async () => {
    await database.db.update(clubs).set({ channelId: null });
    clock.set(at(DUE, 1000));
    expect(await tick()).toEqual([]);
  });
});

describe("readPostFailure", () => {
  it("reads a stored failure back, and keeps anything else as the text it is", () => {
    const failure = {
      code: "missing-permission",
      week: "2026-11-23",
      channelId: CHANNEL,
      missing: ["EmbedLinks"],
    };
    expect(readPostFailure(JSON.stringify(failure))).toEqual(failure);
    for (const stored of [
      "I can't see #board.",
      '{"code":"missing-permission","week":"2026-11-23","channelId":"5","missing":["Administrator"]}',
      '{"code":"gone","week":"2026-11-23","channelId":"5"}',
      '{"code":"missing-channel","channelId":"5"}',
      "null",
      "42",
    ]) {
      expect(readPostFailure(stored)).toEqual({ code: "text", text: stored });
    }
  });
});

import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { configureClub } from "../../src/app/club.usecases.js";
import { createAppDeps } from "../../src/app/deps.js";
import { UserError } from "../../src/app/errors.js";
import { showLeaderboard } from "../../src/app/leaderboard.usecases.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import { setLeaderboardHidden } from "../../src/app/privacy.usecases.js";
import { reportPain } from "../../src/app/report-pain.usecases.js";
import { clubMembers, clubs, members, weeklyPosts } from "../../src/db/schema.js";
import { translator } from "../../src/i18n/i18n.js";
import { clubCaller, TEST_CLUB } from "../support/callers.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

type ConfigureClubInput = Parameters<typeof configureClub>[1];

const database = useTestDatabase();
// Wednesday 25 November 2026, 17:00 in New York (UTC-5).
const clock = new ManualClock("2026-11-25T22:00:00Z");
const deps = () => createAppDeps(database.db, clock);
const guild = TEST_CLUB;
const admin = clubCaller(1, "Kim");
const ana = clubCaller(2, "Ana");
const ben = clubCaller(3, "Ben");
const cy = clubCaller(4, "Cy");

beforeEach(async () => {
  clock.set("2026-11-25T22:00:00Z");
});

const clubInput = (overrides: Partial<ConfigureClubInput> = {}): ConfigureClubInput => ({
  caller: admin,
  canManageServer: true,
  channel: { id: "500000000000000001", isText: true },
  timeZone: "America/New_York",
  postDay: "mon",
  postTime: "09:00",
  ...overrides,
});

/** Logs `sets` at `instant` (the clock is put back afterwards). */
async function logAt(caller: typeof ana, instant: string, sets = 1, drill = "flexed-knee") {
  const saved = clock.now();
  clock.set(instant);
  try {
    await logSets(deps(), { caller, drill, sets, interactionId: null, source: "command" });
  } finally {
    clock.set(saved);
  }
}

/** The sentence a refused call shows an English-speaking member. */
async function refusal(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  return translator("en-US").say((error as UserError).said);
}

async function rowCounts() {
  const [clubRows, memberRows, posts] = await Promise.all([
    database.db.select().from(clubs),
    database.db.select().from(members),
    database.db.select().from(weeklyPosts),
  ]);
  return { clubs: clubRows, members: memberRows.length, posts: posts.length };
}

describe("configureClub (/club)", () => {
  it.each([
    ["a member without Manage Server", { canManageServer: false }, /Manage Server/],
    ["a voice or category channel", { channel: { id: "5", isText: false } }, /text or announcement channel/],
    ["an unknown zone, with suggestions", { timeZone: "Amerca/New_Yrok" }, /Did you mean America\/New_York/],
    ["a malformed time", { postTime: "25:00" }, /isn't a time of day.*HH:MM/],
    ["a day that is not offered", { postDay: "funday" }, /Monday to Sunday/],
    ["a direct message", { caller: { ...admin, guild: null } }, /in that server/],
  ])("refuses %s with a clear sentence and writes nothing", async (_name, overrides, message) => {
    const before = await rowCounts();
    expect(await refusal(configureClub(deps(), clubInput(overrides)))).toMatch(message);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses in the catalogs' words, never a key name", async () => {
    const attempt = configureClub(deps(), clubInput({ canManageServer: false }));
    const error = await attempt.then(
      () => null,
      (thrown: unknown) => thrown as UserError,
    );
    expect(error?.said.key).toBe("board.errors.manageServer");
    expect(translator("de").say(error?.said ?? { key: "common.apology" })).toContain("Server verwalten");
  });

  it("keeps the earlier settings when a later /club is refused", async () => {
    await configureClub(deps(), clubInput());
    const before = await rowCounts();
    await expect(configureClub(deps(), clubInput({ postTime: "9" }))).rejects.toThrow(UserError);
    expect(await rowCounts()).toEqual(before);
  });

  it("saves the channel, the canonical zone, the day and time, and says when the next board is due", async () => {
    const setup = await configureClub(
      deps(),
      clubInput({ timeZone: "america/new_york", postDay: "sun", postTime: "7:30pm" }),
    );
    expect(setup).toMatchObject({
      channelId: "500000000000000001",
      timeZone: "America/New_York",
      postDay: 7,
      postTime: 19 * 60 + 30,
      previousPostError: null,
      pendingPost: null,
    });
    // Sunday 29 November 19:30 in New York.
    expect(setup.nextPostAt.toISOString()).toBe("2026-11-30T00:30:00.000Z");
    const [club] = await database.db.select().from(clubs);
    expect(club).toMatchObject({
      guildId: guild.id,
      name: guild.name,
      channelId: "500000000000000001",
      timeZone: "America/New_York",
      postDay: 7,
      postTime: 1170,
    });
  });

  it("shows the last post error once, clears it, and lets a failed post due within a day go out again", async () => {
    clock.set("2026-11-30T15:00:00Z"); // Monday 10:00 in New York, an hour after the 09:00 post
    await configureClub(deps(), clubInput());
    const failure = { code: "missing-channel", week: "2026-11-23", channelId: "500000000000000001" };
    await database.db
      .update(clubs)
      .set({ lastPostError: JSON.stringify(failure) })
      .where(eq(clubs.guildId, guild.id));
    await database.db.insert(weeklyPosts).values({
      guildId: guild.id,
      weekStart: "2026-11-23",
      state: "failed",
      error: JSON.stringify(failure),
    });

    const fixed = await configureClub(deps(), clubInput());
    expect(fixed.previousPostError).toEqual(failure);
    expect(fixed.pendingPost?.week.startLocalDate).toBe("2026-11-23");
    expect(fixed.pendingPost?.dueAt.toISOString()).toBe("2026-11-30T14:00:00.000Z");
    expect(await database.db.select().from(weeklyPosts)).toEqual([]);

    const again = await configureClub(deps(), clubInput());
    expect(again.previousPostError).toBeNull();
  });

  it("gives back a post error stored as English text before errors were codes, as it is", async () => {
    await configureClub(deps(), clubInput());
    await database.db
      .update(clubs)
      .set({ lastPostError: "I can't see #board." })
      .where(eq(clubs.guildId, guild.id));
    const setup = await configureClub(deps(), clubInput());
    expect(setup.previousPostError).toEqual({ code: "text", text: "I can't see #board." });
  });
});

describe("showLeaderboard (/leaderboard)", () => {
  beforeEach(async () => {
    await configureClub(deps(), clubInput());
  });

  it("scores this week and last week in the club's zone, by the instant each set was logged", async () => {
    // Sunday 22 November 23:30 in New York: last week. Monday 23 November 00:30: this week.
    await logAt(ana, "2026-11-23T04:30:00Z", 2);
    await logAt(ben, "2026-11-23T05:30:00Z", 1);
    await logAt(ben, "2026-11-24T12:00:00Z", 1);
    await logAt(ana, "2026-11-25T12:00:00Z", 1);
    // After "now": not on the board yet (the clock says Wednesday 17:00).
    const thisWeek = await showLeaderboard(deps(), { caller: ana, week: null });
    expect(thisWeek.board.week.startLocalDate).toBe("2026-11-23");
    expect(thisWeek.board.week.start.toISOString()).toBe("2026-11-23T05:00:00.000Z");
    expect(thisWeek.top.map((row) => [row.displayName, row.points, row.activeDays])).toEqual([
      ["Ben", 8, 2],
      ["Ana", 4, 1],
    ]);
    expect(thisWeek.caller).toMatchObject({ kind: "top", row: { rank: 2 } });

    const lastWeek = await showLeaderboard(deps(), { caller: ben, week: "last" });
    expect(lastWeek.board.week.startLocalDate).toBe("2026-11-16");
    expect(lastWeek.top.map((row) => [row.displayName, row.points, row.sets])).toEqual([["Ana", 5, 2]]);
    expect(lastWeek.caller).toEqual({ kind: "absent" });
  });

  it("uses UTC weeks for a club without /club", async () => {
    const other = { id: "400000000000000002", name: "Road club" };
    const dee = { ...clubCaller(5, "Dee"), guild: other };
    await logAt(dee, "2026-11-23T04:30:00Z"); // Monday 04:30 UTC: this week in UTC
    const view = await showLeaderboard(deps(), { caller: dee, week: "this" });
    expect(view.board.timeZone).toBe("UTC");
    expect(view.board.week.start.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(view.top.map((row) => row.displayName)).toEqual(["Dee"]);
  });

  it("leaves hidden members out and tells them so", async () => {
    await logAt(ana, "2026-11-24T12:00:00Z", 3);
    await logAt(ben, "2026-11-24T12:00:00Z", 1);
    clock.set("2026-11-25T22:00:00Z");
    await setLeaderboardHidden(deps(), ana, true);
    const view = await showLeaderboard(deps(), { caller: ana, week: "this" });
    expect(view.top.map((row) => row.displayName)).toEqual(["Ben"]);
    expect(view.caller).toEqual({ kind: "hidden" });
  });

  it("never changes points for pain reports", async () => {
    await logAt(ana, "2026-11-23T12:00:00Z", 2);
    await logAt(ana, "2026-11-24T12:00:00Z", 2);
    await logAt(ben, "2026-11-24T12:00:00Z", 3);
    const before = await showLeaderboard(deps(), { caller: ana, week: "this" });
    for (const severity of [2, 5, 8]) {
      await reportPain(deps(), {
        caller: ana,
        raw: { severity, location: "knee", drill: "flexed-knee" },
        interactionId: `pain-${severity}`,
        source: "command",
      });
    }
    const after = await showLeaderboard(deps(), { caller: ana, week: "this" });
    expect(after.board.rows).toEqual(before.board.rows);
  });

  it("counts a member's sets in every club they belong to, and nobody else's", async () => {
    const other = { id: "400000000000000002", name: "Road club" };
    await logAt({ ...ana, guild: other }, "2026-11-24T12:00:00Z", 2); // logged in the other server
    await logAt(clubCaller(6, "Eve"), "2026-11-24T12:00:00Z");
    await logAt({ ...clubCaller(7, "Fay"), guild: other }, "2026-11-24T12:00:00Z", 4);
    const view = await showLeaderboard(deps(), { caller: ana, week: "this" });
    expect(view.top.map((row) => row.displayName)).toEqual(["Ana", "Eve"]);
  });

  it("gives the caller's rank when they are outside the top 10", async () => {
    for (let n = 10; n < 22; n++) {
      await logAt(clubCaller(n, `Runner ${n}`), "2026-11-24T12:00:00Z", n - 8);
    }
    const slow = clubCaller(10, "Runner 10"); // 2 sets: last of 12
    const view = await showLeaderboard(deps(), { caller: slow, week: null });
    expect(view.top).toHaveLength(10);
    expect(view.caller).toMatchObject({ kind: "ranked", of: 12, row: { rank: 12, points: 5 } });
    expect(view.top[0]).toMatchObject({ points: 9 }); // capped at 6 sets a day, + 3
  });

  it("refuses a week other than this or last, and a call from outside a server", async () => {
    expect(await refusal(showLeaderboard(deps(), { caller: ana, week: "next" }))).toMatch(
      /this week or last week/,
    );
    expect(await refusal(showLeaderboard(deps(), { caller: { ...ana, guild: null }, week: null }))).toMatch(
      /run \/leaderboard in your club's server/,
    );
  });

  it("joins the caller to the club board on first use", async () => {
    await showLeaderboard(deps(), { caller: cy, week: null });
    const rows = await database.db.select().from(clubMembers).where(eq(clubMembers.userId, cy.userId));
    expect(rows).toHaveLength(1);
  });
});

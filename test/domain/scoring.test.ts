import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlights, type LeaderboardRow, type LevelUp, SCORING } from "../../src/domain/scoring.rules.js";
import { type ClubMember, type SetLog, scoreWeek } from "../support/scoring-reference.js";

/** The most a member can score on one local day. */
const MAX_DAY_POINTS = SCORING.dailySetCap * SCORING.pointsPerSet + SCORING.activeDayBonus;

const MON = Date.UTC(2026, 10, 23); // 2026-11-23, a Monday
const HOUR = 3_600_000;
const DATES = [
  "2026-11-23",
  "2026-11-24",
  "2026-11-25",
  "2026-11-26",
  "2026-11-27",
  "2026-11-28",
  "2026-11-29",
];

function member(userId: string, hidden = false): ClubMember {
  return { userId, displayName: `name-${userId}`, hidden };
}

function log(userId: string, day: number, sets: number, hour = 9): SetLog {
  return {
    userId,
    sets,
    loggedAt: new Date(MON + day * 24 * HOUR + hour * HOUR),
    localDate: DATES[day] as string,
  };
}

function pointsOf(rows: readonly LeaderboardRow[], userId: string): number | undefined {
  return rows.find((r) => r.userId === userId)?.points;
}

const userIds = ["1", "2", "3", "4", "5"];
const arbLog: fc.Arbitrary<SetLog> = fc
  .record({
    userId: fc.constantFrom(...userIds),
    day: fc.integer({ min: 0, max: 6 }),
    sets: fc.integer({ min: 1, max: 12 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  })
  .map(({ userId, day, sets, minute }) => ({
    userId,
    sets,
    loggedAt: new Date(MON + day * 24 * HOUR + minute * 60_000),
    localDate: DATES[day] as string,
  }));
const arbMembers = fc
  .array(fc.boolean(), { minLength: 5, maxLength: 5 })
  .map((hidden) => userIds.map((id, i) => member(id, hidden[i] ?? false)));

/** Straightforward reference: sort logs by time and replay the running score. */
function reference(logs: readonly SetLog[], members: readonly ClubMember[]) {
  const visible = new Set(members.filter((m) => !m.hidden).map((m) => m.userId));
  const hiddenIds = new Set(members.filter((m) => m.hidden).map((m) => m.userId));
  const out = new Map<string, { points: number; activeDays: number; sets: number; reachedAt: number }>();
  const sorted = [...logs].sort((a, b) => a.loggedAt.getTime() - b.loggedAt.getTime());
  const perDay = new Map<string, number>();
  for (const l of sorted) {
    if (!visible.has(l.userId) || hiddenIds.has(l.userId)) continue;
    const acc = out.get(l.userId) ?? { points: 0, activeDays: 0, sets: 0, reachedAt: 0 };
    const key = `${l.userId}|${l.localDate}`;
    const before = perDay.get(key) ?? 0;
    const after = before + l.sets;
    perDay.set(key, after);
    let gain =
      (Math.min(after, SCORING.dailySetCap) - Math.min(before, SCORING.dailySetCap)) * SCORING.pointsPerSet;
    if (before === 0) {
      gain += SCORING.activeDayBonus;
      acc.activeDays++;
    }
    acc.sets += l.sets;
    if (gain > 0) {
      acc.points += gain;
      acc.reachedAt = l.loggedAt.getTime();
    }
    out.set(l.userId, acc);
  }
  return out;
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const a = [...items];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

describe("SCORING table", () => {
  it("makes any single day worth less than seven 1-set days (and less than three)", () => {
    expect(MAX_DAY_POINTS).toBe(SCORING.dailySetCap * SCORING.pointsPerSet + SCORING.activeDayBonus);
    expect(3 * (SCORING.pointsPerSet + SCORING.activeDayBonus)).toBeGreaterThan(MAX_DAY_POINTS);
  });
});

describe("scoreWeek", () => {
  it("scores sets up to the daily cap plus a bonus per active day", () => {
    const rows = scoreWeek([log("1", 0, 2), log("1", 0, 10), log("1", 1, 1)], [member("1")]);
    expect(rows).toEqual([
      {
        rank: 1,
        userId: "1",
        displayName: "name-1",
        points: SCORING.dailySetCap + SCORING.activeDayBonus + 1 + SCORING.activeDayBonus,
        activeDays: 2,
        sets: 13,
        reachedAt: new Date(MON + 24 * HOUR + 9 * HOUR),
      },
    ]);
  });

  it("never gives more than the cap for one day's sets, whatever the logs", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 30 }), (sets) => {
        const rows = scoreWeek(
          sets.map((s, i) => log("1", 2, s, i % 24)),
          [member("1")],
        );
        expect(rows[0]?.points).toBeLessThanOrEqual(MAX_DAY_POINTS);
        expect(rows[0]?.points).toBe(
          Math.min(
            sets.reduce((a, b) => a + b, 0),
            SCORING.dailySetCap,
          ) *
            SCORING.pointsPerSet +
            SCORING.activeDayBonus,
        );
      }),
    );
  });

  it("consistency beats volume: one day at any volume < seven days of one set", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 6 }),
        (bulk, day) => {
          const logs = [
            ...bulk.map((s, i) => log("bulk", day, s, i % 24)),
            ...DATES.map((_, d) => log("steady", d, 1)),
          ];
          const rows = scoreWeek(logs, [member("bulk"), member("steady")]);
          expect(rows[0]?.userId).toBe("steady");
          expect(pointsOf(rows, "bulk")).toBeLessThan(pointsOf(rows, "steady") ?? 0);
        },
      ),
    );
  });

  it("matches a replay of the running score (points, active days, sets, reachedAt)", () => {
    fc.assert(
      fc.property(fc.array(arbLog, { maxLength: 80 }), arbMembers, (logs, members) => {
        const rows = scoreWeek(logs, members);
        const ref = reference(logs, members);
        expect(rows).toHaveLength(ref.size);
        for (const row of rows) {
          const r = ref.get(row.userId);
          expect(r).toBeDefined();
          expect(row.points).toBe(r?.points);
          expect(row.activeDays).toBe(r?.activeDays);
          expect(row.sets).toBe(r?.sets);
          expect(row.reachedAt.getTime()).toBe(r?.reachedAt);
        }
      }),
    );
  });

  it("has no pain input: the same logs give the same board, pain or not", () => {
    // Pain reports are not an argument of scoreWeek (compile-time guarantee); this documents it.
    expect(scoreWeek.length).toBe(2);
  });

  it("is a total, stable order: shuffling logs or members does not change the board", () => {
    fc.assert(
      fc.property(fc.array(arbLog, { maxLength: 60 }), arbMembers, fc.integer(), (logs, members, seed) => {
        const rows = scoreWeek(logs, members);
        expect(scoreWeek(shuffle(logs, seed), shuffle(members, seed + 1))).toEqual(rows);
        expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
        for (let i = 1; i < rows.length; i++) {
          const a = rows[i - 1] as LeaderboardRow;
          const b = rows[i] as LeaderboardRow;
          expect(a.points >= b.points).toBe(true);
          if (a.points === b.points) expect(a.activeDays >= b.activeDays).toBe(true);
        }
      }),
    );
  });

  it("leaves hidden members and non-members out entirely", () => {
    const rows = scoreWeek(
      [log("1", 0, 3), log("2", 0, 6), log("stranger", 0, 6)],
      [member("1"), member("2", true), member("1b")],
    );
    expect(rows.map((r) => r.userId)).toEqual(["1"]);
    // listed twice, once hidden: hidden wins whatever the order
    expect(scoreWeek([log("1", 0, 3)], [member("1"), member("1", true)])).toEqual([]);
    expect(scoreWeek([log("1", 0, 3)], [member("1", true), member("1")])).toEqual([]);
  });

  it("ignores logs of less than one set", () => {
    expect(scoreWeek([log("1", 0, 0), log("1", 1, -2), log("1", 2, Number.NaN)], [member("1")])).toEqual([]);
  });

  it("breaks ties by active days, then by who reached the score first, then by user id", () => {
    // Same points (12): A has three 1-set days, B two 3-set days; more active days first.
    const byDays = scoreWeek(
      [log("B", 0, 3), log("B", 1, 3), log("A", 0, 1), log("A", 1, 1), log("A", 2, 1)],
      [member("B"), member("A")],
    );
    expect(byDays.map((r) => [r.userId, r.points, r.activeDays])).toEqual([
      ["A", 12, 3],
      ["B", 12, 2],
    ]);

    // Same points and days: the one whose score became final first wins, even with a later
    // extra log that added nothing (past the cap).
    const byTime = scoreWeek(
      [log("X", 0, 6, 8), log("X", 0, 4, 23), log("Y", 0, 6, 10)],
      [member("X"), member("Y")],
    );
    expect(byTime.map((r) => r.userId)).toEqual(["X", "Y"]);
    expect(byTime[0]?.reachedAt).toEqual(new Date(MON + 8 * HOUR));

    // Everything equal: user id (numeric order for snowflakes).
    const byId = scoreWeek([log("10", 0, 2), log("9", 0, 2)], [member("10"), member("9")]);
    expect(byId.map((r) => r.userId)).toEqual(["9", "10"]);
  });

  it("finds when a capped day became final even when logs arrive out of order", () => {
    const rows = scoreWeek(
      [log("1", 0, 2, 20), log("1", 0, 1, 7), log("1", 0, 5, 12), log("1", 0, 1, 6)],
      [member("1")],
    );
    // in time order: 06:00 1, 07:00 2, 12:00 7 >= cap -> final at 12:00
    expect(rows[0]?.reachedAt).toEqual(new Date(MON + 12 * HOUR));
  });

  it("handles inputs spanning many local dates", () => {
    const logs: SetLog[] = [];
    for (let d = 0; d < 40; d++) {
      const date = new Date(MON + d * 24 * HOUR).toISOString().slice(0, 10);
      logs.push({ userId: "1", sets: 1, loggedAt: new Date(MON + d * 24 * HOUR), localDate: date });
      logs.push({ userId: "2", sets: 7, loggedAt: new Date(MON + d * 24 * HOUR + HOUR), localDate: date });
    }
    const rows = scoreWeek(logs, [member("1"), member("2")]);
    expect(pointsOf(rows, "1")).toBe(40 * (1 + SCORING.activeDayBonus));
    expect(pointsOf(rows, "2")).toBe(40 * MAX_DAY_POINTS);
    expect(rows.find((r) => r.userId === "2")?.reachedAt).toEqual(new Date(MON + 39 * 24 * HOUR + HOUR));
  });
});

describe("highlights", () => {
  const row = (userId: string, rank: number, points: number, activeDays: number): LeaderboardRow => ({
    rank,
    userId,
    displayName: `name-${userId}`,
    points,
    activeDays,
    sets: points,
    reachedAt: new Date(MON),
  });

  it("picks the most consistent (most active days, then points, then rank)", () => {
    const rows = [row("a", 1, 40, 5), row("b", 2, 30, 7), row("c", 3, 28, 7), row("d", 4, 28, 7)];
    expect(highlights(rows, [], []).mostConsistent?.userId).toBe("b");
    const tied = [row("c", 3, 28, 7), row("d", 4, 28, 7)];
    expect(highlights([...tied].reverse(), [], []).mostConsistent?.userId).toBe("c");
    expect(highlights([], [], []).mostConsistent).toBeUndefined();
  });

  it("picks the most improved among members with a baseline, only for a positive gain", () => {
    const now = [row("a", 1, 40, 5), row("b", 2, 30, 7), row("new", 3, 28, 7)];
    const last = [row("a", 1, 38, 5), row("b", 2, 12, 3)];
    expect(highlights(now, last, []).mostImproved).toEqual({ row: now[1], gain: 18 });
    expect(highlights(now, [row("a", 1, 50, 7)], []).mostImproved).toBeUndefined();
    // equal gains: better rank this week
    expect(highlights(now, [row("a", 1, 30, 5), row("b", 2, 20, 3)], []).mostImproved?.row.userId).toBe("a");
  });

  it("lists level-ups of members on this week's board only, in board order", () => {
    const now = [row("a", 1, 40, 5), row("b", 2, 30, 7)];
    const ups: LevelUp[] = [
      { userId: "b", drill: "straight-leg", level: 2, at: new Date(MON + HOUR) },
      { userId: "hidden", drill: "flexed-knee", level: 3, at: new Date(MON) },
      { userId: "a", drill: "flexed-knee", level: 2, at: new Date(MON + 2 * HOUR) },
    ];
    expect(highlights(now, [], ups).steppedUp).toEqual([
      { userId: "a", displayName: "name-a", drill: "flexed-knee", level: 2 },
      { userId: "b", displayName: "name-b", drill: "straight-leg", level: 2 },
    ]);
  });
});

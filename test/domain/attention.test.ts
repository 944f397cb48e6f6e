import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FATIGUE,
  fewerReminders,
  keptWhenHalved,
  nudgeDecision,
  plannedStreakWarnings,
  streakAtRisk,
} from "../../src/domain/attention.rules.js";
import { addDays } from "../../src/domain/local-time.rules.js";
import { HOUR_MS } from "../../src/domain/time-units.js";

const NOW = new Date("2026-11-24T12:00:00Z");
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR_MS);
/** Six reminders sent 4 hours apart, the newest 1 hour ago. */
const sixUnanswered = Array.from({ length: 6 }, (_, index) => ({
  sentAt: ago(1 + 4 * index),
  answered: false,
}));

const quiet = {
  paused: false,
  enrolledAt: ago(30 * 24),
  recentReminders: sixUnanswered,
  lastLogAt: ago(4 * 24),
  lastAnswerAt: ago(5 * 24),
  lastPauseAt: null,
  nudgedAt: null,
};

describe("the fatigue rule", () => {
  it.each([
    ["six unanswered and four days without a set", {}, { nudge: true }],
    ["paused", { paused: true }, { nudge: false, hold: "paused" }],
    ["nudged, nothing since", { nudgedAt: ago(48) }, { nudge: false, hold: "asked" }],
    ["nudged, then a log", { nudgedAt: ago(100), lastLogAt: ago(80) }, { nudge: true }],
    ["nudged, then an answer", { nudgedAt: ago(100), lastAnswerAt: ago(90) }, { nudge: true }],
    ["five unanswered", { recentReminders: sixUnanswered.slice(0, 5) }, { nudge: false, hold: "answering" }],
    [
      "the newest was answered",
      { recentReminders: [{ sentAt: ago(1), answered: true }, ...sixUnanswered.slice(1)] },
      { nudge: false, hold: "answering" },
    ],
    [
      "an answer to another reminder after the oldest",
      { lastAnswerAt: ago(10) },
      { nudge: false, hold: "answering" },
    ],
    ["a pause started after the oldest", { lastPauseAt: ago(10) }, { nudge: false, hold: "answering" }],
    ["a set two days ago, through /log", { lastLogAt: ago(48) }, { nudge: false, hold: "logging" }],
    [
      "never logged, enrolled two days ago",
      { lastLogAt: null, lastAnswerAt: null, enrolledAt: ago(48) },
      { nudge: false, hold: "logging" },
    ],
    [
      "never logged, enrolled four days ago",
      { lastLogAt: null, lastAnswerAt: null, enrolledAt: ago(96) },
      { nudge: true },
    ],
  ])("%s", (_name, change, expected) => {
    expect(nudgeDecision({ ...quiet, ...change }, NOW)).toEqual(expected);
  });

  const event = fc.oneof(
    fc.constant("unanswered" as const),
    fc.constant("answered" as const),
    fc.constant("log" as const),
    fc.constant("pause" as const),
    fc.constant("resume" as const),
  );

  /**
   * Plays a member's hours: each hour one event, then the rule, as the planner would apply it.
   * Returns the hours of the nudges and of the member's answers and logs.
   */
  function play(events: readonly (typeof event extends fc.Arbitrary<infer E> ? E : never)[]) {
    const start = new Date("2026-01-01T00:00:00Z").getTime();
    let facts = {
      ...quiet,
      enrolledAt: new Date(start),
      recentReminders: [] as typeof sixUnanswered,
      lastLogAt: null as Date | null,
      lastAnswerAt: null as Date | null,
      lastPauseAt: null as Date | null,
      nudgedAt: null as Date | null,
    };
    const nudges: number[] = [];
    const responses: number[] = [];
    const pausedHours: number[] = [];
    events.forEach((happened, hour) => {
      const now = new Date(start + (hour + 1) * 7 * HOUR_MS);
      if (happened === "unanswered" || happened === "answered") {
        const answered = happened === "answered";
        facts = {
          ...facts,
          recentReminders: [{ sentAt: now, answered }, ...facts.recentReminders].slice(0, 6),
        };
        if (answered) facts = { ...facts, lastAnswerAt: now };
        if (answered) responses.push(hour);
      }
      if (happened === "log") {
        facts = { ...facts, lastLogAt: now };
        responses.push(hour);
      }
      if (happened === "pause") facts = { ...facts, paused: true, lastPauseAt: now };
      if (happened === "resume") facts = { ...facts, paused: false };
      if (facts.paused) pausedHours.push(hour);
      if (nudgeDecision(facts, new Date(now.getTime() + 1)).nudge) {
        nudges.push(hour);
        facts = { ...facts, nudgedAt: new Date(now.getTime() + 1) };
      }
    });
    return { nudges, responses, pausedHours };
  }

  it("never nudges twice without an answer or a log in between, and never a paused member", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), (events) => {
        const { nudges, responses, pausedHours } = play(events);
        for (let index = 1; index < nudges.length; index++) {
          const [previous, next] = [nudges[index - 1] ?? 0, nudges[index] ?? 0];
          expect(responses.some((hour) => hour > previous && hour <= next)).toBe(true);
        }
        expect(nudges.filter((hour) => pausedHours.includes(hour))).toEqual([]);
      }),
    );
  });

  it("six unanswered reminders over three quiet days do nudge", () => {
    expect(play(Array(12).fill("unanswered")).nudges).toHaveLength(1);
  });
});

describe("halving", () => {
  it("keeps every other reminder of the day: half of them rounded up, never fewer than one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (perDay) => {
        const kept = Array.from({ length: perDay }, (_, slot) => slot).filter(keptWhenHalved);
        expect(kept.length).toBe(Math.ceil(perDay / 2));
        expect(kept.length).toBeGreaterThanOrEqual(1);
        expect(kept).toContain(0);
      }),
    );
  });

  it("the nudge's Fewer reminders halves per_day, or keeps every other explicit time", () => {
    expect(fewerReminders({ perDay: 4, times: null })).toEqual({ perDay: 2 });
    expect(fewerReminders({ perDay: 1, times: null })).toEqual({ perDay: 1 });
    expect(fewerReminders({ perDay: 5, times: null })).toEqual({ perDay: 3 });
    expect(fewerReminders({ perDay: 3, times: [450, 720, 1080] })).toEqual({ times: [450, 1080] });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (perDay) => {
        const fewer = fewerReminders({ perDay, times: null });
        expect("perDay" in fewer && fewer.perDay >= 1 && fewer.perDay <= perDay).toBe(true);
      }),
    );
  });
});

describe("the streak warning", () => {
  it("is planned at 21:00 local, across the spring and autumn clock changes", () => {
    const spring = plannedStreakWarnings(
      { userId: "u", timeZone: "Europe/London" },
      new Date("2026-03-28T20:00:00Z"),
    );
    expect(spring.map((row) => [row.localDate, row.dueAt.toISOString()])).toEqual([
      ["2026-03-28", "2026-03-28T21:00:00.000Z"],
      ["2026-03-29", "2026-03-29T20:00:00.000Z"],
    ]);
    const autumn = plannedStreakWarnings(
      { userId: "u", timeZone: "America/New_York" },
      new Date("2026-11-01T12:00:00Z"),
    );
    expect(autumn.map((row) => row.dueAt.toISOString())).toEqual(["2026-11-02T02:00:00.000Z"]);
  });

  it("plans each local date once however often planning runs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * 24 * 30 }), (minutes) => {
        const now = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000);
        const rows = plannedStreakWarnings({ userId: "u", timeZone: "Australia/Lord_Howe" }, now);
        expect(new Set(rows.map((row) => row.localDate)).size).toBe(rows.length);
        expect(
          rows.every((row) => row.dueAt > now && row.dueAt.getTime() - now.getTime() <= 26 * HOUR_MS),
        ).toBe(true);
        expect(rows.length).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  const TODAY = "2026-11-24";
  const days = (...offsets: number[]) => new Set(offsets.map((offset) => addDays(TODAY, offset)));
  it.each([
    ["three days up to yesterday, nothing today", days(-1, -2, -3), days(), 3],
    ["two days only", days(-1, -2), days(), null],
    ["already logged today", days(0, -1, -2, -3), days(), null],
    ["a pause in between keeps the streak", days(-1, -4, -5), days(-2, -3), 3],
    ["broken yesterday", days(-2, -3, -4), days(), null],
  ])("%s", (_name, practice, paused, expected) => {
    expect(streakAtRisk(practice, TODAY, paused)).toBe(expected);
  });

  it("the quiet days and the reminders in a row are those of the issue", () => {
    expect(FATIGUE).toEqual({ unansweredInARow: 6, quietDays: 3 });
  });
});

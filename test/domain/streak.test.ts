import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/local-time.rules.js";
import { currentStreak, pausedLocalDates } from "../../src/domain/streak.rules.js";

const TODAY = "2026-11-24";
const days = (...offsets: number[]) => new Set(offsets.map((offset) => addDays(TODAY, offset)));

describe("currentStreak", () => {
  it.each([
    ["no practice", days(), 0],
    ["today only", days(0), 1],
    ["yesterday only: still alive today", days(-1), 1],
    ["two days ago only: broken", days(-2), 0],
    ["five days in a row to today", days(0, -1, -2, -3, -4), 5],
    ["a gap ends it", days(0, -1, -3, -4), 2],
    ["across a year end", new Set(["2026-12-30", "2026-12-31", "2027-01-01"]), 3],
  ])("%s", (_name, practice, expected) => {
    const today = practice.has("2027-01-01") ? "2027-01-01" : TODAY;
    expect(currentStreak(practice, today)).toBe(expected);
  });

  it("a declared pause neither counts nor breaks the streak", () => {
    expect(currentStreak(days(0, -1, -5, -6), TODAY, days(-2, -3, -4))).toBe(4);
    expect(currentStreak(days(-4), TODAY, days(0, -1, -2, -3))).toBe(1);
  });

  it("never exceeds the number of practice days, and adding today never lowers it", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -60, max: 0 })), (offsets) => {
        const practice = days(...offsets);
        const streak = currentStreak(practice, TODAY);
        expect(streak).toBeLessThanOrEqual(practice.size);
        expect(currentStreak(new Set([...practice, TODAY]), TODAY)).toBeGreaterThanOrEqual(streak);
      }),
    );
  });
});

describe("pausedLocalDates", () => {
  it("covers every local date from a pause's start to its end, in the member's zone", () => {
    const dates = pausedLocalDates(
      [{ start: new Date("2026-11-20T23:30:00Z"), end: new Date("2026-11-23T01:00:00Z") }],
      "America/New_York",
    );
    expect([...dates]).toEqual(["2026-11-20", "2026-11-21", "2026-11-22"]);
  });
});

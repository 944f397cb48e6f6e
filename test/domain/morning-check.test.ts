import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDateAt } from "../../src/domain/local-time.rules.js";
import {
  episodeAwaitingChecks,
  episodeCheckTimes,
  isRepeatCheck,
  morningCheckMinutes,
  nextMorningCheck,
} from "../../src/domain/morning-check.rules.js";
import { groupEpisodes } from "../../src/domain/pain-episodes.rules.js";
import { pastReport } from "../support/pain-history.js";

/** 08:00: the check's time without a reminder window. */
const DEFAULT_MORNING_MINUTES = 8 * 60;
/** Pain must settle overnight before the check. */
const MIN_HOURS_BEFORE_MORNING_CHECK = 6;

describe("morningCheckMinutes", () => {
  it.each([
    ["no window", null, DEFAULT_MORNING_MINUTES],
    ["a window containing 08:00", { windowStart: 420, windowEnd: 1260, times: null }, 480],
    ["a window starting after 08:00", { windowStart: 600, windowEnd: 1200, times: null }, 600],
    ["a night window crossing midnight", { windowStart: 1320, windowEnd: 120, times: null }, 1320],
    ["explicit times: the first of them", { windowStart: null, windowEnd: null, times: [1080, 450] }, 450],
  ])("%s", (_name, window, expected) => {
    expect(morningCheckMinutes(window)).toBe(expected);
  });
});

describe("nextMorningCheck", () => {
  it("an evening report is checked the next morning at 08:00 local", () => {
    const check = nextMorningCheck(new Date("2026-11-24T21:00:00-07:00"), "America/Denver", 480);
    expect(check).toEqual({ localDate: "2026-11-25", dueAt: new Date("2026-11-25T08:00:00-07:00") });
  });

  it("a report in the small hours is checked the same morning, if 6 hours away", () => {
    const check = nextMorningCheck(new Date("2026-11-24T01:30:00Z"), "Europe/London", 480);
    expect(check.localDate).toBe("2026-11-24");
    expect(nextMorningCheck(new Date("2026-11-24T03:00:00Z"), "Europe/London", 480).localDate).toBe(
      "2026-11-25",
    );
  });

  it("lands on the spring-forward morning too", () => {
    // Clocks go forward at 02:00 on 8 March 2026 in New York; 08:00 exists and is EDT.
    const check = nextMorningCheck(new Date("2026-03-07T22:00:00-05:00"), "America/New_York", 480);
    expect(check.dueAt.toISOString()).toBe("2026-03-08T12:00:00.000Z");
  });

  it("is always at least 6 hours ahead and within about a day and a half, in any zone", () => {
    const zones = ["UTC", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2026-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 1439 }),
        (now, zone, minutes) => {
          const check = nextMorningCheck(now, zone, minutes);
          const ahead = check.dueAt.getTime() - now.getTime();
          expect(ahead).toBeGreaterThanOrEqual(MIN_HOURS_BEFORE_MORNING_CHECK * 3_600_000);
          expect(ahead).toBeLessThanOrEqual(32 * 3_600_000);
          expect(localDateAt(check.dueAt, zone)).toBe(check.localDate);
        },
      ),
    );
  });
});

describe("the checks of an episode", () => {
  const zone = "Europe/Madrid";
  const evening = new Date("2026-11-24T20:00:00+01:00");

  it("every morning from the next one to the seventh after the report", () => {
    const checks = episodeCheckTimes(evening, zone, 480, "2026-11-24", false);
    expect(checks.map((check) => check.localDate)).toEqual([
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
    ]);
    expect(checks[0]?.dueAt).toEqual(new Date("2026-11-25T08:00:00+01:00"));
  });

  it("from a later answer, only the rest of the week; past it, none, or the next one when asked", () => {
    const friday = new Date("2026-11-27T08:05:00+01:00");
    expect(episodeCheckTimes(friday, zone, 480, "2026-11-24", false).map((c) => c.localDate)).toEqual([
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
    ]);
    const lastMorning = new Date("2026-12-01T08:05:00+01:00");
    expect(episodeCheckTimes(lastMorning, zone, 480, "2026-11-24", false)).toEqual([]);
    expect(episodeCheckTimes(lastMorning, zone, 480, "2026-11-24", true)).toEqual([
      { localDate: "2026-12-02", dueAt: new Date("2026-12-02T08:00:00+01:00") },
    ]);
  });

  it("asks again, rather than about last night, after an answer or when last night had no report", () => {
    const report = { localDate: "2026-11-24", morningAnswer: false };
    expect(isRepeatCheck(report, "2026-11-25")).toBe(false);
    expect(isRepeatCheck(report, "2026-11-26")).toBe(true);
    expect(isRepeatCheck({ ...report, morningAnswer: true }, "2026-11-25")).toBe(true);
  });

  it("the mornings pass to the most recent episode not settled within its week", () => {
    const now = new Date("2026-11-27T08:00:00Z");
    const settled = [
      pastReport(now, 1, 40, { location: "calf" }),
      pastReport(now, 2, 10, { location: "calf", episodeId: 1, morningAnswer: true, severity: 1 }),
    ];
    const waiting = [
      pastReport(now, 3, 60),
      pastReport(now, 4, 30, { episodeId: 3, morningAnswer: true, severity: 3 }),
    ];
    const old = [pastReport(now, 5, 9 * 24, { location: "hip" })];
    const today = "2026-11-27";
    expect(episodeAwaitingChecks(groupEpisodes([...settled, ...waiting, ...old]), today)?.id).toBe(3);
    expect(episodeAwaitingChecks(groupEpisodes([...settled, ...old]), today)).toBeNull();
  });
});

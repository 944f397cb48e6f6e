import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDateAt } from "../../src/domain/local-time.rules.js";
import { morningCheckMinutes, nextMorningCheck } from "../../src/domain/morning-check.rules.js";
import { decideMorningCheck, MORNING_BANDS, PAIN_RULES } from "../../src/domain/pain.rules.js";
import { painBand } from "../support/pain.js";

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

/** The answer to the check: what "better, same or worse than last night" does to the plan. */
describe("next-morning check", () => {
  it("maps the quick buttons to the lower bound of each band", () => {
    expect(PAIN_RULES.morning.severity).toEqual({ none: 0, "1-2": 1, "3-5": 3, "6+": 6 });
    for (const band of MORNING_BANDS) {
      expect(decideMorningCheck({ eveningSeverity: 0, morningBand: band }).severity).toBe(
        PAIN_RULES.morning.severity[band],
      );
    }
  });

  it.each([
    [0, "none", "settled"],
    [4, "none", "settled"],
    [2, "1-2", "same"],
    [1, "1-2", "same"],
    [4, "3-5", "same"],
    [6, "1-2", "same"],
    [8, "6+", "same"],
    [0, "1-2", "worse"],
    [0, "3-5", "worse"],
    [2, "3-5", "worse"],
    [5, "6+", "worse"],
  ] as const)("evening %i, morning %s -> %s", (eveningSeverity, morningBand, outcome) => {
    const result = decideMorningCheck({ eveningSeverity, morningBand });
    expect(result.outcome).toBe(outcome);
    expect(result.decision === null).toBe(outcome !== "worse");
  });

  it("worse backs off like the matching /pain band", () => {
    const cases = [
      ["1-2", { kind: "hold", hours: 48 }],
      ["3-5", { kind: "step-down", hours: 72 }],
      ["6+", { kind: "reset", hours: 168 }],
    ] as const;
    for (const [morningBand, backOff] of cases) {
      const result = decideMorningCheck({ eveningSeverity: 0, morningBand, drill: "flexed-knee" });
      expect(result.decision?.plan).toEqual({ drills: ["flexed-knee"], backOff });
      expect(result.decision?.band).toBe(painBand(PAIN_RULES.morning.severity[morningBand]));
    }
    expect(decideMorningCheck({ eveningSeverity: 0, morningBand: "6+" }).decision?.advisePhysician).toBe(
      true,
    );
  });

  it("worse uses the history for escalation", () => {
    const checkedAt = new Date("2025-06-10T19:00:00Z");
    const result = decideMorningCheck({
      eveningSeverity: 2,
      morningBand: "3-5",
      drill: "straight-leg",
      location: "knee",
      history: {
        checkedAt,
        recent: [
          { severity: 2, location: "knee", reportedAt: new Date(checkedAt.getTime() - 12 * 3_600_000) },
        ],
      },
    });
    expect(result.decision?.escalation).toEqual({ reasons: ["rising"] });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MORNING_MINUTES,
  MIN_HOURS_BEFORE_MORNING_CHECK,
  morningCheckMinutes,
  nextMorningCheck,
} from "../../src/domain/morning-check.js";
import { localDateAt } from "../../src/domain/schedule.js";

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

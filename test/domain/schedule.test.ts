import fc from "fast-check";
import { DateTime, IANAZone, Settings } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { addDays, isoWeekday, localDateAt, wallTimeToInstant } from "../../src/domain/local-time.rules.js";
import type { Problem } from "../../src/domain/result.js";
import { type ScheduleSettings, validateSchedule, windowLength } from "../../src/domain/schedule.rules.js";
import { localDatesToPlan, nextReminders, type planDates } from "../../src/domain/schedule-plan.rules.js";

type PlannedSlot = ReturnType<typeof planDates>[number];

import { formatClockTime } from "../../src/domain/time-input.rules.js";
import { planDay, plannedBetween, planRange } from "../support/schedule-plans.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

const MAIN_ZONES = [
  "America/New_York",
  "Europe/London",
  "Australia/Sydney",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "UTC",
];
const MORE_ZONES = [
  "America/Los_Angeles",
  "America/Denver",
  "America/Phoenix",
  "America/Santiago", // changes at midnight
  "America/Havana", // changes at midnight
  "America/Asuncion",
  "Asia/Beirut", // changes at midnight
  "Europe/Berlin",
  "Europe/Dublin",
  "Africa/Casablanca", // Ramadan changes, two gaps a year
  "Pacific/Auckland",
  "Antarctica/Troll", // two-hour gap
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Asia/Tehran",
];
const ZONES = [...MAIN_ZONES, ...MORE_ZONES];

/** Local dates on which the zone's UTC offset changes (and the day before, for windows crossing midnight). */
function clockChangeDates(zone: string, years: readonly number[]): string[] {
  const z = IANAZone.create(zone);
  const out = new Set<string>();
  for (const year of years) {
    let t = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    while (t < end) {
      const next = t + 6 * HOUR;
      if (z.offset(t) !== z.offset(next)) {
        let lo = t;
        let hi = next;
        while (hi - lo > MIN) {
          const mid = lo + Math.floor((hi - lo) / 2 / MIN) * MIN;
          if (z.offset(mid) === z.offset(lo)) lo = mid;
          else hi = mid;
        }
        const date = localDateAt(new Date(hi), zone);
        out
          .add(addDays(date, -1))
          .add(date)
          .add(localDateAt(new Date(lo), zone));
      }
      t = next;
    }
  }
  return [...out].sort();
}

const CHANGE_DATES: ReadonlyMap<string, readonly string[]> = new Map(
  ZONES.map((z) => [z, clockChangeDates(z, [2026, 2027])]),
);

describe("clock-change dates used by the properties", () => {
  it.each([
    ["America/New_York", ["2026-03-08", "2026-11-01", "2027-03-14", "2027-11-07"]],
    ["Europe/London", ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"]],
    ["Australia/Sydney", ["2026-04-05", "2026-10-04", "2027-04-04", "2027-10-03"]],
    ["Pacific/Chatham", ["2026-04-05", "2026-09-27", "2027-04-04", "2027-09-26"]],
    ["Australia/Lord_Howe", ["2026-04-05", "2026-10-04"]],
    ["America/St_Johns", ["2026-03-08", "2026-11-01"]],
  ])("%s includes %j", (zone, dates) => {
    for (const d of dates) expect(CHANGE_DATES.get(zone)).toContain(d);
  });

  it("no-DST zones have none", () => {
    expect(CHANGE_DATES.get("Asia/Kolkata")).toEqual([]);
    expect(CHANGE_DATES.get("UTC")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Helpers for the properties

function settings(partial: Partial<ScheduleSettings> = {}): ScheduleSettings {
  return {
    timeZone: "Europe/London",
    windowStart: 7 * 60,
    windowEnd: 21 * 60,
    perDay: 4,
    times: null,
    days: ALL_DAYS,
    ...partial,
  };
}

/** Wall-clock minutes since midnight of `localDate` at which the zone's clock shows `instant`. */
function wallMinutesSince(localDate: string, instant: number, zone: string): number {
  const offset = IANAZone.create(zone).offset(instant);
  const [y, m, d] = localDate.split("-").map(Number) as [number, number, number];
  return (instant + offset * MIN - Date.UTC(y, m - 1, d)) / MIN;
}

/** Intended minutes after midnight of the plan date (past 1439 for the part after midnight). */
function intendedMinutes(s: ScheduleSettings, slot: PlannedSlot): number {
  const [h, m] = slot.localTime.split(":").map(Number) as [number, number];
  const minutes = h * 60 + m;
  if (s.times === null && minutes < s.windowStart) return minutes + 1440;
  return minutes;
}

const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const dateArb = fc
  .integer({ min: Date.UTC(2024, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
  .map((day) => utcDate(day * 86_400_000));

const zoneArb = fc.constantFrom(...ZONES);

/** A zone with a date that is often one of its clock-change days. */
const zoneDateArb = zoneArb.chain((zone) => {
  const changes = CHANGE_DATES.get(zone) ?? [];
  return fc.tuple(
    fc.constant(zone),
    changes.length > 0 ? fc.oneof(fc.constantFrom(...changes), dateArb) : dateArb,
  );
});

const minuteArb = fc.integer({ min: 0, max: 1439 });

/** Valid settings: a window (possibly crossing midnight) with as many reminders as it holds, or explicit times. */
function settingsArb(zone: string, maxWindow = 1439): fc.Arbitrary<ScheduleSettings> {
  const days = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 });
  const spread = fc
    .tuple(minuteArb, fc.integer({ min: 1, max: maxWindow }), fc.nat(), days)
    .map(([start, length, n, d]): ScheduleSettings => {
      const capacity = Math.min(12, Math.floor(length / 45) + 1);
      return {
        timeZone: zone,
        windowStart: start,
        windowEnd: (start + length) % 1440,
        perDay: 1 + (n % capacity),
        times: null,
        days: d,
      };
    });
  const explicit = fc
    .tuple(
      fc.integer({ min: 0, max: 1439 - 45 }),
      fc.array(fc.integer({ min: 45, max: 300 }), { maxLength: 11 }),
      days,
    )
    .map(([first, gaps, d]): ScheduleSettings => {
      const times = [first];
      for (const g of gaps) {
        const next = (times[times.length - 1] as number) + g;
        if (next > 1439) break;
        times.push(next);
      }
      return { timeZone: zone, windowStart: 0, windowEnd: 60, perDay: 1, times, days: d };
    });
  return fc.oneof(spread, explicit);
}

const caseArb = zoneDateArb.chain(([zone, date]) =>
  fc.tuple(settingsArb(zone), fc.constant(date), fc.string({ maxLength: 12 })),
);

/** True when the zone's wall clock shows these minutes of `localDate` at some instant. */
function wallTimeExists(localDate: string, minutes: number, zone: string): boolean {
  const z = IANAZone.create(zone);
  const [y, m, d] = localDate.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d) + minutes * MIN;
  for (let h = -15; h <= 15; h += 1) {
    const o = z.offset(naive + h * HOUR);
    if (z.offset(naive - o * MIN) === o) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

describe("wallTimeToInstant", () => {
  afterEach(() => {
    Settings.now = () => Date.now();
  });

  it.each([
    // spring forward: shifted by the length of the gap
    ["America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00.000Z", "03:30"],
    ["America/New_York", "2026-03-08", "02:00", "2026-03-08T07:00:00.000Z", "03:00"],
    ["America/New_York", "2026-03-08", "03:00", "2026-03-08T07:00:00.000Z", "03:00"],
    ["America/New_York", "2026-03-08", "01:59", "2026-03-08T06:59:00.000Z", "01:59"],
    ["Europe/London", "2026-03-29", "01:30", "2026-03-29T01:30:00.000Z", "02:30"],
    ["Australia/Sydney", "2026-10-04", "02:30", "2026-10-03T16:30:00.000Z", "03:30"],
    ["Pacific/Chatham", "2026-09-27", "02:50", "2026-09-26T14:05:00.000Z", "03:50"],
    ["Pacific/Chatham", "2026-09-27", "03:30", "2026-09-26T14:45:00.000Z", "04:30"],
    ["Australia/Lord_Howe", "2026-10-04", "02:10", "2026-10-03T15:40:00.000Z", "02:40"],
    ["America/St_Johns", "2026-03-08", "02:30", "2026-03-08T06:00:00.000Z", "03:30"],
    ["Antarctica/Troll", "2026-03-29", "02:00", "2026-03-29T02:00:00.000Z", "04:00"],
    // fall back: the first occurrence
    ["America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00.000Z", "01:30"],
    ["America/New_York", "2026-11-01", "01:00", "2026-11-01T05:00:00.000Z", "01:00"],
    ["America/New_York", "2026-11-01", "02:00", "2026-11-01T07:00:00.000Z", "02:00"],
    ["Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00.000Z", "01:30"],
    ["Australia/Sydney", "2026-04-05", "02:30", "2026-04-04T15:30:00.000Z", "02:30"],
    ["Pacific/Chatham", "2026-04-05", "03:00", "2026-04-04T13:15:00.000Z", "03:00"],
    ["Australia/Lord_Howe", "2026-04-05", "01:45", "2026-04-04T14:45:00.000Z", "01:45"],
    ["America/St_Johns", "2026-11-01", "01:30", "2026-11-01T04:00:00.000Z", "01:30"],
    // ordinary
    ["Asia/Kolkata", "2026-03-08", "07:30", "2026-03-08T02:00:00.000Z", "07:30"],
    ["UTC", "2026-03-08", "07:30", "2026-03-08T07:30:00.000Z", "07:30"],
  ])("%s %s %s -> %s (wall %s)", (zone, date, time, iso, wall) => {
    const [h, m] = time.split(":").map(Number) as [number, number];
    const instant = wallTimeToInstant(date, h * 60 + m, zone);
    expect(instant.toISOString()).toBe(iso);
    expect(DateTime.fromJSDate(instant, { zone }).toFormat("HH:mm")).toBe(wall);
  });

  it("does not depend on the system clock (Luxon's fromObject does, for ambiguous times)", () => {
    const date = { year: 2026, month: 11, day: 1, hour: 1, minute: 30 };
    const summer = Date.UTC(2026, 6, 1);
    const winter = Date.UTC(2026, 0, 15);
    Settings.now = () => summer;
    const luxonSummer = DateTime.fromObject(date, { zone: "America/New_York" }).toMillis();
    const oursSummer = wallTimeToInstant("2026-11-01", 90, "America/New_York").getTime();
    Settings.now = () => winter;
    const luxonWinter = DateTime.fromObject(date, { zone: "America/New_York" }).toMillis();
    const oursWinter = wallTimeToInstant("2026-11-01", 90, "America/New_York").getTime();
    // The surprise this module works around: Luxon picks EDT in summer and EST in winter.
    expect(luxonSummer).not.toBe(luxonWinter);
    expect(oursSummer).toBe(oursWinter);
    expect(oursSummer).toBe(Math.min(luxonSummer, luxonWinter));
  });

  it("minutes past 1439 continue into the next day", () => {
    expect(wallTimeToInstant("2026-12-31", 1440 + 90, "UTC").toISOString()).toBe("2027-01-01T01:30:00.000Z");
  });

  it("rejects bad dates and zones", () => {
    expect(() => wallTimeToInstant("2026-02-30", 0, "UTC")).toThrow(RangeError);
    expect(() => wallTimeToInstant("2026-2-3", 0, "UTC")).toThrow(RangeError);
    expect(() => wallTimeToInstant("2026-02-03", 0, "Mars/Base")).toThrow(RangeError);
  });

  it("property: the wall clock shows the time (or it is the gap-shifted time), first occurrence", () => {
    fc.assert(
      fc.property(zoneDateArb, fc.integer({ min: 0, max: 1439 }), ([zone, date], minutes) => {
        const instant = wallTimeToInstant(date, minutes, zone).getTime();
        const shown = wallMinutesSince(date, instant, zone);
        if (wallTimeExists(date, minutes, zone)) {
          expect(shown).toBe(minutes);
          // no earlier instant within 3 hours shows the same wall time
          for (let back = 15; back <= 180; back += 15) {
            expect(wallMinutesSince(date, instant - back * MIN, zone)).not.toBe(minutes);
          }
        } else {
          const z = IANAZone.create(zone);
          const gap = z.offset(instant) - z.offset(instant - 3 * HOUR);
          expect(gap).toBeGreaterThan(0);
          expect(shown).toBe(minutes + gap);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("validateSchedule", () => {
  it("accepts and normalises", () => {
    expect(
      validateSchedule(settings({ timeZone: "europe/kiev", days: new Set([5, 1, 1]), times: [720, 450] })),
    ).toEqual({
      ok: true,
      value: settings({ timeZone: "Europe/Kyiv", days: [1, 5], times: [450, 720] }),
    });
  });

  it.each<[Partial<ScheduleSettings>, Problem]>([
    [
      { timeZone: "Amerca/Denvr" },
      {
        code: "schedule.timezone-suggest",
        params: { input: "Amerca/Denvr", suggestions: "America/Denver", count: 1 },
      },
    ],
    [{ timeZone: " " }, { code: "schedule.timezone-empty" }],
    [
      { windowStart: 420, windowEnd: 420 },
      { code: "schedule.window-empty", params: { start: "07:00" } },
    ],
    [
      { windowStart: 420, windowEnd: 480, perDay: 3 },
      {
        code: "schedule.window-too-small",
        params: { start: "07:00", end: "08:00", length: 60, count: 2, gap: 45, perDay: 3, needed: 90 },
      },
    ],
    [
      { windowStart: 420, windowEnd: 450, perDay: 2 },
      {
        code: "schedule.window-too-small",
        params: { start: "07:00", end: "07:30", length: 30, count: 1, gap: 45, perDay: 2, needed: 45 },
      },
    ],
    [{ perDay: 0 }, { code: "schedule.per-day", params: { max: 12 } }],
    [{ perDay: 13 }, { code: "schedule.per-day", params: { max: 12 } }],
    [{ perDay: 2.5 }, { code: "schedule.per-day", params: { max: 12 } }],
    [{ days: [] }, { code: "schedule.days-empty" }],
    [{ days: [0] }, { code: "schedule.days-invalid" }],
    [{ windowStart: 1440 }, { code: "schedule.window-invalid" }],
    [
      { times: [450, 480] },
      { code: "schedule.times-too-close", params: { earlier: "07:30", later: "08:00", apart: 30, min: 45 } },
    ],
    [{ times: [] }, { code: "schedule.times-empty" }],
    [{ times: [1440] }, { code: "schedule.times-invalid" }],
  ])("rejects %j", (partial, problem) => {
    expect(validateSchedule(settings(partial))).toEqual({ ok: false, problem });
  });

  it.each<[number, number, number]>([
    [420, 420 + 45 * 11, 12],
    [1380, 60, 3], // 23:00-01:00 crosses midnight: 120 minutes
    [0, 1439, 12],
    [600, 601, 1],
  ])("window %i-%i holds %i", (start, end, n) => {
    expect(validateSchedule(settings({ windowStart: start, windowEnd: end, perDay: n })).ok).toBe(true);
    if (n < 12)
      expect(validateSchedule(settings({ windowStart: start, windowEnd: end, perDay: n + 1 })).ok).toBe(
        false,
      );
  });

  it("explicit times ignore the window", () => {
    expect(
      validateSchedule(settings({ windowStart: 420, windowEnd: 420, perDay: 12, times: [600] })).ok,
    ).toBe(true);
  });
});

describe("planDay examples", () => {
  it("spreads evenly from the start to the end of the window, jittered a few minutes", () => {
    const plan = planDay(settings({ perDay: 4 }), "2026-06-10", "member-1");
    expect(plan.map((p) => p.slot)).toEqual([0, 1, 2, 3]);
    const bases = [420, 700, 980, 1260];
    plan.forEach((p, i) => {
      const m = intendedMinutes(settings(), p);
      expect(Math.abs(m - (bases[i] as number))).toBeLessThanOrEqual(5);
      expect(p.localDate).toBe("2026-06-10");
      expect(p.dueAt.getTime()).toBe(wallTimeToInstant("2026-06-10", m, "Europe/London").getTime());
    });
  });

  it("a full window gets no jitter", () => {
    const plan = planDay(settings({ windowStart: 600, windowEnd: 780, perDay: 5 }), "2026-06-10", "x");
    expect(plan.map((p) => p.localTime)).toEqual(["10:00", "10:45", "11:30", "12:15", "13:00"]);
  });

  it("one reminder a day goes near the middle", () => {
    const [only, ...rest] = planDay(settings({ perDay: 1 }), "2026-06-10", "x");
    expect(rest).toEqual([]);
    expect(Math.abs(intendedMinutes(settings(), only as PlannedSlot) - 840)).toBeLessThanOrEqual(5);
  });

  it("same seed -> same plan; the seed varies the minutes", () => {
    const s = settings({ perDay: 6 });
    expect(planDay(s, "2026-06-10", "a")).toEqual(planDay(s, "2026-06-10", "a"));
    const seeds = Array.from({ length: 20 }, (_, i) => planDay(s, "2026-06-10", `m${i}`)[2]?.localTime);
    expect(new Set(seeds).size).toBeGreaterThan(3);
  });

  it("explicit times: exactly those, in order, no jitter", () => {
    const plan = planDay(settings({ times: [450, 720, 1095] }), "2026-06-10", "x");
    expect(plan.map((p) => [p.slot, p.localTime])).toEqual([
      [0, "07:30"],
      [1, "12:00"],
      [2, "18:15"],
    ]);
    expect(plan.map((p) => p.dueAt.toISOString())).toEqual([
      "2026-06-10T06:30:00.000Z",
      "2026-06-10T11:00:00.000Z",
      "2026-06-10T17:15:00.000Z",
    ]);
  });

  it("only on chosen days: the weekday of the window start decides", () => {
    // 22:00-02:00 on Fridays only; 2026-06-12 is a Friday.
    const s = settings({ windowStart: 1320, windowEnd: 120, perDay: 3, days: [5] });
    expect(isoWeekday("2026-06-12")).toBe(5);
    const friday = planDay(s, "2026-06-12", "x");
    expect(friday).toHaveLength(3);
    expect(friday.every((p) => p.localDate === "2026-06-12")).toBe(true);
    expect(friday[2]?.localTime).toBe("02:00");
    expect(friday[2]?.dueAt.toISOString()).toBe("2026-06-13T01:00:00.000Z"); // Saturday 02:00 BST
    expect(planDay(s, "2026-06-13", "x")).toEqual([]);
    expect(planDay(s, "2026-06-11", "x")).toEqual([]);
  });

  it("spring forward 02:30 -> 03:30 (America/New_York, 2026-03-08)", () => {
    const plan = planDay(settings({ timeZone: "America/New_York", times: [150, 480] }), "2026-03-08", "x");
    expect(plan[0]?.localTime).toBe("02:30");
    expect(plan[0]?.dueAt.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(DateTime.fromJSDate(plan[0]?.dueAt as Date, { zone: "America/New_York" }).toFormat("HH:mm")).toBe(
      "03:30",
    );
  });

  it("fall back 01:30 fires once, at the first occurrence (Europe/London, 2026-10-25)", () => {
    const plan = planRange(settings({ times: [90] }), "2026-10-24", 3, "x");
    expect(plan.map((p) => p.dueAt.toISOString())).toEqual([
      "2026-10-24T00:30:00.000Z",
      "2026-10-25T00:30:00.000Z", // 01:30 BST; 01:30 GMT an hour later gets nothing
      "2026-10-26T01:30:00.000Z",
    ]);
  });

  it("a gap-shifted reminder that would collide with the next one fires one minute before it", () => {
    // 02:15 does not exist: shifted to 03:15 EDT, which is also the next reminder's time.
    const plan = planDay(
      settings({ timeZone: "America/New_York", times: [135, 195, 600] }),
      "2026-03-08",
      "x",
    );
    expect(plan.map((p) => p.dueAt.toISOString())).toEqual([
      "2026-03-08T07:15:00.000Z",
      "2026-03-08T07:16:00.000Z",
      "2026-03-08T14:00:00.000Z",
    ]);
    expect(plan.map((p) => p.localTime)).toEqual(["02:15", "03:15", "10:00"]);
  });

  it("two reminders inside the gap keep their order and spacing", () => {
    const plan = planDay(settings({ timeZone: "America/New_York", times: [130, 175] }), "2026-03-08", "x");
    expect(
      plan.map((p) => DateTime.fromJSDate(p.dueAt, { zone: "America/New_York" }).toFormat("HH:mm")),
    ).toEqual(["03:10", "03:55"]);
  });

  it("throws on invalid settings", () => {
    expect(() => planDay(settings({ perDay: 99 }), "2026-06-10", "x")).toThrow(RangeError);
  });
});

describe("planDay properties (many zones, clock-change days of 2026-2027, random dates)", () => {
  it("count, window, wall times, DST rules, spacing, order, determinism", () => {
    fc.assert(
      fc.property(caseArb, ([s, date, seed]) => {
        const plan = planDay(s, date, seed);
        const chosen = (s.days as readonly number[]).includes(isoWeekday(date));
        if (!chosen) {
          expect(plan).toEqual([]);
          return;
        }
        const expected = s.times === null ? s.perDay : s.times.length;
        expect(plan).toHaveLength(expected);
        expect(planDay(s, date, seed)).toEqual(plan);
        const zone = IANAZone.create(s.timeZone);
        let previousIntended = Number.NEGATIVE_INFINITY;
        let previousDue = Number.NEGATIVE_INFINITY;
        plan.forEach((p, i) => {
          expect(p.slot).toBe(i);
          expect(p.localDate).toBe(date);
          const intended = intendedMinutes(s, p);
          // inside the window / exactly the explicit times
          if (s.times === null) {
            expect(intended).toBeGreaterThanOrEqual(s.windowStart);
            expect(intended).toBeLessThanOrEqual(s.windowStart + windowLength(s.windowStart, s.windowEnd));
          } else {
            expect(formatClockTime(intended)).toBe(formatClockTime(s.times[i] as number));
          }
          // wall-clock spacing of the intended times
          expect(intended - previousIntended).toBeGreaterThanOrEqual(45);
          // when it fires: the intended wall time (first occurrence), or the gap-shifted one, or
          // one minute after the previous reminder when the shift would overtake it
          const due = p.dueAt.getTime();
          const shown = wallMinutesSince(date, due, s.timeZone);
          const natural = wallTimeToInstant(date, intended, s.timeZone).getTime();
          if (due !== natural) {
            // repaired: the natural instant would not have come after the previous reminder
            expect(due).toBe(previousDue + MIN);
            expect(natural).toBeLessThanOrEqual(previousDue);
          } else if (wallTimeExists(date, intended, s.timeZone)) {
            expect(shown).toBe(intended);
            for (let back = 15; back <= 180; back += 15) {
              expect(wallMinutesSince(date, due - back * MIN, s.timeZone)).not.toBe(intended);
            }
          } else {
            const gap = zone.offset(due) - zone.offset(due - 3 * HOUR);
            expect(gap).toBeGreaterThan(0);
            expect(shown).toBe(intended + gap);
          }
          // real spacing: >= 45 minutes unless a gap lies in between, then >= max(1, 45 - gap)
          if (i > 0) {
            const gap = Math.max(0, zone.offset(due) - zone.offset(previousDue - 3 * HOUR));
            expect(due - previousDue).toBeGreaterThanOrEqual(Math.max(1, 45 - gap) * MIN);
          }
          previousIntended = intended;
          previousDue = due;
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("only the seed, date and slot move the jitter: a date's plan does not depend on the range planned", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 5 }), ([s, date, seed], before) => {
        const range = planRange(s, addDays(date, -before), before + 1, seed);
        expect(range.filter((p) => p.localDate === date)).toEqual(planDay(s, date, seed));
      }),
      { numRuns: 300 },
    );
  });
});

describe("planRange over consecutive days", () => {
  it("each (date, slot) exactly once, every chosen day planned, instants strictly increasing", () => {
    const rangeArb = zoneArb.chain((zone) =>
      fc.tuple(
        // leave at least 3 hours between windows so a gap shift (at most 2 hours) cannot overtake
        settingsArb(zone, 1440 - 180),
        fc.oneof(
          fc.constantFrom(...[...(CHANGE_DATES.get(zone) ?? []), "2026-03-01"].map((d) => addDays(d, -3))),
          dateArb,
        ),
        fc.integer({ min: 1, max: 40 }),
        fc.string({ maxLength: 8 }),
      ),
    );
    fc.assert(
      fc.property(rangeArb, ([s, from, days, seed]) => {
        const plan = planRange(s, from, days, seed);
        const keys = plan.map((p) => `${p.localDate}#${p.slot}`);
        expect(new Set(keys).size).toBe(keys.length);
        const perDay = s.times === null ? s.perDay : s.times.length;
        for (let i = 0; i < days; i++) {
          const date = addDays(from, i);
          const chosen = (s.days as readonly number[]).includes(isoWeekday(date));
          expect(plan.filter((p) => p.localDate === date)).toHaveLength(chosen ? perDay : 0);
        }
        for (let i = 1; i < plan.length; i++) {
          expect((plan[i] as PlannedSlot).dueAt.getTime()).toBeGreaterThan(
            (plan[i - 1] as PlannedSlot).dueAt.getTime(),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a year of daily reminders in every zone: 365 x perDay, none doubled", () => {
    for (const zone of ZONES) {
      const s = settings({ timeZone: zone, windowStart: 60, windowEnd: 240, perDay: 4 }); // 01:00-04:00 hits most changes
      const plan = planRange(s, "2026-01-01", 365, zone);
      expect(plan).toHaveLength(365 * 4);
      for (let i = 1; i < plan.length; i++) {
        expect((plan[i] as PlannedSlot).dueAt.getTime()).toBeGreaterThan(
          (plan[i - 1] as PlannedSlot).dueAt.getTime(),
        );
      }
    }
  });
});

describe("nextReminders, plannedBetween, localDatesToPlan", () => {
  it("the next reminders after now, in local time (example)", () => {
    const s = settings({ timeZone: "America/New_York", times: [450, 1080], days: [1, 2, 3, 4, 5] });
    // Friday 2026-11-27 20:00 EST = Saturday 01:00Z
    const next = nextReminders(s, new Date("2026-11-28T01:00:00Z"), 3, "x");
    expect(next.map((p) => `${p.localDate} ${p.localTime}`)).toEqual([
      "2026-11-30 07:30",
      "2026-11-30 18:00",
      "2026-12-01 07:30",
    ]);
  });

  it("includes the rest of yesterday's window that crosses midnight", () => {
    const s = settings({ windowStart: 1380, windowEnd: 120, perDay: 2 }); // 23:00-02:00
    // 2026-06-11 00:30 BST: the 02:00 reminder of 2026-06-10's window is still to come
    const now = new Date("2026-06-10T23:30:00Z");
    const [first] = nextReminders(s, now, 1, "x");
    expect(first?.localDate).toBe("2026-06-10");
    expect(first?.localTime).toMatch(/^01:5\d$|^02:00$/);
    expect(localDatesToPlan(now, "Europe/London", 24, s)).toEqual(["2026-06-10", "2026-06-11", "2026-06-12"]);
    expect(localDatesToPlan(now, "Europe/London", 24, settings())).toEqual(["2026-06-11", "2026-06-12"]);
    expect(localDatesToPlan(now, "Europe/London")).toEqual(["2026-06-10", "2026-06-11", "2026-06-12"]);
  });

  it("property: nextReminders = the first `count` planned instants after now; localDatesToPlan covers the horizon", () => {
    const arb = zoneArb.chain((zone) =>
      fc.tuple(
        settingsArb(zone),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(ms)),
        fc.integer({ min: 1, max: 10 }),
        fc.string({ maxLength: 6 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([s, now, count, seed]) => {
        const today = localDateAt(now, s.timeZone);
        const all = planRange(s, addDays(today, -2), 7 * count + 14, seed).sort(
          (a, b) => a.dueAt.getTime() - b.dueAt.getTime(),
        );
        const after = all.filter((p) => p.dueAt.getTime() > now.getTime());
        expect(nextReminders(s, now, count, seed)).toEqual(after.slice(0, count));

        const horizonEnd = new Date(now.getTime() + 24 * HOUR);
        const dates = localDatesToPlan(now, s.timeZone, 24, s);
        const inHorizon = all.filter((p) => p.dueAt >= now && p.dueAt < horizonEnd);
        for (const p of inHorizon) expect(dates).toContain(p.localDate);
        expect(plannedBetween(s, now, horizonEnd, seed)).toEqual(inHorizon);
      }),
      { numRuns: 300 },
    );
  });

  it("localDateAt", () => {
    expect(localDateAt(new Date("2026-06-10T23:30:00Z"), "Europe/London")).toBe("2026-06-11");
    expect(localDateAt(new Date("2026-06-10T23:30:00Z"), "America/New_York")).toBe("2026-06-10");
    expect(localDateAt(new Date("2026-06-10T10:00:00Z"), "Pacific/Kiritimati")).toBe("2026-06-11");
  });
});

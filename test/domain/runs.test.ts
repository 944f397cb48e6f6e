import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoWeekday, wallTimeToInstant } from "../../src/domain/local-time.rules.js";
import { plannedRunReminders, readyForTrails } from "../../src/domain/run-plan.rules.js";
import {
  checkInAt,
  nextOccurrences,
  parseRunWhen,
  parseWarmup,
  type RunWhen,
} from "../../src/domain/runs.rules.js";

const MINUTE = 60_000;
const NOON = new Date("2027-03-10T12:00:00Z");

type RunMember = Parameters<typeof plannedRunReminders>[0];
type PlannableRun = Parameters<typeof plannedRunReminders>[1][number];

describe("parseRunWhen: the days and times of /schedule, in Dorsi's five languages", () => {
  const weekly = (input: string) => parseRunWhen(input, NOON, "Europe/London");

  it.each([
    ["wed 06:30", [3], 390],
    ["mon,thu 18:00", [1, 4], 1080],
    ["sat 08:00", [6], 480],
    ["on wed at 6:30 pm", [3], 1110],
    ["06:30 wed", [3], 390],
    ["el miércoles a las 6:30", [3], 390],
    ["lunes y jueves 18:00", [1, 4], 1080],
    ["Samstag 8 Uhr", [6], 480],
    ["am Mittwoch um 6:30", [3], 390],
    ["le mercredi à 6h30", [3], 390],
    ["mar, jeu 18h", [2, 4], 1080],
    ["quarta-feira às 6:30", [3], 390],
    ["weekends 07:00", [6, 7], 420],
  ])("%s is a weekly run", (input, days, minutes) => {
    expect(weekly(input)).toEqual({ ok: true, value: { kind: "weekly", days, minutes } });
  });

  it.each([
    ["2027-09-18 07:00", "2027-09-18", 420],
    ["tomorrow 6:45", "2027-03-11", 405],
    ["mañana 6:45", "2027-03-11", 405],
    ["morgen um 6:45", "2027-03-11", 405],
    ["demain 6h45", "2027-03-11", 405],
    ["amanhã às 6:45", "2027-03-11", 405],
    ["today 18:00", "2027-03-10", 1080],
  ])("%s is a one-off", (input, localDate, minutes) => {
    expect(weekly(input)).toEqual({ ok: true, value: { kind: "once", localDate, minutes } });
  });

  it("'tomorrow' is the member's tomorrow, in their zone", () => {
    // 12:00 UTC on the 10th is already the 11th in Auckland.
    expect(parseRunWhen("tomorrow 6:45", NOON, "Pacific/Auckland")).toMatchObject({
      value: { localDate: "2027-03-12" },
    });
  });

  it.each([
    ["", "runs.when-empty"],
    ["   ", "runs.when-empty"],
    ["wed", "runs.when-time"],
    ["wed 25:00", "runs.when-time"],
    ["06:30", "runs.when-day-missing"],
    ["blursday 06:30", "runs.when-day"],
    ["2027-02-30 07:00", "runs.when-date"],
    ["2020-01-01 07:00", "runs.when-past"],
    ["today 06:00", "runs.when-past"],
  ])("%j is refused with %s", (input, code) => {
    const result = weekly(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it("warm-up minutes: 5-60, default 20", () => {
    expect(parseWarmup(null)).toEqual({ ok: true, value: 20 });
    expect(parseWarmup(5)).toEqual({ ok: true, value: 5 });
    expect(parseWarmup(60)).toEqual({ ok: true, value: 60 });
    for (const bad of [4, 61, 0, 12.5]) expect(parseWarmup(bad).ok).toBe(false);
  });
});

const member = (timeZone: string): RunMember => ({ timeZone, windowStart: 8 * 60, explicitTimes: null });
const run = (when: RunWhen, warmupMinutes = 20): PlannableRun => ({
  userId: "u1",
  slot: 1,
  when,
  terrain: "downhill",
  warmupMinutes,
});

/**
 * Every row the planner stores when it runs every 10 minutes from `from` to `to`, as the unique
 * index keeps them: the first planned row per (kind, local date, slot) wins. Fails if a later
 * planner run would want another due time for the same key (the stored one would then be wrong).
 */
function plannedByTicks(m: RunMember, runs: readonly PlannableRun[], from: Date, to: Date) {
  const stored = new Map<string, Date>();
  for (let at = from.getTime(); at <= to.getTime(); at += 10 * MINUTE) {
    for (const row of plannedRunReminders(m, runs, new Date(at))) {
      const key = `${row.kind} ${row.localDate} ${row.slot}`;
      const known = stored.get(key);
      if (known) expect(row.dueAt.toISOString(), key).toBe(known.toISOString());
      else stored.set(key, row.dueAt);
    }
  }
  return stored;
}

/** Spring-forward and fall-back Sundays of 2027 (the clocks change in the small hours). */
const CLOCK_CHANGES = [
  { zone: "Europe/London", spring: "2027-03-28", fall: "2027-10-31" },
  { zone: "Europe/Berlin", spring: "2027-03-28", fall: "2027-10-31" },
  { zone: "America/New_York", spring: "2027-03-14", fall: "2027-11-07" },
  { zone: "Australia/Sydney", spring: "2027-10-03", fall: "2027-04-04" },
  { zone: "Australia/Lord_Howe", spring: "2027-10-03", fall: "2027-04-04" },
] as const;

describe("the run schedule over both clock changes", () => {
  for (const { zone, spring, fall } of CLOCK_CHANGES) {
    it(`${zone}: a Sunday 06:30 run gets one warm-up at 06:10 on both clock-change Sundays`, () => {
      const sunday = run({ kind: "weekly", days: [7], minutes: 390 });
      for (const day of [spring, fall]) {
        const stored = plannedByTicks(
          member(zone),
          [sunday],
          wallTimeToInstant(addDays(day, -2), 0, zone),
          wallTimeToInstant(addDays(day, 1), 0, zone),
        );
        expect([...stored.keys()].filter((key) => key.startsWith("warmup"))).toEqual([`warmup ${day} 1`]);
        expect(stored.get(`warmup ${day} 1`)).toEqual(wallTimeToInstant(day, 370, zone));
        expect(stored.get(`run-check ${day} 1`)).toEqual(wallTimeToInstant(day, 510, zone));
      }
    });
  }

  it("a run in the spring-forward gap starts shifted by the gap, and its warm-up is 20 real minutes before", () => {
    // New York, 14 March 2027: 02:00 becomes 03:00, so 02:30 is 03:30 EDT (07:30 UTC).
    const stored = plannedByTicks(
      member("America/New_York"),
      [run({ kind: "weekly", days: [7], minutes: 150 })],
      new Date("2027-03-13T00:00:00Z"),
      new Date("2027-03-15T00:00:00Z"),
    );
    expect(stored.get("warmup 2027-03-14 1")).toEqual(new Date("2027-03-14T07:10:00Z"));
    expect(stored.get("run-check 2027-03-14 1")).toEqual(new Date("2027-03-14T09:30:00Z"));
  });

  it("a run in the repeated hour gets one warm-up, before its first occurrence", () => {
    // New York, 7 November 2027: 01:00-02:00 happens twice; 01:30 EDT is 05:30 UTC.
    const stored = plannedByTicks(
      member("America/New_York"),
      [run({ kind: "weekly", days: [7], minutes: 90 })],
      new Date("2027-11-06T00:00:00Z"),
      new Date("2027-11-08T12:00:00Z"),
    );
    expect([...stored.keys()].filter((key) => key.startsWith("warmup"))).toEqual(["warmup 2027-11-07 1"]);
    expect(stored.get("warmup 2027-11-07 1")).toEqual(new Date("2027-11-07T05:10:00Z"));
  });

  it("any weekly run, in any of these zones, gets one warm-up per run day, 'warmup' minutes before its start", () => {
    const zones = CLOCK_CHANGES.map((change) => change.zone);
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 5, max: 60 }),
        fc.constantFrom(...CLOCK_CHANGES.flatMap((change) => [change.spring, change.fall])),
        (zone, days, minutes, warmup, around) => {
          const when: RunWhen = { kind: "weekly", days: [...days].sort(), minutes };
          const from = wallTimeToInstant(addDays(around, -3), 0, zone);
          const to = wallTimeToInstant(addDays(around, 3), 0, zone);
          const stored = plannedByTicks(member(zone), [run(when, warmup)], from, to);
          for (let date = addDays(around, -1); date <= addDays(around, 2); date = addDays(date, 1)) {
            const warmupAt = stored.get(`warmup ${date} 1`);
            if (!days.includes(isoWeekday(date))) {
              expect(warmupAt).toBeUndefined();
              continue;
            }
            const start = wallTimeToInstant(date, minutes, zone);
            expect(warmupAt?.getTime()).toBe(start.getTime() - warmup * MINUTE);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it("a warm-up already due is not planned; the run's check-in still is", () => {
    const soon = run({ kind: "once", localDate: "2027-03-10", minutes: 12 * 60 + 10 });
    expect(plannedRunReminders(member("UTC"), [soon], NOON).map((row) => row.kind)).toEqual(["run-check"]);
  });
});

describe("the after-run check-in", () => {
  const at = (localDate: string, minutes: number, zone = "Europe/London") => ({
    localDate,
    startAt: wallTimeToInstant(localDate, minutes, zone),
  });

  it("comes two hours after the start, up to 22:00", () => {
    expect(checkInAt(at("2027-03-10", 390), "Europe/London", 480)).toEqual(new Date("2027-03-10T08:30:00Z"));
    expect(checkInAt(at("2027-03-10", 1200), "Europe/London", 480)).toEqual(new Date("2027-03-10T22:00:00Z"));
  });

  it("after 22:00 (or past midnight), waits for the next morning's first reminder time", () => {
    expect(checkInAt(at("2027-03-10", 1230), "Europe/London", 480)).toEqual(new Date("2027-03-11T08:00:00Z"));
    expect(checkInAt(at("2027-03-10", 1410), "Europe/London", 450)).toEqual(new Date("2027-03-11T07:30:00Z"));
    // The next morning is a clock-change Sunday: 08:00 BST is 07:00 UTC.
    expect(checkInAt(at("2027-03-27", 1260), "Europe/London", 480)).toEqual(new Date("2027-03-28T07:00:00Z"));
  });
});

describe("nextOccurrences", () => {
  it("lists the next starts of a weekly run, and a one-off once", () => {
    const next = nextOccurrences({ kind: "weekly", days: [3], minutes: 390 }, "Europe/London", NOON, 2);
    expect(next.map((occurrence) => occurrence.startAt)).toEqual([
      new Date("2027-03-17T06:30:00Z"),
      new Date("2027-03-24T06:30:00Z"),
    ]);
    const once = nextOccurrences({ kind: "once", localDate: "2027-09-18", minutes: 420 }, "UTC", NOON, 2);
    expect(once).toHaveLength(1);
  });
});

describe("readyForTrails: use the new mobility", () => {
  const today = "2027-03-14";
  const days = (offsets: number[]) => new Set(offsets.map((offset) => addDays(today, -offset)));

  it("after most days of each of the last two weeks, without recent pain", () => {
    expect(readyForTrails(days([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]), today, false)).toBe(true);
    expect(readyForTrails(days([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]), today, true)).toBe(false);
  });

  it("not after one good week, nor after a thin one", () => {
    expect(readyForTrails(days([0, 1, 2, 3, 4, 5, 6]), today, false)).toBe(false);
    expect(readyForTrails(days([0, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13]), today, false)).toBe(false);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DRILLS } from "../../src/domain/drills.rules.js";
import { addDays, wallTimeToInstant } from "../../src/domain/local-time.rules.js";
import { initialProgression } from "../../src/domain/progression.rules.js";
import {
  type MemberSchedule,
  plannedReminders,
  reminderContent,
  scheduledReminders,
  scheduleOf,
} from "../../src/domain/reminders.rules.js";
import { nextReminders } from "../../src/domain/schedule-plan.rules.js";

const HOUR = 3_600_000;

const rita: MemberSchedule = {
  userId: "300000000000000040",
  timeZone: "Europe/London",
  windowStart: 8 * 60,
  windowEnd: 20 * 60,
  perDay: 4,
  explicitTimes: null,
  days: [1, 2, 3, 4, 5, 6, 7],
  jitterSeed: "seed-rita",
};
const enrolled = { ...rita, enrolledAt: new Date("2026-06-01T00:00:00Z"), dmsClosedAt: null };

describe("scheduleOf", () => {
  it("is null until /schedule set a zone and a count", () => {
    expect(scheduleOf({ ...rita, timeZone: null })).toBeNull();
    expect(scheduleOf({ ...rita, perDay: null })).toBeNull();
  });

  it("reads the stored settings; explicit times replace the spread", () => {
    expect(scheduleOf(rita)).toEqual({
      timeZone: "Europe/London",
      windowStart: 480,
      windowEnd: 1200,
      perDay: 4,
      times: null,
      days: [1, 2, 3, 4, 5, 6, 7],
    });
    expect(scheduleOf({ ...rita, explicitTimes: [450, 1080], windowStart: null, days: null })).toMatchObject({
      windowStart: 0,
      times: [450, 1080],
      days: [],
    });
  });
});

describe("the drill each reminder names", () => {
  it("alternates the matrices through a day and starts the next day on the other one", () => {
    const fourTimes = { ...enrolled, explicitTimes: [480, 720, 960, 1200] };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (day) => {
        const date = addDays("2000-01-01", day);
        // From 07:00 the horizon holds the day's four and the next day's first, at 08:00.
        const planned = plannedReminders(fourTimes, wallTimeToInstant(date, 420, "Europe/London"));
        const drills = (localDate: string) =>
          planned.filter((reminder) => reminder.localDate === localDate).map((reminder) => reminder.drill);
        const [first, second] = DRILLS;
        const today = drills(date);
        expect([
          [first, second, first, second],
          [second, first, second, first],
        ]).toContainEqual(today);
        expect(drills(addDays(date, 1))).toEqual([today[1]]);
      }),
    );
  });
});

describe("plannedReminders", () => {
  const now = new Date("2026-06-10T12:00:00Z");

  it("plans nothing for a member who has not enrolled or whose DMs are closed", () => {
    expect(plannedReminders({ ...enrolled, enrolledAt: null }, now)).toEqual([]);
    expect(plannedReminders({ ...enrolled, dmsClosedAt: now }, now)).toEqual([]);
    expect(plannedReminders({ ...enrolled, perDay: null }, now)).toEqual([]);
  });

  it("plans every reminder due after now and within 26 hours", () => {
    const planned = plannedReminders(enrolled, now);
    const settings = scheduleOf(rita);
    if (!settings) throw new Error("no settings");
    const expected = nextReminders(settings, now, 20, rita.jitterSeed).filter(
      (slot) => slot.dueAt.getTime() <= now.getTime() + 26 * HOUR,
    );
    expect(planned.map((reminder) => reminder.dueAt)).toEqual(expected.map((slot) => slot.dueAt));
    // 12:00 UTC is 13:00 in London: two of today's four are left, and tomorrow's before 14:00.
    expect(planned.filter((reminder) => reminder.localDate === "2026-06-10")).toHaveLength(2);
    for (const reminder of planned) expect(reminder).toMatchObject({ userId: rita.userId, kind: "drill" });
    expect(scheduledReminders(rita, now)).toEqual(planned);
  });
});

describe("reminderContent", () => {
  const progressions = new Map([
    ["flexed-knee", { ...initialProgression("flexed-knee"), level: 3, repsStep: 2 }],
    ["straight-leg", initialProgression("straight-leg")],
  ] as const);
  const due = { id: 5, kind: "drill", snoozes: 1, drill: "flexed-knee", locale: "de" } as const;

  it("a drill reminder names its drill at the member's current level and step", () => {
    expect(reminderContent(due, progressions, null)).toEqual({
      kind: "drill",
      reminderId: 5,
      nonce: "dorsi-r5-1",
      locale: "de",
      drill: "flexed-knee",
      level: 3,
      repsStep: 2,
    });
    expect(reminderContent({ ...due, drill: null }, progressions, null)).toMatchObject({
      drill: DRILLS[0],
      level: 3,
    });
  });

  it("each reminder and each snooze of it gets its own message nonce", () => {
    const nonces = [
      { id: 7, snoozes: 0 },
      { id: 7, snoozes: 1 },
      { id: 8, snoozes: 0 },
      { id: 71, snoozes: 0 },
    ].map((reminder) => reminderContent({ ...due, ...reminder }, progressions, null).nonce);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(reminderContent({ ...due, id: 7, snoozes: 1 }, progressions, null).nonce).toBe(nonces[1]);
  });

  it("a morning check names the report it follows and the drill's level, when there is a drill", () => {
    const pain = { severity: 3, location: "ankle", repeat: false } as const;
    expect(reminderContent({ ...due, kind: "morning-check" }, progressions, pain)).toMatchObject({
      kind: "morning-check",
      pain,
      drill: "flexed-knee",
      level: 3,
    });
    expect(reminderContent({ ...due, kind: "morning-check", drill: null }, progressions, null)).toMatchObject(
      {
        pain: null,
        drill: null,
        level: null,
      },
    );
  });
});

import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import { pauseReminders } from "../../src/app/pause.usecases.js";
import { getProgress } from "../../src/app/progress.usecases.js";
import { answerDone } from "../../src/app/reminder-answers.usecases.js";
import { checkInFine } from "../../src/app/run-answers.usecases.js";
import { addRun, removeRun } from "../../src/app/runs.usecases.js";
import { setSchedule } from "../../src/app/set-schedule.usecases.js";
import { reminders } from "../../src/db/schema.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-20T12:00:00Z");
const caller = { userId: "300000000000000002", displayName: "Ben", guild: null };
const deps = () => createAppDeps(database.db, clock);
const DAY = 24 * 3600_000;

beforeEach(async () => {
  clock.set("2026-11-20T12:00:00Z");
});

describe("getProgress", () => {
  it("for a newcomer: level 1 in both matrices, nothing logged, 28 empty days", async () => {
    const report = await getProgress(deps(), caller.userId);
    expect(report.known).toBe(false);
    expect(report.matrices.map((entry) => [entry.state.drill, entry.state.level, entry.weekSets])).toEqual([
      ["flexed-knee", 1, 0],
      ["straight-leg", 1, 0],
    ]);
    expect(report.days).toHaveLength(28);
    expect(report.days.at(-1)?.localDate).toBe("2026-11-20");
    expect(report.streakDays).toBe(0);
  });

  it("counts this week's sets, the streak and the daily series, and shows the last pain report", async () => {
    // Thu 19 and Fri 20 Nov (this week), and Sun 15 Nov (last week), then a gap on 16-18.
    clock.set("2026-11-15T09:00:00Z");
    await logSets(deps(), { caller, drill: "flexed-knee", sets: 3, interactionId: "a", source: "command" });
    clock.set("2026-11-19T09:00:00Z");
    await logSets(deps(), { caller, drill: "both", sets: 1, interactionId: "b", source: "command" });
    clock.advance(DAY);
    await logSets(deps(), { caller, drill: "straight-leg", sets: 2, interactionId: "c", source: "command" });
    await deps().painReports.insert({
      userId: caller.userId,
      severity: 2,
      location: "knee",
      source: "command",
      reportedAt: clock.now(),
      localDate: "2026-11-20",
    });

    const report = await getProgress(deps(), caller.userId);
    expect(report.matrices.map((entry) => entry.weekSets)).toEqual([1, 3]);
    expect(report.streakDays).toBe(2);
    expect(report.lastPain).toMatchObject({ severity: 2, location: "knee" });
    const byDate = new Map(report.days.map((day) => [day.localDate, Object.fromEntries(day.sets)]));
    expect(byDate.get("2026-11-15")).toEqual({ "flexed-knee": 3 });
    expect(byDate.get("2026-11-19")).toEqual({ "flexed-knee": 1, "straight-leg": 1 });
    expect(byDate.get("2026-11-20")).toEqual({ "straight-leg": 2 });
    expect(byDate.get("2026-11-17")).toEqual({});
  });

  it("a declared pause neither counts nor breaks the streak", async () => {
    clock.set("2026-11-10T09:00:00Z");
    await logSets(deps(), { caller, drill: "flexed-knee", sets: 1, interactionId: "p1", source: "command" });
    clock.advance(DAY);
    await logSets(deps(), { caller, drill: "flexed-knee", sets: 1, interactionId: "p2", source: "command" });
    await pauseReminders(deps(), caller, 3);
    clock.advance(4 * DAY);
    await logSets(deps(), { caller, drill: "flexed-knee", sets: 1, interactionId: "p3", source: "command" });
    expect((await getProgress(deps(), caller.userId)).streakDays).toBe(3);
  });

  it("a run removed mid-week still counts with its warm-up done and its check-in answered", async () => {
    // Tuesday 24 Nov in London; a Wednesday 06:30 downhill run, its warm-up and check-in DMs sent.
    clock.set("2026-11-24T12:00:00Z");
    await setSchedule(deps(), caller, { timezone: "Europe/London", start: "07:00", end: "20:00", perDay: 3 });
    const run = await addRun(deps(), caller, { when: "wed 06:30", terrain: "downhill", warmup: null });
    const sent = async (kind: string) => {
      const [row] = await database.db
        .update(reminders)
        .set({ state: "sent", sentAt: clock.now() })
        .where(and(eq(reminders.userId, caller.userId), eq(reminders.kind, kind)))
        .returning();
      if (!row) throw new Error(`no ${kind}`);
      return row.id;
    };
    clock.set("2026-11-25T06:10:00Z");
    await answerDone(deps(), caller, await sent("warmup"), "warmup-done", "warmup");
    clock.set("2026-11-25T08:30:00Z");
    await checkInFine(deps(), caller, await sent("run-check"));
    const counts = { planned: 1, warmupsDone: 1, checkIns: 1, painFree: 1 };
    expect((await getProgress(deps(), caller.userId)).runs).toEqual(counts);

    clock.set("2026-11-26T12:00:00Z");
    await removeRun(deps(), caller, String(run.id));
    expect((await getProgress(deps(), caller.userId)).runs).toEqual(counts);
    // The next week knows nothing of it.
    clock.set("2026-12-01T12:00:00Z");
    expect((await getProgress(deps(), caller.userId)).runs).toBe(null);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countRunWeek } from "../../src/domain/run-week.rules.js";
import { occurrencesBetween, type RunWhen } from "../../src/domain/runs.rules.js";
import { weekContaining } from "../../src/domain/week.rules.js";

const zone = "Europe/London";
// Mon 19 Oct 2026 to Mon 26 Oct, across the clocks going back on Sunday 25 Oct.
const week = weekContaining(new Date("2026-10-21T12:00:00Z"), zone);
const wedSat: RunWhen = { kind: "weekly", days: [3, 6], minutes: 390 };
const run = (createdAt: string, removedAt: string | null = null, when = wedSat) => ({
  slot: 1,
  when,
  createdAt: new Date(createdAt),
  removedAt: removedAt === null ? null : new Date(removedAt),
});
const WEDNESDAY = "2026-10-21";
const warmupDone = { slot: 1, localDate: WEDNESDAY, kind: "warmup", state: "sent", outcome: "done" };
const checkInSent = { slot: 1, localDate: WEDNESDAY, kind: "run-check", state: "sent", outcome: "run:fine" };
const fine = { slot: 1, localDate: WEDNESDAY, answer: "fine" };

describe("the week's runs on /progress", () => {
  it("counts every start of a run planned all week, done or still to come", () => {
    expect(countRunWeek(week, zone, [run("2026-10-01T00:00:00Z")], [], [])).toEqual({
      planned: 2,
      warmupsDone: 0,
      checkIns: 0,
      painFree: 0,
    });
  });

  it("a run removed on Thursday keeps Wednesday's start, its warm-up done and its check-in", () => {
    const removed = run("2026-10-01T00:00:00Z", "2026-10-22T12:00:00Z");
    expect(countRunWeek(week, zone, [removed], [warmupDone, checkInSent], [fine])).toEqual({
      planned: 1,
      warmupsDone: 1,
      checkIns: 1,
      painFree: 1,
    });
  });

  it("a run removed after its warm-up went out, before the start, still counts for that warm-up", () => {
    // Wednesday 06:20 BST: the warm-up went at 06:10, the run would have started at 06:30.
    const removed = run("2026-10-01T00:00:00Z", "2026-10-21T05:20:00Z");
    expect(countRunWeek(week, zone, [removed], [warmupDone], [])).toMatchObject({
      planned: 1,
      warmupsDone: 1,
    });
  });

  it("a start before the run was added, or after it was removed, is not counted; none at all is null", () => {
    expect(countRunWeek(week, zone, [run("2026-10-22T12:00:00Z")], [], [])?.planned).toBe(1);
    expect(countRunWeek(week, zone, [run("2026-10-01T00:00:00Z", "2026-10-19T09:00:00Z")], [], [])).toBe(
      null,
    );
    expect(countRunWeek(week, zone, [], [], [])).toBe(null);
    // A warm-up planned but never sent (the run was removed first) is not a run.
    const unsent = { ...warmupDone, state: "planned", outcome: null };
    expect(countRunWeek(week, zone, [], [unsent], [])).toBe(null);
  });

  it("never shows more warm-ups done or check-ins than runs, whenever the run is added or removed", () => {
    const daily: RunWhen = { kind: "weekly", days: [1, 2, 3, 4, 5, 6, 7], minutes: 390 };
    const span = week.end.getTime() - week.start.getTime();
    fc.assert(
      fc.property(
        fc.integer({ min: -span, max: span }),
        fc.integer({ min: 0, max: 2 * span }),
        (addedOffset, lifetime) => {
          const createdAt = new Date(week.start.getTime() + addedOffset);
          const removedAt = new Date(createdAt.getTime() + lifetime);
          // Every warm-up that went out while the run existed was done, and every check-in answered.
          const starts = occurrencesBetween(daily, zone, week.start, week.end).filter((start) => {
            const warmupAt = start.startAt.getTime() - 20 * 60_000;
            return warmupAt >= createdAt.getTime() && warmupAt < removedAt.getTime();
          });
          const reminders = starts.map((start) => ({ ...warmupDone, localDate: start.localDate }));
          const checkIns = starts.map((start) => ({ ...fine, localDate: start.localDate }));
          const counted = countRunWeek(
            week,
            zone,
            [{ slot: 1, when: daily, createdAt, removedAt }],
            reminders,
            checkIns,
          );
          const planned = counted?.planned ?? 0;
          expect(counted?.warmupsDone ?? 0).toBeLessThanOrEqual(planned);
          expect(counted?.checkIns ?? 0).toBeLessThanOrEqual(planned);
        },
      ),
    );
  });
});

/**
 * The week's runs as /progress counts them: what was planned and what happened, a run removed since
 * included, so a warm-up done or a check-in answered for it still counts beside the run it was for.
 * Pure.
 */
import { occurrencesBetween, type RunWhen } from "./runs.rules.js";

export interface RunWeek {
  /** The week's runs: each start while its run was planned, and each run a DM went out for. */
  readonly planned: number;
  readonly warmupsDone: number;
  /** Check-ins answered, and those answered Fine (pain-free runs). */
  readonly checkIns: number;
  readonly painFree: number;
}

/** A run that existed at some point of the week, removed since or not. */
interface WeekRun {
  readonly slot: number;
  readonly when: RunWhen;
  readonly createdAt: Date;
  readonly removedAt: Date | null;
}

/** A warm-up or check-in row of the week, keyed like its run's start (slot, local date). */
interface WeekRunReminder {
  readonly slot: number;
  readonly localDate: string;
  readonly kind: string;
  readonly state: string;
  readonly outcome: string | null;
}

interface WeekCheckIn {
  readonly slot: number;
  readonly localDate: string;
  readonly answer: string;
}

/**
 * Null for a week with no run. A start counts while its run existed (added before it, removed after
 * it); a warm-up or check-in that went out counts its run even if the run was removed before it
 * started, so the line never shows more warm-ups done than runs.
 */
export function countRunWeek(
  week: { readonly start: Date; readonly end: Date },
  timeZone: string,
  runs: readonly WeekRun[],
  reminders: readonly WeekRunReminder[],
  checkIns: readonly WeekCheckIn[],
): RunWeek | null {
  const starts = new Set<string>();
  const key = (slot: number, localDate: string) => `${slot} ${localDate}`;
  for (const run of runs) {
    const from = Math.max(week.start.getTime(), run.createdAt.getTime());
    const to = Math.min(week.end.getTime(), run.removedAt?.getTime() ?? week.end.getTime());
    // occurrencesBetween takes (from, to]: one millisecond earlier makes it [from, to).
    for (const start of occurrencesBetween(run.when, timeZone, new Date(from - 1), new Date(to - 1))) {
      starts.add(key(run.slot, start.localDate));
    }
  }
  for (const reminder of reminders) {
    if (reminder.state === "sent") starts.add(key(reminder.slot, reminder.localDate));
  }
  for (const checkIn of checkIns) starts.add(key(checkIn.slot, checkIn.localDate));
  if (starts.size === 0) return null;
  return {
    planned: starts.size,
    warmupsDone: reminders.filter((row) => row.kind === "warmup" && row.outcome === "done").length,
    checkIns: checkIns.length,
    painFree: checkIns.filter((checkIn) => checkIn.answer === "fine").length,
  };
}

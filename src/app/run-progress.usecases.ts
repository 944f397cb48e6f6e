import { occurrencesBetween, runWhenOf } from "../domain/runs.rules.js";
import type { AppDeps } from "./deps.js";

/** The week's runs for /progress: how many were planned, warmed up for, and felt fine afterwards. */
export interface RunWeek {
  readonly planned: number;
  readonly warmupsDone: number;
  readonly painFree: number;
}

/** Null for a member with no run this week (nothing to show). */
export async function runWeekOf(
  deps: AppDeps,
  userId: string,
  timeZone: string,
  week: {
    readonly start: Date;
    readonly end: Date;
    readonly startLocalDate: string;
    readonly lastLocalDate: string;
  },
): Promise<RunWeek | null> {
  const [runs, { warmups, checkIns }] = await Promise.all([
    deps.runs.active(userId),
    deps.runs.week(userId, week.startLocalDate, week.lastLocalDate),
  ]);
  // occurrencesBetween takes (from, to]: one millisecond earlier makes it the week's [start, end).
  const [from, to] = [new Date(week.start.getTime() - 1), new Date(week.end.getTime() - 1)];
  const planned = runs.reduce(
    (count, run) => count + occurrencesBetween(runWhenOf(run), timeZone, from, to).length,
    0,
  );
  if (planned === 0 && warmups.length === 0 && checkIns.length === 0) return null;
  return {
    planned,
    warmupsDone: warmups.filter((warmup) => warmup.outcome === "done").length,
    painFree: checkIns.filter((checkIn) => checkIn.answer === "fine").length,
  };
}

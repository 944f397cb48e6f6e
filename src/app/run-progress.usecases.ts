import { countRunWeek, type RunWeek } from "../domain/run-week.rules.js";
import { runWhenOf } from "../domain/runs.rules.js";
import type { ClubWeek } from "../domain/week.rules.js";
import type { AppDeps } from "./deps.js";

/**
 * The week's runs for /progress: how many there were, warmed up for, checked in and felt fine
 * afterwards, a run removed since included. Null for a member with no run this week.
 */
export async function runWeekOf(
  deps: AppDeps,
  userId: string,
  timeZone: string,
  week: ClubWeek,
): Promise<RunWeek | null> {
  const { runs, reminders, checkIns } = await deps.runs.week(
    userId,
    { from: week.start, to: week.end },
    { from: week.startLocalDate, to: week.lastLocalDate },
  );
  const weekRuns = runs.map((run) => ({ ...run, when: runWhenOf(run) }));
  return countRunWeek(week, timeZone, weekRuns, reminders, checkIns);
}

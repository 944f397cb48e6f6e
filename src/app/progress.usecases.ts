import type { Db } from "../db/db-client.js";
import { findMember } from "../db/repos/members.repository.js";
import { latestPainReport, type PainReportRow } from "../db/repos/pain-reports.repository.js";
import { pauseIntervals } from "../db/repos/pauses.repository.js";
import { readProgressions } from "../db/repos/progressions.repository.js";
import { dailySets, recentPracticeDates, setsPerDrill } from "../db/repos/set-logs.repository.js";
import { DRILLS, type Drill } from "../domain/drills.rules.js";
import { addDays, localDateAt } from "../domain/local-time.rules.js";
import type { DatedMeasure } from "../domain/measure.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { initialProgression, type ProgressionState } from "../domain/progression.rules.js";
import { readyForTrails, TRAIL_ADVICE_PAIN_FREE_DAYS } from "../domain/run-plan.rules.js";
import type { RunWeek } from "../domain/run-week.rules.js";
import { currentStreak, pausedLocalDates } from "../domain/streak.rules.js";
import { DAY_MS } from "../domain/time-units.js";
import { weekContaining } from "../domain/week.rules.js";
import type { AppDeps } from "./deps.js";
import { runWeekOf } from "./run-progress.usecases.js";

/** Bounds the query; a longer streak is shown as this long. */
const STREAK_LOOKBACK_DAYS = 400;

const CHART_DAYS = 28;

interface DailySets {
  readonly localDate: string;
  readonly sets: ReadonlyMap<Drill, number>;
}

export interface ProgressReport {
  /** False for someone who has never used Dorsi: level 1 everywhere, nothing logged. */
  readonly known: boolean;
  readonly now: Date;
  readonly today: string;
  readonly matrices: readonly { state: ProgressionState; weekSets: number }[];
  readonly streakDays: number;
  readonly lastPain: PainReportRow | undefined;
  readonly days: readonly DailySets[];
  /** Knee-to-wall tests, oldest first. */
  readonly measures: readonly DatedMeasure[];
  /** This week's runs, a run removed since included, or null when there are none. */
  readonly runs: RunWeek | null;
  /** "Use your new mobility": most days practised for two weeks, no recent pain. */
  readonly readyForTrails: boolean;
}

export async function currentProgressions(db: Db, userId: string): Promise<Map<Drill, ProgressionState>> {
  const stored = await readProgressions(db, userId);
  return new Map(DRILLS.map((drill) => [drill, stored.get(drill) ?? initialProgression(drill)]));
}

export async function getProgress(deps: AppDeps, userId: string): Promise<ProgressReport> {
  const now = deps.clock.now();
  const member = await findMember(deps.db, userId);
  const timeZone = memberTimeZone(member);
  const today = localDateAt(now, timeZone);
  const firstChartDay = addDays(today, 1 - CHART_DAYS);
  const week = weekContaining(now, timeZone);
  const [progressions, weekTotals, daily, practiceDates, lastPain, pauses, measures, runs] =
    await Promise.all([
      currentProgressions(deps.db, userId),
      setsPerDrill(deps.db, userId, week.start, week.end),
      dailySets(deps.db, userId, firstChartDay),
      recentPracticeDates(deps.db, userId, STREAK_LOOKBACK_DAYS),
      latestPainReport(deps.db, userId),
      pauseIntervals(deps.db, userId, new Date(now.getTime() - STREAK_LOOKBACK_DAYS * DAY_MS), now),
      deps.measures.history(userId),
      runWeekOf(deps, userId, timeZone, week),
    ]);
  const recentPain =
    lastPain !== undefined &&
    lastPain.severity > 0 &&
    now.getTime() - lastPain.reportedAt.getTime() < TRAIL_ADVICE_PAIN_FREE_DAYS * DAY_MS;
  return {
    known: member !== undefined,
    now,
    today,
    matrices: DRILLS.map((drill) => ({
      state: progressions.get(drill) ?? initialProgression(drill),
      weekSets: weekTotals.get(drill) ?? 0,
    })),
    streakDays: currentStreak(new Set(practiceDates), today, pausedLocalDates(pauses, timeZone)),
    lastPain,
    days: Array.from({ length: CHART_DAYS }, (_, index) => {
      const localDate = addDays(firstChartDay, index);
      const sets = new Map<Drill, number>();
      for (const row of daily) if (row.localDate === localDate) sets.set(row.drill, row.sets);
      return { localDate, sets };
    }),
    measures,
    runs,
    readyForTrails: readyForTrails(new Set(practiceDates), today, recentPain),
  };
}

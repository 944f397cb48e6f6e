import { findMember } from "../db/repos/members.js";
import { setsPerDrill } from "../db/repos/set-logs.js";
import { DRILLS, type Drill } from "../domain/drills.js";
import { weekContaining } from "../domain/week.js";
import type { AppDeps } from "./deps.js";

export interface ProgressReport {
  readonly known: boolean;
  readonly drills: readonly { drill: Drill; weekSets: number; totalSets: number }[];
}

const EPOCH = new Date(0);

export async function getProgress(deps: AppDeps, userId: string): Promise<ProgressReport> {
  const now = deps.clock.now();
  const member = await findMember(deps.db, userId);
  const week = weekContaining(now, member?.timeZone ?? "UTC");
  const [weekTotals, allTotals] = await Promise.all([
    setsPerDrill(deps.db, userId, week.start, week.end),
    setsPerDrill(deps.db, userId, EPOCH, now),
  ]);
  return {
    known: member !== undefined,
    drills: DRILLS.map((drill) => ({
      drill,
      weekSets: weekTotals.get(drill) ?? 0,
      totalSets: allTotals.get(drill) ?? 0,
    })),
  };
}

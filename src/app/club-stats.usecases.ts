import {
  clubActivity,
  clubBusiestHour,
  clubHeadcount,
  clubSteppedUp,
} from "../db/repos/club-stats.repository.js";
import { findClub } from "../db/repos/clubs.repository.js";
import { statsPeriods, steppedUpShare } from "../domain/club-stats.rules.js";
import { clubTimeZone } from "../domain/week.rules.js";
import type { AppDeps } from "./deps.js";

/** A club's trend for its captain: counts only, never a name or a health figure. */
export interface ClubStats {
  readonly members: number;
  readonly enrolled: number;
  /** Oldest first; the last is this week so far. */
  readonly weeks: readonly {
    readonly startLocalDate: string;
    readonly active: number;
    readonly sets: number;
  }[];
  /** Share (0-1) of this month's active members who stepped up a level; null when nobody was active. */
  readonly steppedUpShare: number | null;
  /** Local hour (0-23, club zone) when most sets were logged over the weeks shown; null: no sets. */
  readonly busiestHour: number | null;
  readonly timeZone: string;
}

export async function getClubStats(deps: AppDeps, guildId: string): Promise<ClubStats> {
  const timeZone = clubTimeZone((await findClub(deps.db, guildId))?.timeZone);
  const { weeks, month, span } = statsPeriods(deps.clock.now(), timeZone);
  const [headcount, weekly, monthly, steppedUp, busiestHour] = await Promise.all([
    clubHeadcount(deps.db, guildId),
    Promise.all(weeks.map((week) => clubActivity(deps.db, guildId, { from: week.start, to: week.end }))),
    clubActivity(deps.db, guildId, month),
    clubSteppedUp(deps.db, guildId, month),
    clubBusiestHour(deps.db, guildId, span, timeZone),
  ]);
  return {
    ...headcount,
    weeks: weeks.map((week, index) => ({
      startLocalDate: week.startLocalDate,
      active: weekly[index]?.active ?? 0,
      sets: weekly[index]?.sets ?? 0,
    })),
    steppedUpShare: steppedUpShare(steppedUp, monthly.active),
    busiestHour,
    timeZone,
  };
}

import { type LeaderboardRow, rankWeek, SCORING, type WeekEntry } from "../../src/domain/scoring.rules.js";

/*
 * The scoring of a week straight from its raw set logs, the slow way: the reference that the
 * board_entries projection (summed in SQL as sets are logged) is held to, and that spells out the
 * daily cap, the active days and when a score became final.
 */

/** One /log (or reminder "Done") in the week: `sets` whole sets done on the member's `localDate`. */
export interface SetLog {
  readonly userId: string;
  /** Whole sets; logs with fewer than 1 set are ignored, fractions are rounded down. */
  readonly sets: number;
  /** When it was logged; decides "who got there first" among equal scores. */
  readonly loggedAt: Date;
  /** The member's own local calendar date, "YYYY-MM-DD": the daily cap and active days use it. */
  readonly localDate: string;
}

/** A member of the club, as the board sees them. */
export interface ClubMember {
  readonly userId: string;
  readonly displayName: string;
  /** Opted out of the board: left out of rows and highlights entirely. */
  readonly hidden: boolean;
}

interface DayLog {
  readonly sets: number;
  readonly at: number;
}

/**
 * When did a day's points become final? At the first log (in time order) whose running sum reached
 * min(total, cap): later logs add nothing. Logs at the same instant count together.
 */
function dayReachedAt(logs: readonly DayLog[], cap: number): number {
  const sorted = [...logs].sort((a, b) => a.at - b.at);
  const target = Math.min(
    sorted.reduce((sum, log) => sum + log.sets, 0),
    cap,
  );
  let running = 0;
  for (const [i, log] of sorted.entries()) {
    running += log.sets;
    if (running >= target && sorted[i + 1]?.at !== log.at) return log.at;
  }
  return Number.NaN;
}

/**
 * One entry per visible member with at least one set. `logs` are the club week's set logs (the
 * caller selects them, e.g. loggedAt in [week.start, week.end)); logs of non-members and hidden
 * members are ignored (a member listed twice is hidden if either entry is hidden; the first display
 * name is used), as are logs of less than one set; fractions are rounded down. Any order of logs or
 * members gives the same entries.
 */
export function summarizeWeek(logs: readonly SetLog[], members: readonly ClubMember[]): WeekEntry[] {
  const hiddenIds = new Set(members.filter((member) => member.hidden).map((member) => member.userId));
  const names = new Map<string, string>();
  for (const member of members) {
    if (!hiddenIds.has(member.userId) && !names.has(member.userId)) {
      names.set(member.userId, member.displayName);
    }
  }
  const days = new Map<string, Map<string, DayLog[]>>();
  for (const log of logs) {
    const sets = Math.floor(log.sets);
    if (!names.has(log.userId) || !(sets >= 1)) continue;
    const byDate = days.get(log.userId) ?? new Map<string, DayLog[]>();
    days.set(log.userId, byDate);
    const dayLogs = byDate.get(log.localDate) ?? [];
    byDate.set(log.localDate, dayLogs);
    dayLogs.push({ sets, at: log.loggedAt.getTime() });
  }
  return [...days].map(([userId, byDate]) => {
    let cappedSets = 0;
    let sets = 0;
    let reachedAt = Number.NEGATIVE_INFINITY;
    for (const dayLogs of byDate.values()) {
      const daySets = dayLogs.reduce((sum, log) => sum + log.sets, 0);
      cappedSets += Math.min(daySets, SCORING.dailySetCap);
      sets += daySets;
      reachedAt = Math.max(reachedAt, dayReachedAt(dayLogs, SCORING.dailySetCap));
    }
    const displayName = names.get(userId) ?? userId;
    return { userId, displayName, cappedSets, activeDays: byDate.size, sets, reachedAt: new Date(reachedAt) };
  });
}

/** The week's board straight from its set logs: `rankWeek(summarizeWeek(logs, members))`. */
export function scoreWeek(logs: readonly SetLog[], members: readonly ClubMember[]): LeaderboardRow[] {
  return rankWeek(summarizeWeek(logs, members));
}

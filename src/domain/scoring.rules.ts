/**
 * Weekly leaderboard points: fair, capped, consistency over volume.
 *
 * A member's week is one entry (capped sets, active days, raw sets, when the score became final),
 * kept current in SQL as sets are logged (board_entries, db/repos/leaderboard.repository.ts) so a
 * board reads one row per member; `rankWeek` turns entries into the board. Tests hold those entries
 * equal to test/support/scoring-reference.ts, which scores the raw logs the slow way.
 *
 * What does NOT score, on purpose:
 * - Pain. There is no pain input at all: a pain report never adds or removes points, directly or
 *   indirectly, so nobody is tempted to hide pain to protect a ranking (domain.md, pain rules).
 * - Level-ups. They appear in the highlights only. Levels advance after pain-free logged days and
 *   are held or stepped down after pain, so points for levelling up would reward hiding pain too.
 * - Volume past the daily cap. More sets than the drill prescribes are not better for an ankle, and
 *   a cap keeps one enthusiastic (or dishonest) log from deciding the week.
 */
import type { Drill } from "./drills.rules.js";

/** The scoring table. Each number says why it is what it is. */
export const SCORING = {
  /** One point per logged set: every set counts the same, whichever drill or level it was. */
  pointsPerSet: 1,
  /**
   * Points from sets stop after this many sets per member per local day. Six covers both matrices
   * three times a day ("little and often"); beyond that, more is not better for the ankle.
   */
  dailySetCap: 6,
  /**
   * Bonus for each local day with at least one set. Bigger than half the capped set points of a
   * day, so showing up beats piling up: a 1-set day scores 4, a maximal day 9, and three 1-set days
   * (12) already beat any single day; seven 1-set days (28) beat any single day three times over.
   */
  activeDayBonus: 3,
} as const;

/** The most a member can score on one local day. */
const MAX_DAY_POINTS = SCORING.dailySetCap * SCORING.pointsPerSet + SCORING.activeDayBonus;
/** A day with a single set. */
const MIN_ACTIVE_DAY_POINTS = SCORING.pointsPerSet + SCORING.activeDayBonus;

// Consistency beats volume by construction; fail loudly at load if someone retunes the table badly.
if (3 * MIN_ACTIVE_DAY_POINTS <= MAX_DAY_POINTS) {
  throw new Error("SCORING: three 1-set days must outscore one maximal day");
}

export interface LeaderboardRow {
  /** 1..n, unique (ties are broken totally, so there are no shared ranks). */
  readonly rank: number;
  readonly userId: string;
  readonly displayName: string;
  readonly points: number;
  /** Local days with at least one set. */
  readonly activeDays: number;
  /** Raw sets logged, uncapped (shown for interest; points use the capped count). */
  readonly sets: number;
  /** The earliest instant at which the member's running score reached its final value. */
  readonly reachedAt: Date;
}

export interface LevelUp {
  readonly userId: string;
  readonly drill: Drill;
  /** The new level. */
  readonly level: number;
  readonly at: Date;
}

export interface Highlights {
  /** Most active days; ties: more points, then board rank. */
  readonly mostConsistent: LeaderboardRow | undefined;
  /** Largest point gain over last week among members on both boards; only a positive gain. */
  readonly mostImproved: { readonly row: LeaderboardRow; readonly gain: number } | undefined;
  /** Visible members who stepped up a level this week, in board order then time. */
  readonly steppedUp: readonly {
    readonly userId: string;
    readonly displayName: string;
    readonly drill: Drill;
    readonly level: number;
  }[];
}

/** Compare Discord snowflakes (decimal strings) numerically; any other strings still totally. */
function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A member's week on one club's board, before ranking. */
export interface WeekEntry {
  readonly userId: string;
  readonly displayName: string;
  /** Sum over active days of min(sets that day, dailySetCap). */
  readonly cappedSets: number;
  /** Local days with at least one set. */
  readonly activeDays: number;
  /** Raw sets, uncapped. */
  readonly sets: number;
  /** The latest of the days' reach instants: when the week's score became final. */
  readonly reachedAt: Date;
}

/** A week's points: capped sets plus the active-day bonus. */
function weekPoints(entry: Pick<WeekEntry, "cappedSets" | "activeDays">): number {
  return entry.cappedSets * SCORING.pointsPerSet + entry.activeDays * SCORING.activeDayBonus;
}

/** Points first; then more active days; then whoever reached the score first; then user id. */
function compareRows(a: LeaderboardRow, b: LeaderboardRow): number {
  return (
    b.points - a.points ||
    b.activeDays - a.activeDays ||
    a.reachedAt.getTime() - b.reachedAt.getTime() ||
    compareIds(a.userId, b.userId)
  );
}

/** The board from the week's entries (members with no active day are left out). */
export function rankWeek(entries: readonly WeekEntry[]): LeaderboardRow[] {
  const rows: { -readonly [K in keyof LeaderboardRow]: LeaderboardRow[K] }[] = [];
  for (const entry of entries) {
    if (entry.activeDays <= 0) continue;
    const { userId, displayName, activeDays, sets, reachedAt } = entry;
    rows.push({ rank: 0, userId, displayName, points: weekPoints(entry), activeDays, sets, reachedAt });
  }
  rows.sort(compareRows);
  for (const [i, row] of rows.entries()) row.rank = i + 1;
  return rows;
}

/**
 * The board's highlights. Rows come from `rankWeek`, so hidden members are already absent; level-ups
 * of anyone not on this week's board (hidden, or not a member) are left out.
 */
export function highlights(
  thisWeek: readonly LeaderboardRow[],
  lastWeek: readonly LeaderboardRow[],
  levelUps: readonly LevelUp[],
): Highlights {
  let mostConsistent: LeaderboardRow | undefined;
  for (const row of thisWeek) {
    if (
      mostConsistent === undefined ||
      row.activeDays > mostConsistent.activeDays ||
      (row.activeDays === mostConsistent.activeDays &&
        (row.points > mostConsistent.points ||
          (row.points === mostConsistent.points && row.rank < mostConsistent.rank)))
    ) {
      mostConsistent = row;
    }
  }

  const lastPoints = new Map<string, number>();
  for (const row of lastWeek) lastPoints.set(row.userId, row.points);
  let mostImproved: { row: LeaderboardRow; gain: number } | undefined;
  for (const row of thisWeek) {
    // Members absent last week have no baseline (inactive, hidden or new): "improved" needs one.
    const before = lastPoints.get(row.userId);
    if (before === undefined) continue;
    const gain = row.points - before;
    if (gain <= 0) continue;
    if (
      mostImproved === undefined ||
      gain > mostImproved.gain ||
      (gain === mostImproved.gain && row.rank < mostImproved.row.rank)
    ) {
      mostImproved = { row, gain };
    }
  }

  const byUser = new Map<string, LeaderboardRow>();
  for (const row of thisWeek) byUser.set(row.userId, row);
  const steppedUp = levelUps
    .flatMap((up) => {
      const row = byUser.get(up.userId);
      return row === undefined ? [] : [{ up, row }];
    })
    .sort(
      (a, b) =>
        a.row.rank - b.row.rank ||
        a.up.at.getTime() - b.up.at.getTime() ||
        (a.up.drill < b.up.drill ? -1 : a.up.drill > b.up.drill ? 1 : 0) ||
        a.up.level - b.up.level,
    )
    .map(({ up, row }) => ({
      userId: up.userId,
      displayName: row.displayName,
      drill: up.drill,
      level: up.level,
    }));

  return { mostConsistent, mostImproved, steppedUp };
}

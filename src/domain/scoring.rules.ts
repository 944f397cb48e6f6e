/**
 * Weekly leaderboard points: consistency over volume. Pain and level-ups never score, so nobody is
 * tempted to hide pain to protect a ranking. A week's entries are summed in SQL as sets are logged
 * (db/repos/leaderboard.repository.ts); test/support/scoring-reference.ts is the slow reference.
 */
import type { Drill } from "./drills.rules.js";

export const SCORING = {
  pointsPerSet: 1,
  /** Both matrices three times a day; more is not better for an ankle, and no single log decides the week. */
  dailySetCap: 6,
  /** Per active day, and big enough that showing up beats piling up: three 1-set days beat any one day. */
  activeDayBonus: 3,
} as const;

const MAX_DAY_POINTS = SCORING.dailySetCap * SCORING.pointsPerSet + SCORING.activeDayBonus;
const MIN_ACTIVE_DAY_POINTS = SCORING.pointsPerSet + SCORING.activeDayBonus;

// Fail at load rather than let a retuned table reward volume over consistency.
if (3 * MIN_ACTIVE_DAY_POINTS <= MAX_DAY_POINTS) {
  throw new Error("SCORING: three 1-set days must outscore one maximal day");
}

export interface LeaderboardRow {
  /** Unique: ties are broken totally. */
  readonly rank: number;
  readonly userId: string;
  readonly displayName: string;
  readonly points: number;
  readonly activeDays: number;
  /** Uncapped, shown for interest. */
  readonly sets: number;
  /** When the member's score reached its final value: first there wins a tie. */
  readonly reachedAt: Date;
}

export interface LevelUp {
  readonly userId: string;
  readonly drill: Drill;
  readonly level: number;
  readonly at: Date;
}

export interface Highlights {
  readonly mostConsistent: LeaderboardRow | undefined;
  readonly mostImproved: { readonly row: LeaderboardRow; readonly gain: number } | undefined;
  readonly steppedUp: readonly {
    readonly userId: string;
    readonly displayName: string;
    readonly drill: Drill;
    readonly level: number;
  }[];
}

/** Snowflakes are decimal strings: a longer one is a larger number. */
function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface WeekEntry {
  readonly userId: string;
  readonly displayName: string;
  readonly cappedSets: number;
  readonly activeDays: number;
  readonly sets: number;
  readonly reachedAt: Date;
}

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

/** Level-ups of anyone not on this week's board (hidden, or not a member) are left out. */
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

/** The periods a club's /club-stats covers, in the club's zone. Pure. */
import { localDateAt, wallTimeToInstant } from "./local-time.rules.js";
import { type ClubWeek, weekByOffset } from "./week.rules.js";

/** This week and the four before it. */
const WEEKS_SHOWN = 5;

interface StatsPeriods {
  /** Oldest first; the last one is this week, up to now. */
  readonly weeks: readonly ClubWeek[];
  /** This calendar month in the club's zone. */
  readonly month: { readonly from: Date; readonly to: Date };
  /** The weeks shown, end to end: where the busiest hour is read. */
  readonly span: { readonly from: Date; readonly to: Date };
}

export function statsPeriods(now: Date, timeZone: string): StatsPeriods {
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, index) =>
    weekByOffset(now, timeZone, index - (WEEKS_SHOWN - 1)),
  );
  const [year = 1970, month = 1] = localDateAt(now, timeZone).split("-").map(Number);
  const firstOf = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}-01`;
  const nextMonth = month === 12 ? firstOf(year + 1, 1) : firstOf(year, month + 1);
  return {
    weeks,
    month: {
      from: wallTimeToInstant(firstOf(year, month), 0, timeZone),
      to: wallTimeToInstant(nextMonth, 0, timeZone),
    },
    span: { from: weeks[0]?.start ?? now, to: weeks.at(-1)?.end ?? now },
  };
}

/** The share (0-1) of the month's active members who stepped up a level; null when nobody was active. */
export function steppedUpShare(steppedUp: number, active: number): number | null {
  return active === 0 ? null : Math.min(steppedUp, active) / active;
}

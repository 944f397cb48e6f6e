import { addDays, localDateAt } from "./local-time.rules.js";

/**
 * Consecutive local days with at least one set, ending today, or yesterday when today has no set
 * yet (the streak is still alive until the day ends). Days inside a declared pause neither count
 * nor break the streak.
 */
export function currentStreak(
  practiceDates: ReadonlySet<string>,
  today: string,
  pausedDates: ReadonlySet<string> = new Set(),
): number {
  let day = practiceDates.has(today) ? today : addDays(today, -1);
  let streak = 0;
  // Bounded by the number of practice and pause days, so it always ends.
  for (let budget = practiceDates.size + pausedDates.size + 1; budget > 0; budget--) {
    if (practiceDates.has(day)) streak++;
    else if (!pausedDates.has(day)) break;
    day = addDays(day, -1);
  }
  return streak;
}

/** The local dates touched by declared pauses, each from its start to its end (both included). */
export function pausedLocalDates(
  intervals: readonly { readonly start: Date; readonly end: Date }[],
  timeZone: string,
): Set<string> {
  const dates = new Set<string>();
  for (const { start, end } of intervals) {
    const last = localDateAt(end, timeZone);
    for (let day = localDateAt(start, timeZone); day <= last; day = addDays(day, 1)) dates.add(day);
  }
  return dates;
}

import { addDays, localDateAt, wallTimeToInstant } from "./local-time.rules.js";
import { HOUR_MS } from "./time-units.js";

const DEFAULT_MORNING_MINUTES = 8 * 60;
/** Pain must settle overnight: a check sooner than this after the report would ask too early. */
const MIN_HOURS_BEFORE_MORNING_CHECK = 6;

interface ReminderWindow {
  readonly windowStart: number | null;
  readonly windowEnd: number | null;
  readonly times: readonly number[] | null;
}

/** 08:00 moved into the member's reminder window (or their first time), when they expect to hear from Dorsi. */
export function morningCheckMinutes(window: ReminderWindow | null): number {
  const firstTime = window?.times?.length ? Math.min(...window.times) : null;
  if (firstTime !== null) return firstTime;
  if (window?.windowStart == null || window.windowEnd == null) return DEFAULT_MORNING_MINUTES;
  const { windowStart: start, windowEnd: end } = window;
  const inside =
    start <= end
      ? DEFAULT_MORNING_MINUTES >= start && DEFAULT_MORNING_MINUTES <= end
      : DEFAULT_MORNING_MINUTES >= start || DEFAULT_MORNING_MINUTES <= end;
  return inside ? DEFAULT_MORNING_MINUTES : start;
}

export function nextMorningCheck(
  now: Date,
  timeZone: string,
  minutes: number,
): { readonly localDate: string; readonly dueAt: Date } {
  const earliest = now.getTime() + MIN_HOURS_BEFORE_MORNING_CHECK * HOUR_MS;
  let localDate = localDateAt(now, timeZone);
  for (;;) {
    const dueAt = wallTimeToInstant(localDate, minutes, timeZone);
    if (dueAt.getTime() >= earliest) return { localDate, dueAt };
    localDate = addDays(localDate, 1);
  }
}

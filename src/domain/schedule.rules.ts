/**
 * A member's reminder settings and the checks /schedule applies before storing or planning them.
 * How settings become instants is schedule-plan.rules.ts.
 */
import { fail, ok, type Result } from "./result.js";
import {
  checkTimesList,
  formatClockTime,
  MAX_PER_DAY,
  MIN_GAP_MINUTES,
  MINUTES_PER_DAY,
  type TimeInputProblem,
} from "./time-input.rules.js";
import { canonicalTimeZone, type TimeZoneProblem, unknownTimeZone } from "./timezones.rules.js";

export interface ScheduleSettings {
  /** IANA zone name, e.g. "Europe/London". */
  readonly timeZone: string;
  /** Minutes after local midnight, 0-1439. */
  readonly windowStart: number;
  /** Minutes after local midnight, 0-1439; less than windowStart: the window crosses midnight. */
  readonly windowEnd: number;
  /** Reminders a day, 1-12, spread over the window. Ignored when `times` is given. */
  readonly perDay: number;
  /** Explicit local times (minutes after midnight) that replace the spread; null to spread. */
  readonly times: readonly number[] | null;
  /** ISO weekdays (Mon=1 ... Sun=7) on which a window may start. */
  readonly days: ReadonlySet<number> | readonly number[];
}

function daysOf(days: ScheduleSettings["days"]): number[] {
  // Stored settings are already sorted and unique: no Set and sort for each member planned.
  if (Array.isArray(days) && days.every((day, index) => index === 0 || day > days[index - 1])) {
    return [...days];
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

function isMinuteOfDay(x: number): boolean {
  return Number.isInteger(x) && x >= 0 && x < MINUTES_PER_DAY;
}

/** Length of the window in minutes, 1-1439 (0 when start == end, which is invalid). */
export function windowLength(windowStart: number, windowEnd: number): number {
  return (((windowEnd - windowStart) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** Most reminders a window can hold at least 45 minutes apart. */
function windowCapacity(windowStart: number, windowEnd: number): number {
  const length = windowLength(windowStart, windowEnd);
  if (length === 0) return 0;
  return Math.min(MAX_PER_DAY, Math.floor(length / MIN_GAP_MINUTES) + 1);
}

/** Everything /schedule can refuse, each worded at catalog key `schedule.problems.<name>`. */
type ScheduleProblem =
  | TimeInputProblem
  | TimeZoneProblem
  | "schedule.days-invalid"
  | "schedule.per-day"
  | "schedule.times-invalid"
  | "schedule.window-invalid"
  | "schedule.window-empty"
  | "schedule.window-too-small";

/**
 * Checks settings before they are stored or planned. On success returns them normalised: canonical
 * zone name, sorted unique days and times.
 */
export function validateSchedule(settings: ScheduleSettings): Result<ScheduleSettings, ScheduleProblem> {
  const timeZone = canonicalTimeZone(settings.timeZone);
  if (timeZone === null) return unknownTimeZone(settings.timeZone);

  const days = daysOf(settings.days);
  if (days.length === 0) return fail("schedule.days-empty");
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return fail("schedule.days-invalid");

  if (!Number.isInteger(settings.perDay) || settings.perDay < 1 || settings.perDay > MAX_PER_DAY) {
    return fail("schedule.per-day", { max: MAX_PER_DAY });
  }

  if (settings.times !== null) {
    if (!settings.times.every(isMinuteOfDay)) return fail("schedule.times-invalid");
    const times = checkTimesList([...new Set(settings.times)].sort((a, b) => a - b));
    if (!times.ok) return times;
    return ok({ ...settings, timeZone, days, times: times.value });
  }

  const { windowStart, windowEnd, perDay } = settings;
  if (!isMinuteOfDay(windowStart) || !isMinuteOfDay(windowEnd)) return fail("schedule.window-invalid");
  const start = formatClockTime(windowStart);
  const length = windowLength(windowStart, windowEnd);
  if (length === 0) return fail("schedule.window-empty", { start });
  const capacity = windowCapacity(windowStart, windowEnd);
  if (perDay > capacity) {
    return fail("schedule.window-too-small", {
      start,
      end: formatClockTime(windowEnd),
      length,
      count: capacity,
      gap: MIN_GAP_MINUTES,
      perDay,
      needed: (perDay - 1) * MIN_GAP_MINUTES,
    });
  }
  return ok({ ...settings, timeZone, days, times: null });
}

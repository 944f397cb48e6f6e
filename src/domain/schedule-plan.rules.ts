/**
 * Reminder planning: a member's settings + local dates -> the instants (UTC) of their reminders.
 * Pure and deterministic: "now" is always an argument.
 *
 * A date's plan holds the reminders whose window starts on that date, so the part of a window after
 * midnight (22:00-02:00) belongs to the previous date's plan and the key (member, localDate, slot)
 * stays stable; the start date's weekday alone decides whether it is a reminder day. Spread
 * reminders go evenly from the window's start to its end (one: the middle), each moved by a
 * deterministic jitter small enough that the 45-minute gap and the window bounds still hold;
 * explicit times are used as given.
 *
 * Across clock changes (tested in test/domain/schedule.test.ts): a wall time in a spring-forward gap
 * fires shifted forward by the gap and one that happens twice fires at its first occurrence; every
 * selected date gets exactly its count of reminders; instants strictly increase with the slot (one
 * minute after the previous one if a long gap would overtake it), and across dates when the window
 * leaves as much time free as the longest gap (2 hours); consecutive reminders are at least 45 real
 * minutes apart, or max(1, 45 - g) across a gap of g minutes.
 */
import { addDays, isoWeekday, localDateAt, wallTimeToInstant } from "./local-time.rules.js";
import { type ScheduleSettings, validateSchedule, windowLength } from "./schedule.rules.js";
import { formatClockTime, MIN_GAP_MINUTES, MINUTES_PER_DAY } from "./time-input.rules.js";
import { HOUR_MS, MINUTE_MS } from "./time-units.js";

/** Largest jitter, in minutes either way, added to spread reminders (never to explicit times). */
const MAX_JITTER_MINUTES = 5;

interface PlannedSlot {
  /** 0..n-1 in time order; with localDate, the idempotency key of a planned reminder. */
  readonly slot: number;
  /** The local date of the plan (the date the window started), "YYYY-MM-DD". */
  readonly localDate: string;
  /** The intended local wall time "HH:MM" (on the next calendar day if past midnight). */
  readonly localTime: string;
  /** When to send it. */
  readonly dueAt: Date;
}

function assertValid(settings: ScheduleSettings): ScheduleSettings {
  const result = validateSchedule(settings);
  if (!result.ok) throw new RangeError(`invalid schedule settings: ${result.problem.code}`);
  return result.value;
}

// ---------------------------------------------------------------------------------------------
// Deterministic jitter

/** cyrb53-style 32-bit string hash. */
function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** One mulberry32 step from a seed: a float in [0, 1). */
function unitRandom(seed: number): number {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Integer jitter in [-bound, bound], a pure function of (seed, date, slot). */
function jitter(seed: string, localDate: string, slot: number, bound: number): number {
  if (bound <= 0) return 0;
  const r = unitRandom(hashString(`${seed}\u0000${localDate}\u0000${slot}`));
  return Math.floor(r * (2 * bound + 1)) - bound;
}

/**
 * Wall-clock minutes after midnight of `localDate` (may exceed 1439 for a window crossing midnight)
 * of each spread reminder, strictly increasing, each >= 45 apart and inside [start, start + length].
 */
function spreadMinutes(
  windowStart: number,
  windowEnd: number,
  perDay: number,
  localDate: string,
  seed: string,
): number[] {
  const length = windowLength(windowStart, windowEnd);
  if (perDay === 1) {
    const bound = Math.min(MAX_JITTER_MINUTES, Math.floor(length / 2));
    return [windowStart + Math.floor(length / 2) + jitter(seed, localDate, 0, bound)];
  }
  const spacing = length / (perDay - 1);
  // round() is monotone, so neighbouring bases differ by at least floor(spacing) >= 45.
  const bound = Math.max(
    0,
    Math.min(MAX_JITTER_MINUTES, Math.floor((Math.floor(spacing) - MIN_GAP_MINUTES) / 2)),
  );
  const out: number[] = [];
  for (let slot = 0; slot < perDay; slot++) {
    const base = Math.round(slot * spacing);
    const offset = Math.min(length, Math.max(0, base + jitter(seed, localDate, slot, bound)));
    out.push(windowStart + offset);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Planning

/** Wall-clock minutes (after midnight of the plan date) of each reminder on a selected date. */
function plannedMinutes(settings: ScheduleSettings, localDate: string, seed: string): number[] {
  if (settings.times !== null) return [...settings.times];
  return spreadMinutes(settings.windowStart, settings.windowEnd, settings.perDay, localDate, seed);
}

/**
 * The reminders whose window starts on each of `localDates` ("YYYY-MM-DD" in the member's zone), in
 * date order; a date whose weekday is not selected has none. `seed` (e.g. the member id) varies the
 * jitter between members. Throws RangeError on invalid settings or date (validate with
 * validateSchedule first).
 */
export function planDates(
  settings: ScheduleSettings,
  localDates: readonly string[],
  seed: string,
): PlannedSlot[] {
  const valid = assertValid(settings);
  const out: PlannedSlot[] = [];
  for (const localDate of localDates) out.push(...planValidDay(valid, localDate, seed));
  return out;
}

function planValidDay(valid: ScheduleSettings, localDate: string, seed: string): PlannedSlot[] {
  if (!(valid.days as readonly number[]).includes(isoWeekday(localDate))) return [];
  const out: PlannedSlot[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  const slotMinutes = plannedMinutes(valid, localDate, seed);
  for (let slot = 0; slot < slotMinutes.length; slot++) {
    const minutes = slotMinutes[slot] as number;
    const natural = wallTimeToInstant(localDate, minutes, valid.timeZone);
    const dueAt = natural.getTime() <= previous ? new Date(previous + MINUTE_MS) : natural;
    previous = dueAt.getTime();
    out.push({ slot, localDate, localTime: clockTime(minutes % MINUTES_PER_DAY), dueAt });
  }
  return out;
}

/** formatClockTime from a table: every planned reminder names its wall time. */
function clockTime(minutes: number): string {
  CLOCK_TIMES ??= Array.from({ length: MINUTES_PER_DAY }, (_, minute) => formatClockTime(minute));
  return CLOCK_TIMES[minutes] ?? formatClockTime(minutes);
}

let CLOCK_TIMES: string[] | undefined;

/** A plan reaches at most this far past its date's midnight (a window crossing midnight, plus gaps). */
const PLAN_SPAN_DAYS = 2;

/** The next `count` reminders strictly after `now`, in time order (for the /schedule reply). */
export function nextReminders(
  settings: ScheduleSettings,
  now: Date,
  count: number,
  seed: string,
): PlannedSlot[] {
  const valid = assertValid(settings);
  if (count <= 0) return [];
  const out: PlannedSlot[] = [];
  let date = addDays(localDateAt(now, valid.timeZone), -1);
  // At least one selected weekday per week, so 7 dates per reminder (+ slack) always suffice.
  const maxDates = 7 * count + PLAN_SPAN_DAYS + 7;
  for (let i = 0; i < maxDates && out.length < count; i++) {
    for (const slot of planValidDay(valid, date, seed))
      if (slot.dueAt.getTime() > now.getTime()) out.push(slot);
    date = addDays(date, 1);
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()).slice(0, count);
}

/**
 * The local dates a planner run at `now` must plan so that every reminder due in the next
 * `horizonHours` exists: from yesterday (only when the window crosses midnight, or when no window is
 * given, since yesterday's window may still be running) through the local date at now + horizon.
 * Planning is idempotent per (member, date, slot); callers should store only slots due after `now`.
 */
export function localDatesToPlan(
  now: Date,
  timeZone: string,
  horizonHours = 24,
  window?: {
    readonly windowStart: number;
    readonly windowEnd: number;
    readonly times?: readonly number[] | null;
  },
): string[] {
  const today = localDateAt(now, timeZone);
  const last = localDateAt(new Date(now.getTime() + horizonHours * HOUR_MS), timeZone);
  let crossesMidnight: boolean;
  if (window === undefined) crossesMidnight = true;
  else if (window.times !== undefined && window.times !== null) crossesMidnight = false;
  else crossesMidnight = window.windowEnd < window.windowStart;
  const out: string[] = [];
  let date = crossesMidnight ? addDays(today, -1) : today;
  while (date <= last) {
    out.push(date);
    date = addDays(date, 1);
  }
  return out;
}

/**
 * Reminder planning: a member's settings + a local date -> the instants (UTC) of that day's reminders.
 * Pure and deterministic: no clock is read; "now" is always an argument.
 *
 * ## The plan of a local date
 * A date's plan holds the reminders whose window STARTS on that date. For a window that crosses
 * midnight (windowEnd < windowStart, e.g. 22:00-02:00) the reminders after midnight belong to the plan
 * of the previous date: their `localDate` is the date the window started and `localTime` is the wall
 * time on the following calendar day. Whether a date is a reminder day is decided by the weekday of
 * that (start) date alone. The unique key (member, localDate, slot) is therefore stable.
 *
 * ## Spread
 * With `times === null`, `perDay` reminders are spread evenly over the window, first at the start and
 * last at the end (one reminder: the middle). Each gets a deterministic jitter from (seed, date, slot),
 * bounded by min(MAX_JITTER_MINUTES, floor((spacing - 45) / 2)) and clamped into the window, so the
 * 45-minute minimum gap and the window bounds provably hold in wall-clock minutes after jitter.
 * With explicit `times`, the plan is exactly those wall times, in order (the window is not used).
 *
 * ## Daylight saving time (guarantees, tested in test/domain/schedule.test.ts)
 * - A wall time that does not exist (spring-forward gap) is shifted forward by the length of the gap
 *   (RFC 5545): 02:30 in a one-hour gap fires at 03:30; in Australia/Lord_Howe's 30-minute gap
 *   02:10 fires at 02:40.
 * - A wall time that happens twice (fall back) fires once, at its FIRST occurrence (the earlier
 *   instant, i.e. the larger UTC offset). Luxon alone does not guarantee this (see wallTimeToInstant).
 * - Every selected date gets exactly `perDay` (or `times.length`) reminders, never more, never fewer;
 *   dates are planned independently, so no date is skipped or doubled.
 * - Within a plan, instants strictly increase with the slot number. If a gap shift would make a
 *   reminder fire at or before the previous one (possible only when the gap is longer than 44
 *   minutes), it fires one minute after the previous one instead.
 * - Real (elapsed) time between consecutive reminders is at least 45 minutes on every plan whose
 *   time span contains no spring-forward gap. When it does contain a gap of g minutes, the spacing
 *   can shrink to max(1, 45 - g) minutes on that one night (e.g. 01:50 EST and 03:00 EDT are 10 real
 *   minutes apart). A fall-back overlap only lengthens the spacing.
 * - Across dates, instants strictly increase (date order, then slot order) as long as the window
 *   leaves at least as much time free as the longest gap (2 hours in Antarctica/Troll): a reminder
 *   shifted out of a gap cannot then overtake the next window's first one.
 */
import { IANAZone } from "luxon";
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

export { MAX_PER_DAY, MIN_GAP_MINUTES, MINUTES_PER_DAY } from "./time-input.rules.js";

/** Largest jitter, in minutes either way, added to spread reminders (never to explicit times). */
export const MAX_JITTER_MINUTES = 5;

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

export interface PlannedSlot {
  /** 0..n-1 in time order; with localDate, the idempotency key of a planned reminder. */
  readonly slot: number;
  /** The local date of the plan (the date the window started), "YYYY-MM-DD". */
  readonly localDate: string;
  /** The intended local wall time "HH:MM" (on the next calendar day if past midnight). */
  readonly localTime: string;
  /** When to send it. */
  readonly dueAt: Date;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Local dates

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-08" -> epoch ms of that date's midnight read as if it were UTC. Throws on a bad date. */
function dateToNaiveMs(localDate: string): number {
  return naiveMsOfDate.get(localDate) ?? remember(naiveMsOfDate, localDate, parseLocalDate(localDate));
}

function parseLocalDate(localDate: string): number {
  const m = DATE_RE.exec(localDate);
  if (!m) throw new RangeError(`local date must be YYYY-MM-DD, got ${JSON.stringify(localDate)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${localDate}`);
  }
  return ms;
}

function naiveMsToDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  return dateOfDay.get(day) ?? remember(dateOfDay, day, new Date(day * DAY_MS).toISOString().slice(0, 10));
}

// The planner converts the same few dates for every member: parsing and formatting them each time
// was a third of its time. Only valid dates are memoised.
const naiveMsOfDate = new Map<string, number>();
const dateOfDay = new Map<number, string>();

/** Stores `value` in a memo that starts over past `limit` entries (so it cannot grow without bound). */
function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit = 10_000): V {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}

/** "2026-12-31" + 1 -> "2027-01-01". */
export function addDays(localDate: string, days: number): string {
  return naiveMsToDate(dateToNaiveMs(localDate) + days * DAY_MS);
}

/** Days from 1970-01-01 to a local date (negative before it). */
export function epochDay(localDate: string): number {
  return Math.round(dateToNaiveMs(localDate) / DAY_MS);
}

/** ISO weekday of a local date: Mon=1 ... Sun=7. */
export function isoWeekday(localDate: string): number {
  const day = new Date(dateToNaiveMs(localDate)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The member's local calendar date at an instant: "YYYY-MM-DD". */
export function localDateAt(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("invalid instant");
  return naiveMsToDate(ms + offsetAt(zoneOf(timeZone), ms) * MINUTE_MS);
}

// ---------------------------------------------------------------------------------------------
// Wall time -> instant

function zoneOf(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`invalid time zone: ${timeZone}`);
  return zone;
}

/**
 * Luxon's zone.offset(ms) (minutes), memoised per zone and UTC hour: Intl formatting behind it costs
 * microseconds, and the planner asks ~15 times per reminder. An hour is cached only when its offset
 * is the same at both ends (zones change offset at most once in many weeks), so an hour holding a
 * transition is always computed exactly.
 */
function offsetAt(zone: IANAZone, ms: number): number {
  const hours = memoOfZone(offsetCache, zone.name);
  const hour = Math.floor(ms / HOUR_MS);
  const cached = hours.get(hour);
  if (cached !== undefined) return cached;
  const start = zone.offset(hour * HOUR_MS);
  if (zone.offset((hour + 1) * HOUR_MS - 1) !== start) return zone.offset(ms);
  return remember(hours, hour, start, 50_000);
}

/** The memo of one zone in a memo of memos by zone name. */
function memoOfZone(byZone: Map<string, Map<number, number>>, timeZone: string): Map<number, number> {
  return byZone.get(timeZone) ?? remember(byZone, timeZone, new Map<number, number>(), 1_000);
}

const offsetCache = new Map<string, Map<number, number>>();

/**
 * The instant at which the wall clock in `timeZone` reads `minutes` after midnight of `localDate`
 * (minutes may exceed 1439: 1500 is 01:00 on the next day).
 * - Nonexistent wall time (spring forward): shifted forward by the length of the gap (RFC 5545).
 * - Ambiguous wall time (fall back): the FIRST occurrence.
 *
 * Not simply `DateTime.fromObject(..., { zone })`: for an ambiguous time Luxon starts from the zone's
 * offset at the current system time, so it returns the first occurrence in some seasons and the
 * second in others (an impure result). Here every offset the zone has within ±15 hours is tried and
 * the earliest consistent instant wins.
 */
export function wallTimeToInstant(localDate: string, minutes: number, timeZone: string): Date {
  return new Date(wallTimeToMs(localDate, minutes, timeZone));
}

/**
 * wallTimeToInstant in epoch ms, memoised per zone and wall time: members of a zone share the few
 * dates planned and many of their wall times.
 */
function wallTimeToMs(localDate: string, minutes: number, timeZone: string): number {
  if (!Number.isInteger(minutes)) throw new RangeError(`minutes must be an integer, got ${minutes}`);
  const instants = instantsOf(timeZone);
  // Keyed by naive minute, a small integer, which a Map hashes much faster than epoch ms.
  const naiveMinute = dateToNaiveMs(localDate) / MINUTE_MS + minutes;
  const cached = instants.get(naiveMinute);
  if (cached !== undefined) return cached;
  return remember(instants, naiveMinute, firstInstant(zoneOf(timeZone), naiveMinute * MINUTE_MS), 100_000);
}

/** The memo of wallTimeToMs for a zone, which exists only once the zone proved valid. */
function instantsOf(timeZone: string): Map<number, number> {
  const known = instantCache.get(timeZone);
  if (known !== undefined) return known;
  zoneOf(timeZone); // throws for an unknown zone, before a bad date is noticed
  return memoOfZone(instantCache, timeZone);
}

const instantCache = new Map<string, Map<number, number>>();

/** The earliest instant at which `zone`'s wall clock reads `naive`, or the gap-shifted one. */
function firstInstant(zone: IANAZone, naive: number): number {
  // The true instant lies within [naive - 14h, naive + 12h]; no zone changes its offset twice within
  // 15 hours, so these probes see every offset that can apply.
  const offsets = new Set<number>();
  for (const h of [-15, 0, 15]) offsets.add(offsetAt(zone, naive + h * HOUR_MS));
  let first: number | undefined;
  for (const offset of offsets) {
    const instant = naive - offset * MINUTE_MS;
    if (offsetAt(zone, instant) === offset && (first === undefined || instant < first)) first = instant;
  }
  if (first !== undefined) return first;
  // In a gap: read the wall time with the offset in force before the transition (the smaller one),
  // which lands the length of the gap later on the new wall clock.
  return naive - Math.min(...offsets) * MINUTE_MS;
}

// ---------------------------------------------------------------------------------------------
// Validation

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
export function windowCapacity(windowStart: number, windowEnd: number): number {
  const length = windowLength(windowStart, windowEnd);
  if (length === 0) return 0;
  return Math.min(MAX_PER_DAY, Math.floor(length / MIN_GAP_MINUTES) + 1);
}

/** Everything /schedule can refuse, each worded at catalog key `schedule.problems.<name>`. */
export type ScheduleProblem =
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
export function spreadMinutes(
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
 * The reminders whose window starts on `localDate` ("YYYY-MM-DD" in the member's zone); [] when the
 * date's weekday is not selected. `seed` (e.g. the member id) varies the jitter between members.
 * Throws RangeError on invalid settings or date (validate with validateSchedule first).
 */
export function planDay(settings: ScheduleSettings, localDate: string, seed: string): PlannedSlot[] {
  return planValidDay(assertValid(settings), localDate, seed);
}

/** planDay for several dates, validating the settings once (the planner's hot path). */
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
    let due = wallTimeToMs(localDate, minutes, valid.timeZone);
    if (due <= previous) due = previous + MINUTE_MS;
    previous = due;
    out.push({ slot, localDate, localTime: clockTime(minutes % MINUTES_PER_DAY), dueAt: new Date(due) });
  }
  return out;
}

/** formatClockTime from a table: every planned reminder names its wall time. */
function clockTime(minutes: number): string {
  CLOCK_TIMES ??= Array.from({ length: MINUTES_PER_DAY }, (_, minute) => formatClockTime(minute));
  return CLOCK_TIMES[minutes] ?? formatClockTime(minutes);
}

let CLOCK_TIMES: string[] | undefined;

/** planDay for `days` consecutive local dates starting at `fromLocalDate`, concatenated. */
export function planRange(
  settings: ScheduleSettings,
  fromLocalDate: string,
  days: number,
  seed: string,
): PlannedSlot[] {
  const dates = Array.from({ length: days }, (_, index) => addDays(fromLocalDate, index));
  return planDates(settings, dates, seed);
}

/** A plan reaches at most this far past its date's midnight (a window crossing midnight, plus gaps). */
const PLAN_SPAN_DAYS = 2;

/**
 * Every planned reminder with from <= dueAt < to, in time order (plans every local date whose
 * reminders could fall in the interval).
 */
export function plannedBetween(
  settings: ScheduleSettings,
  from: Date,
  to: Date,
  seed: string,
): PlannedSlot[] {
  const valid = assertValid(settings);
  if (to.getTime() <= from.getTime()) return [];
  const first = addDays(localDateAt(from, valid.timeZone), -1);
  const last = localDateAt(to, valid.timeZone);
  const count = Math.round((dateToNaiveMs(last) - dateToNaiveMs(first)) / DAY_MS) + 1;
  return planRange(valid, first, count, seed)
    .filter((s) => s.dueAt.getTime() >= from.getTime() && s.dueAt.getTime() < to.getTime())
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

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

/**
 * The club week: Monday 00:00 to the next Monday 00:00 in the club's IANA time zone, and the
 * weekly leaderboard post that reports on it.
 *
 * Pure: every instant comes in as an argument (no clock reads). Luxon supplies the zone rules
 * (offsets) and ISO week numbering; the calendar arithmetic is done on whole "day numbers"
 * (days since 1970-01-01 in the proleptic Gregorian calendar), which cannot drift across clock
 * changes. A week lasts 168 hours, or 167/169 when it contains a clock change.
 *
 * Turning a wall-clock time into an instant (the only delicate part):
 * - a time that happens twice (clocks go back) resolves to its FIRST occurrence;
 * - a time that does not exist (clocks go forward):
 *   - a weekly post time is shifted forward by the length of the gap (RFC 5545, the reminder
 *     pipeline's rule: 02:30 on a spring-forward night becomes 03:30);
 *   - a week boundary (Monday 00:00) is the first instant of the Monday, so that weeks stay
 *     contiguous and cover every instant even in zones whose clock changes at midnight.
 *   Luxon alone is not used for this: for a repeated time it picks the second occurrence.
 */
import { DateTime, IANAZone } from "luxon";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface ClubWeek {
  /** First instant of Monday 00:00 in the club's zone (inclusive). */
  readonly start: Date;
  /** First instant of the following Monday (exclusive); equals the next week's start. */
  readonly end: Date;
  /** The Monday, "YYYY-MM-DD" (club-local calendar date). */
  readonly startLocalDate: string;
  /** The Sunday, "YYYY-MM-DD" (last local date of the week, inclusive). */
  readonly lastLocalDate: string;
  /** ISO week-numbering year (2027-01-03 belongs to 2026-W53). */
  readonly isoYear: number;
  /** ISO week number, 1..53. */
  readonly isoWeek: number;
  /** "2026-W48": a stable key, e.g. for "this week's board was already posted". */
  readonly label: string;
}

/**
 * What a scheduler needs to know about a club's weekly post at `now`:
 * `if (s.withinGrace && !alreadyPosted(club, s.reportsOnWeek.label)) post(s.reportsOnWeek)`.
 */
export interface WeeklyPostSchedule {
  /** The latest post instant at or before `now`. */
  readonly dueAt: Date;
  /** The week that post reports on: the most recent complete week before `dueAt`. */
  readonly reportsOnWeek: ClubWeek;
  /** now - dueAt, >= 0. */
  readonly lateByMs: number;
  /** lateByMs < WEEKLY_POST_GRACE_MS: still worth posting (after downtime, older posts are skipped). */
  readonly withinGrace: boolean;
  /** The next post instant strictly after `now` (e.g. to show "next board <t:...>"). */
  readonly nextDueAt: Date;
}

/** A weekly board more than a day late is stale: skip it rather than post it out of context. */
export const WEEKLY_POST_GRACE_MS = DAY_MS;

// ---------------------------------------------------------------------------------------------
// Validation

function zoneOf(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
  return zone;
}

function msOf(instant: Date, name: string): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is an invalid Date`);
  return ms;
}

function checkPostDay(postDay: number): void {
  if (!Number.isInteger(postDay) || postDay < 1 || postDay > 7) {
    throw new RangeError(`postDay must be an ISO weekday 1 (Monday) .. 7 (Sunday), got ${postDay}`);
  }
}

function checkPostTime(postTime: number): void {
  if (!Number.isInteger(postTime) || postTime < 0 || postTime >= 24 * 60) {
    throw new RangeError(`postTime must be whole minutes after midnight, 0..1439, got ${postTime}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Day numbers and wall time

function offsetMs(zone: IANAZone, ms: number): number {
  return zone.offset(ms) * MINUTE_MS;
}

/** The club-local calendar day (days since 1970-01-01) of an instant. */
function localDayNumber(ms: number, zone: IANAZone): number {
  return Math.floor((ms + offsetMs(zone, ms)) / DAY_MS);
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
function isoWeekdayOf(day: number): IsoWeekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

function mondayOf(day: number): number {
  return day - (isoWeekdayOf(day) - 1);
}

function isoDateOf(day: number): string {
  return DateTime.fromMillis(day * DAY_MS, { zone: "utc" }).toISODate() ?? "";
}

function dayNumberOfIsoDate(isoDate: string): number {
  return Math.round(
    Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) /
      DAY_MS,
  );
}

/**
 * The instant at which the zone's wall clock shows `minutes` after midnight of `day`.
 * Repeated wall time: the first occurrence. Non-existent wall time: see the module comment
 * ("shift" = forward by the gap, "first" = the first instant at or past that wall time).
 */
function wallToInstant(day: number, minutes: number, zone: IANAZone, gap: "shift" | "first"): number {
  const wall = day * DAY_MS + minutes * MINUTE_MS;
  // Offsets a day either side bracket any clock change near this wall time (as Temporal does).
  const before = offsetMs(zone, wall - DAY_MS);
  const after = offsetMs(zone, wall + DAY_MS);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wall - offset;
    if (offsetMs(zone, candidate) === offset && candidate < best) best = candidate;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // In a gap: with the pre-change offset the wall clock reads `wall + gap`.
  if (gap === "shift") return wall - before;
  // First instant whose wall time is >= `wall`: the clock change itself, found by bisection.
  let lo = wall - after; // wall time reads < `wall` here
  let hi = wall - before; // and >= `wall` here
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + offsetMs(zone, mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

// ---------------------------------------------------------------------------------------------
// Weeks

function weekOfMonday(monday: number, zone: IANAZone): ClubWeek {
  const start = wallToInstant(monday, 0, zone, "first");
  const end = wallToInstant(monday + 7, 0, zone, "first");
  const iso = DateTime.fromMillis(monday * DAY_MS, { zone: "utc" });
  const isoYear = iso.weekYear;
  const isoWeek = iso.weekNumber;
  return {
    start: new Date(start),
    end: new Date(end),
    startLocalDate: isoDateOf(monday),
    lastLocalDate: isoDateOf(monday + 6),
    isoYear,
    isoWeek,
    label: `${isoYear}-W${String(isoWeek).padStart(2, "0")}`,
  };
}

function mondayOfWeek(week: ClubWeek): number {
  return dayNumberOfIsoDate(week.startLocalDate);
}

function weekContainingMs(ms: number, zone: IANAZone): ClubWeek {
  const monday = mondayOf(localDayNumber(ms, zone));
  const week = weekOfMonday(monday, zone);
  // Only in zones whose clock changes across midnight can the local date disagree with the
  // instant ranges (e.g. a repeated Sunday 23:30 after Monday 00:00 has begun); ranges win.
  if (ms < week.start.getTime()) return weekOfMonday(monday - 7, zone);
  if (ms >= week.end.getTime()) return weekOfMonday(monday + 7, zone);
  return week;
}

/** The club week that contains `instant`: week.start <= instant < week.end. */
export function weekContaining(instant: Date, timeZone: string): ClubWeek {
  return weekContainingMs(msOf(instant, "instant"), zoneOf(timeZone));
}

/** The week before `week` (its end is `week.start`). */
export function previousWeek(week: ClubWeek, timeZone: string): ClubWeek {
  return weekOfMonday(mondayOfWeek(week) - 7, zoneOf(timeZone));
}

/** The week after `week` (its start is `week.end`). */
export function nextWeek(week: ClubWeek, timeZone: string): ClubWeek {
  return weekOfMonday(mondayOfWeek(week) + 7, zoneOf(timeZone));
}

/** Week relative to the one containing `instant`: 0 = "this", -1 = "last", 1 = "next". */
export function weekByOffset(instant: Date, timeZone: string, offset: number): ClubWeek {
  if (!Number.isInteger(offset)) throw new RangeError(`week offset must be an integer, got ${offset}`);
  const zone = zoneOf(timeZone);
  const week = weekContainingMs(msOf(instant, "instant"), zone);
  return offset === 0 ? week : weekOfMonday(mondayOfWeek(week) + 7 * offset, zone);
}

/** "2026-W53" -> that club week; undefined if the label is malformed or the week does not exist. */
export function parseWeekLabel(label: string, timeZone: string): ClubWeek | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(label.trim());
  if (!match) return undefined;
  const weekYear = Number(match[1]);
  const weekNumber = Number(match[2]);
  const monday = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: "utc" });
  if (!monday.isValid || monday.weekYear !== weekYear || monday.weekNumber !== weekNumber) return undefined;
  return weekOfMonday(Math.round(monday.toMillis() / DAY_MS), zoneOf(timeZone));
}

// ---------------------------------------------------------------------------------------------
// The weekly post

function postInWeekOf(monday: number, postDay: number, postTime: number, zone: IANAZone): number {
  return wallToInstant(monday + postDay - 1, postTime, zone, "shift");
}

function nextPostMs(ms: number, zone: IANAZone, postDay: number, postTime: number): number {
  // Start a week early and walk forward: robust to any clock change near `ms`.
  let monday = mondayOf(localDayNumber(ms, zone)) - 7;
  for (;;) {
    const due = postInWeekOf(monday, postDay, postTime, zone);
    if (due > ms) return due;
    monday += 7;
  }
}

function latestPostMs(ms: number, zone: IANAZone, postDay: number, postTime: number): number {
  let monday = mondayOf(localDayNumber(ms, zone)) + 7;
  for (;;) {
    const due = postInWeekOf(monday, postDay, postTime, zone);
    if (due <= ms) return due;
    monday -= 7;
  }
}

/**
 * The next instant strictly after `after` at which the weekly post is due: `postDay` (ISO weekday,
 * 1 = Monday) at `postTime` (minutes after local midnight) in the club's zone. A post time inside
 * a spring-forward gap is shifted forward by the gap; a repeated time fires at its first occurrence.
 */
export function nextWeeklyPost(after: Date, timeZone: string, postDay: number, postTime: number): Date {
  checkPostDay(postDay);
  checkPostTime(postTime);
  return new Date(nextPostMs(msOf(after, "after"), zoneOf(timeZone), postDay, postTime));
}

/**
 * The week a post at `postInstant` reports on: the most recent complete week, i.e. the one that
 * ended at or before the post (a Monday 09:00 post reports on the week that ended 9 hours earlier;
 * a Sunday 20:00 post reports on the week that ended six days earlier, not the one still running).
 */
export function weekReportedBy(postInstant: Date, timeZone: string): ClubWeek {
  const zone = zoneOf(timeZone);
  const current = weekContainingMs(msOf(postInstant, "postInstant"), zone);
  return weekOfMonday(mondayOfWeek(current) - 7, zone);
}

/** When the post reporting on `week` is due: the first post instant at or after `week.end`. */
export function postDueFor(week: ClubWeek, timeZone: string, postDay: number, postTime: number): Date {
  checkPostDay(postDay);
  checkPostTime(postTime);
  return new Date(nextPostMs(week.end.getTime() - 1, zoneOf(timeZone), postDay, postTime));
}

/**
 * Everything a scheduler tick needs for one club: the latest post due at or before `now`, the
 * week it reports on (use its label as the idempotency key), how late it is, and the next one.
 */
export function weeklyPostSchedule(
  now: Date,
  timeZone: string,
  postDay: number,
  postTime: number,
): WeeklyPostSchedule {
  checkPostDay(postDay);
  checkPostTime(postTime);
  const zone = zoneOf(timeZone);
  const nowMs = msOf(now, "now");
  const dueMs = latestPostMs(nowMs, zone, postDay, postTime);
  const current = weekContainingMs(dueMs, zone);
  const lateByMs = nowMs - dueMs;
  return {
    dueAt: new Date(dueMs),
    reportsOnWeek: weekOfMonday(mondayOfWeek(current) - 7, zone),
    lateByMs,
    withinGrace: lateByMs < WEEKLY_POST_GRACE_MS,
    nextDueAt: new Date(nextPostMs(nowMs, zone, postDay, postTime)),
  };
}

/** Whether `timeZone` is an IANA zone Luxon knows (for validating club settings before a write). */
export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

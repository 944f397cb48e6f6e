/**
 * The club week, Monday 00:00 to Monday 00:00 in the club's zone, and the weekly board that reports
 * on it. A Monday midnight skipped by a clock change starts at the Monday's first instant, so weeks
 * stay contiguous.
 */
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { addDays, isoWeekday, localDateAt, wallTimeToInstant } from "./local-time.rules.js";
import { DAY_MS } from "./time-units.js";
import { isValidTimeZone } from "./timezones.rules.js";

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface ClubWeek {
  readonly start: Date;
  /** Exclusive: the next week's start. */
  readonly end: Date;
  readonly startLocalDate: string;
  readonly lastLocalDate: string;
  /** ISO week-numbering year: 2027-01-03 belongs to 2026-W53. */
  readonly isoYear: number;
  readonly isoWeek: number;
  /** "2026-W48": stable, so it keys "this week's board was already posted". */
  readonly label: string;
}

export interface WeeklyPostSchedule {
  readonly dueAt: Date;
  readonly reportsOnWeek: ClubWeek;
  readonly lateByMs: number;
  readonly withinGrace: boolean;
  readonly nextDueAt: Date;
}

/** A club's zone for its weeks: the one /club stored, else UTC. */
export function clubTimeZone(stored: string | null | undefined): string {
  return stored ?? "UTC";
}

/** A weekly board more than a day late is stale: skip it rather than post it out of context. */
const WEEKLY_POST_GRACE_MS = DAY_MS;

function checkZone(timeZone: string): void {
  // isValidTimeZone trims; a padded name would only be rejected later, with another message.
  if (timeZone.trim() !== timeZone || !isValidTimeZone(timeZone)) {
    throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
  }
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

function mondayAt(ms: number, timeZone: string): string {
  const date = localDateAt(new Date(ms), timeZone);
  return addDays(date, 1 - isoWeekday(date));
}

function weekOfMonday(monday: string, timeZone: string): ClubWeek {
  const iso = DateTime.fromISO(monday, { zone: "utc" });
  const isoYear = iso.weekYear;
  const isoWeek = iso.weekNumber;
  return {
    start: wallTimeToInstant(monday, 0, timeZone),
    end: wallTimeToInstant(addDays(monday, 7), 0, timeZone),
    startLocalDate: monday,
    lastLocalDate: addDays(monday, 6),
    isoYear,
    isoWeek,
    label: `${isoYear}-W${String(isoWeek).padStart(2, "0")}`,
  };
}

function weekAfter(week: ClubWeek, weeks: number, timeZone: string): ClubWeek {
  return weekOfMonday(addDays(week.startLocalDate, 7 * weeks), timeZone);
}

function weekContainingMs(ms: number, timeZone: string): ClubWeek {
  const week = weekOfMonday(mondayAt(ms, timeZone), timeZone);
  // Where the clock changes at midnight, the local date can disagree with the ranges; ranges win.
  if (ms < week.start.getTime()) return weekAfter(week, -1, timeZone);
  if (ms >= week.end.getTime()) return weekAfter(week, 1, timeZone);
  return week;
}

export function weekContaining(instant: Date, timeZone: string): ClubWeek {
  const ms = msOf(instant, "instant");
  checkZone(timeZone);
  return weekContainingMs(ms, timeZone);
}

export function previousWeek(week: ClubWeek, timeZone: string): ClubWeek {
  checkZone(timeZone);
  return weekAfter(week, -1, timeZone);
}

/** 0 is the week containing `instant`, -1 the one before. */
export function weekByOffset(instant: Date, timeZone: string, offset: number): ClubWeek {
  if (!Number.isInteger(offset)) throw new RangeError(`week offset must be an integer, got ${offset}`);
  checkZone(timeZone);
  const week = weekContainingMs(msOf(instant, "instant"), timeZone);
  return offset === 0 ? week : weekAfter(week, offset, timeZone);
}

function postInWeekOf(monday: string, postDay: number, postTime: number, timeZone: string): number {
  return wallTimeToInstant(addDays(monday, postDay - 1), postTime, timeZone).getTime();
}

function nextPostMs(ms: number, timeZone: string, postDay: number, postTime: number): number {
  // Start a week early and walk forward: robust to any clock change near `ms`.
  let monday = addDays(mondayAt(ms, timeZone), -7);
  for (;;) {
    const due = postInWeekOf(monday, postDay, postTime, timeZone);
    if (due > ms) return due;
    monday = addDays(monday, 7);
  }
}

function latestPostMs(ms: number, timeZone: string, postDay: number, postTime: number): number {
  let monday = addDays(mondayAt(ms, timeZone), 7);
  for (;;) {
    const due = postInWeekOf(monday, postDay, postTime, timeZone);
    if (due <= ms) return due;
    monday = addDays(monday, -7);
  }
}

/** The latest post due at or before `now`, the complete week it reports on, and the next post. */
export function weeklyPostSchedule(
  now: Date,
  timeZone: string,
  postDay: number,
  postTime: number,
): WeeklyPostSchedule {
  checkPostDay(postDay);
  checkPostTime(postTime);
  checkZone(timeZone);
  const nowMs = msOf(now, "now");
  const dueMs = latestPostMs(nowMs, timeZone, postDay, postTime);
  const current = weekContainingMs(dueMs, timeZone);
  const lateByMs = nowMs - dueMs;
  return {
    dueAt: new Date(dueMs),
    reportsOnWeek: weekAfter(current, -1, timeZone),
    lateByMs,
    withinGrace: lateByMs < WEEKLY_POST_GRACE_MS,
    nextDueAt: new Date(nextPostMs(nowMs, timeZone, postDay, postTime)),
  };
}

/**
 * The nonce of a club week's post (Discord: at most 25 characters): the same for every attempt and
 * process, so a retry after a crash returns the first message instead of posting a second one.
 */
export function weeklyPostNonce(guildId: string, weekStart: string): string {
  return createHash("sha256").update(`dorsi-weekly:${guildId}:${weekStart}`).digest("base64url").slice(0, 25);
}

/**
 * Local calendar dates ("YYYY-MM-DD" in a member's or club's zone) and wall time -> instant, DST-safe:
 * a wall time that does not exist is shifted forward by the gap (RFC 5545), and one that happens
 * twice resolves to its first occurrence. Pure: no clock is read.
 */
import { IANAZone } from "luxon";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "./time-units.js";

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

// The planner converts the same few dates for every member, so parsed and formatted dates are
// memoised (only valid ones).
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
 * Luxon's zone.offset(ms) (minutes), memoised per zone and UTC hour, since the Intl formatting behind
 * it is slow and the planner asks it several times per reminder. An hour is cached only when its
 * offset is the same at both ends, so an hour holding a transition is always computed exactly.
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

/**
 * A member's planned runs: what /runs add accepts (when, terrain, warm-up minutes), when each run
 * happens in the member's zone, and when its warm-up and after-run check-in are due. Pure: "now" and
 * the zone are always arguments. Wall times go through wallTimeToInstant, so a run in a spring-forward
 * gap starts shifted forward by the gap and one in the repeated hour starts at its first occurrence:
 * one start per run per local date, never two, never none.
 */
import { DateTime } from "luxon";
import { addDays, isoWeekday, localDateAt, wallTimeToInstant } from "./local-time.rules.js";
import { fail, ok, quote, type Result } from "./result.js";
import { formatClockTime, parseClockTime, parseDays } from "./time-input.rules.js";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "./time-units.js";

export const TERRAINS = ["road", "trail", "downhill"] as const;
export type Terrain = (typeof TERRAINS)[number];

export const WARMUP_MIN = 5;
export const WARMUP_MAX = 60;
const WARMUP_DEFAULT = 20;
/** Upcoming runs a member may plan at once: a full week of doubles and then some. */
export const MAX_RUNS = 15;

/** A weekly run on some ISO weekdays, or a one-off on a local date; minutes after local midnight. */
export type RunWhen =
  | { readonly kind: "weekly"; readonly days: readonly number[]; readonly minutes: number }
  | { readonly kind: "once"; readonly localDate: string; readonly minutes: number };

/** Everything /runs can refuse, each worded at catalog key `runs.problems.<name>`. */
type RunProblem =
  | "runs.when-empty"
  | "runs.when-time"
  | "runs.when-day"
  | "runs.when-day-missing"
  | "runs.when-date"
  | "runs.when-past"
  | "runs.warmup-range"
  | "runs.terrain";

/** "today" and "tomorrow" in Dorsi's languages, folded (no accents, lower case). */
const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ...["today", "hoy", "heute", "aujourd'hui", "aujourdhui", "hoje"].map((word) => [word, 0] as const),
  ...["tomorrow", "tmrw", "manana", "morgen", "demain", "amanha"].map((word) => [word, 1] as const),
]);

/** Words people put between the day and the time ("wed at 06:30", "mercredi à 6h30", "Mi um 6:30"). */
const CONNECTORS = new Set(["at", "@", "a", "las", "la", "um", "as", "ab", "on", "el", "le", "am"]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘`]/g, "'");
}

/** The day words left once the connectors around them are gone. */
function trimConnectors(tokens: readonly string[]): string[] {
  const words = [...tokens];
  while (words.length > 0 && CONNECTORS.has(fold(words.at(-1) as string))) words.pop();
  while (words.length > 0 && CONNECTORS.has(fold(words[0] as string))) words.shift();
  return words;
}

/** The time of day at the end (or start) of the words, and the words left for the day. */
function splitTime(tokens: readonly string[]): { minutes: number; rest: string[] } | null {
  const tries: [number, number][] = [
    [tokens.length - 2, tokens.length],
    [tokens.length - 1, tokens.length],
    [0, 2],
    [0, 1],
  ];
  for (const [from, to] of tries) {
    if (from < 0 || to > tokens.length) continue;
    const parsed = parseClockTime(tokens.slice(from, to).join(""));
    if (parsed.ok) return { minutes: parsed.value, rest: [...tokens.slice(0, from), ...tokens.slice(to)] };
  }
  return null;
}

/**
 * What a member typed as `when`: "wed 06:30", "mon,thu 18:00", "Samstag 8 Uhr" (weekly, the days of
 * /schedule in any of Dorsi's languages), or "2027-09-18 07:00", "tomorrow 6:45", "demain 6h45" (a
 * one-off). A one-off must start after `now` in `timeZone`.
 */
export function parseRunWhen(input: string, now: Date, timeZone: string): Result<RunWhen, RunProblem> {
  const tokens = input
    .trim()
    .split(/\s+/)
    .filter((token) => token !== "");
  if (tokens.length === 0) return fail("runs.when-empty");
  const split = splitTime(tokens);
  if (split === null) return fail("runs.when-time", { input: quote(input) });
  const dayWords = trimConnectors(split.rest);
  if (dayWords.length === 0) return fail("runs.when-day-missing", { input: quote(input) });
  const dayText = dayWords.join(" ");
  const iso = ISO_DATE.exec(dayText);
  const relative = RELATIVE_DAYS.get(fold(dayText));
  let localDate: string;
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return fail("runs.when-date", { input: quote(dayText) });
    }
    localDate = dayText;
  } else if (relative !== undefined) {
    localDate = addDays(localDateAt(now, timeZone), relative);
  } else {
    const days = parseDays(dayText);
    if (!days.ok) return fail("runs.when-day", { input: quote(dayText) });
    return ok({ kind: "weekly", days: [...days.value], minutes: split.minutes });
  }
  if (wallTimeToInstant(localDate, split.minutes, timeZone).getTime() <= now.getTime()) {
    return fail("runs.when-past", { when: `${localDate} ${formatClockTime(split.minutes)}` });
  }
  return ok({ kind: "once", localDate, minutes: split.minutes });
}

/** The warm-up's lead time, 5-60 minutes (default 20). */
export function parseWarmup(minutes: number | null | undefined): Result<number, RunProblem> {
  if (minutes == null) return ok(WARMUP_DEFAULT);
  if (!Number.isInteger(minutes) || minutes < WARMUP_MIN || minutes > WARMUP_MAX) {
    return fail("runs.warmup-range", { min: WARMUP_MIN, max: WARMUP_MAX });
  }
  return ok(minutes);
}

export function parseTerrain(value: string | null | undefined): Result<Terrain, RunProblem> {
  if (value == null) return ok("road");
  const terrain = TERRAINS.find((candidate) => candidate === value);
  return terrain ? ok(terrain) : fail("runs.terrain");
}

/** One run on one local date: the date keys its warm-up and check-in, so each happens once. */
interface RunOccurrence {
  readonly localDate: string;
  readonly startAt: Date;
}

function occurrenceOn(when: RunWhen, localDate: string, timeZone: string): RunOccurrence | null {
  const happens =
    when.kind === "once" ? when.localDate === localDate : when.days.includes(isoWeekday(localDate));
  return happens ? { localDate, startAt: wallTimeToInstant(localDate, when.minutes, timeZone) } : null;
}

/** The run's starts in (from, to], in time order. */
export function occurrencesBetween(when: RunWhen, timeZone: string, from: Date, to: Date): RunOccurrence[] {
  const out: RunOccurrence[] = [];
  // A day either side: a start is at most a gap's length away from its naive wall time.
  const last = addDays(localDateAt(to, timeZone), 1);
  for (let date = addDays(localDateAt(from, timeZone), -1); date <= last; date = addDays(date, 1)) {
    const occurrence = occurrenceOn(when, date, timeZone);
    const at = occurrence?.startAt.getTime() ?? Number.NaN;
    if (occurrence && at > from.getTime() && at <= to.getTime()) out.push(occurrence);
  }
  return out;
}

/** The next `count` starts after `now` (a one-off has at most one). */
export function nextOccurrences(when: RunWhen, timeZone: string, now: Date, count: number): RunOccurrence[] {
  if (when.kind === "once") {
    const occurrence = occurrenceOn(when, when.localDate, timeZone);
    return occurrence && occurrence.startAt.getTime() > now.getTime() ? [occurrence] : [];
  }
  // Every weekly run has a day each week: count weeks (and one for slack) hold `count` starts.
  const to = new Date(now.getTime() + (count + 1) * 7 * DAY_MS);
  return occurrencesBetween(when, timeZone, now, to).slice(0, count);
}

/** The warm-up DM goes `warmupMinutes` real minutes before the start. */
export function warmupAt(occurrence: RunOccurrence, warmupMinutes: number): Date {
  return new Date(occurrence.startAt.getTime() - warmupMinutes * MINUTE_MS);
}

const CHECK_IN_AFTER_HOURS = 2;
/** A check-in later than this (local wall clock) waits for the next morning. */
const LATE_EVENING_MINUTES = 22 * 60;

/**
 * The after-run check-in: two hours after the start, unless that falls after 22:00 local (or past
 * midnight), when it waits for the next morning's first reminder time.
 */
export function checkInAt(occurrence: RunOccurrence, timeZone: string, firstReminderMinutes: number): Date {
  const twoHoursOn = new Date(occurrence.startAt.getTime() + CHECK_IN_AFTER_HOURS * HOUR_MS);
  const date = localDateAt(twoHoursOn, timeZone);
  const minutes = minutesAfterMidnight(twoHoursOn, timeZone);
  if (date === occurrence.localDate && minutes <= LATE_EVENING_MINUTES) return twoHoursOn;
  return wallTimeToInstant(addDays(occurrence.localDate, 1), firstReminderMinutes, timeZone);
}

/** Wall-clock minutes after local midnight of an instant. */
function minutesAfterMidnight(instant: Date, timeZone: string): number {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return local.hour * 60 + local.minute;
}

/** The member's first reminder time of the day (their window's start or first explicit time), else 08:00. */
export function firstReminderMinutes(member: {
  readonly windowStart: number | null;
  readonly explicitTimes: readonly number[] | null;
}): number {
  const explicit = member.explicitTimes?.length ? Math.min(...member.explicitTimes) : null;
  return explicit ?? member.windowStart ?? 8 * 60;
}

/** A stored run's schedule (kind, days or date, minutes) as a RunWhen. */
export function runWhenOf(stored: {
  readonly kind: string;
  readonly days: readonly number[] | null;
  readonly localDate: string | null;
  readonly minutes: number;
}): RunWhen {
  if (stored.kind === "once" && stored.localDate !== null) {
    return { kind: "once", localDate: stored.localDate, minutes: stored.minutes };
  }
  return { kind: "weekly", days: stored.days ?? [], minutes: stored.minutes };
}

/** Stored terrains were checked when written; anything else reads as road. */
export function terrainOf(stored: string): Terrain {
  const parsed = parseTerrain(stored);
  return parsed.ok ? parsed.value : "road";
}

/** When a run starts on a local date, or null when it does not run that day. */
export function runStartOn(when: RunWhen, localDate: string, timeZone: string): Date | null {
  return occurrenceOn(when, localDate, timeZone)?.startAt ?? null;
}

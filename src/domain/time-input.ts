/**
 * Parsing and formatting what members type for /schedule: clock times, lists of times, days of the
 * week. Every parser returns a Result whose error is one polite sentence saying what to type instead,
 * ready to be shown to the member as is.
 */

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

export const MINUTES_PER_DAY = 1440;
/** Reminders of one day are at least this many minutes apart (in wall-clock time). */
export const MIN_GAP_MINUTES = 45;
export const MAX_PER_DAY = 12;

const TIME_HINT = "Use 24-hour HH:MM, for example 07:30 or 18:45.";

/** Quote member input for an error sentence, kept short so a long paste cannot flood the reply. */
export function quote(input: string): string {
  const trimmed = input.trim();
  const short = trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed;
  return `“${short}”`;
}

/**
 * "07:30", "7:30", "19:05", "7.30", "0730", "7:30pm", "7 pm", "12am" -> minutes after midnight (0-1439).
 * Rejects "24:00", "25:00", "7:5", "730" and anything else.
 */
export function parseClockTime(input: string): Result<number> {
  const text = input.trim().toLowerCase().replace(/\s+/g, "");
  if (text === "") return fail(`Please give a time of day. ${TIME_HINT}`);
  const ampm = /^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m\.?$/.exec(text);
  if (ampm) {
    const hour = Number(ampm[1]);
    const minute = ampm[2] === undefined ? 0 : Number(ampm[2]);
    if (hour < 1 || hour > 12 || minute > 59)
      return fail(`${quote(input)} isn't a time of day. ${TIME_HINT}`);
    const hour24 = (hour % 12) + (ampm[3] === "p" ? 12 : 0);
    return ok(hour24 * 60 + minute);
  }
  const match = /^(\d{1,2})[:.h](\d{2})$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!match) return fail(`${quote(input)} isn't a time of day. ${TIME_HINT}`);
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) {
    const extra = hour === 24 && minute === 0 ? " For midnight, use 00:00." : "";
    return fail(`${quote(input)} isn't a time of day. ${TIME_HINT}${extra}`);
  }
  return ok(hour * 60 + minute);
}

/** 450 -> "07:30". Minutes must be an integer 0-1439. */
export function formatClockTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) {
    throw new RangeError(`minutes after midnight must be an integer 0-1439, got ${minutes}`);
  }
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/**
 * Checks a sorted list of unique minutes: 1-12 items, neighbours at least 45 minutes apart.
 * Returns the error sentence, or null when the list is fine. Shared with validateSchedule.
 */
export function checkTimesList(sorted: readonly number[]): string | null {
  if (sorted.length === 0) {
    return "Please give at least one time, for example 07:30 or 07:30,12:00,18:15.";
  }
  if (sorted.length > MAX_PER_DAY) {
    return `That is ${sorted.length} times; ${MAX_PER_DAY} a day is the most I send. Please pick ${MAX_PER_DAY} or fewer.`;
  }
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as number;
    const b = sorted[i] as number;
    if (b - a < MIN_GAP_MINUTES) {
      return (
        `${formatClockTime(a)} and ${formatClockTime(b)} are only ${b - a} minutes apart; ` +
        `reminders need at least ${MIN_GAP_MINUTES} minutes between them. Please move one of them or drop it.`
      );
    }
  }
  return null;
}

/**
 * "07:30,12:00,18:15" (commas, semicolons or spaces) -> sorted unique minutes, 1-12 items,
 * neighbours at least 45 minutes apart. Duplicates are merged silently.
 */
export function parseTimesList(input: string): Result<number[]> {
  // Glue "7:30 pm" into "7:30pm" before splitting on spaces.
  const text = input.trim().replace(/(\d)\s+([ap]\.?m\b\.?)/gi, "$1$2");
  const parts = text.split(/[\s,;]+/).filter((p) => p !== "");
  if (parts.length === 0) {
    return fail("Please give one or more times separated by commas, for example 07:30,12:00,18:15.");
  }
  const minutes = new Set<number>();
  for (const part of parts) {
    const parsed = parseClockTime(part);
    if (!parsed.ok) {
      return fail(
        `${quote(part)} isn't a time of day. List 24-hour HH:MM times separated by commas, for example 07:30,12:00,18:15.`,
      );
    }
    minutes.add(parsed.value);
  }
  const sorted = [...minutes].sort((a, b) => a - b);
  const problem = checkTimesList(sorted);
  return problem === null ? ok(sorted) : fail(problem);
}

const DAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

const DAY_NAMES: ReadonlyMap<string, number> = new Map([
  ["mo", 1],
  ["mon", 1],
  ["monday", 1],
  ["tu", 2],
  ["tue", 2],
  ["tues", 2],
  ["tuesday", 2],
  ["we", 3],
  ["wed", 3],
  ["weds", 3],
  ["wednesday", 3],
  ["th", 4],
  ["thu", 4],
  ["thur", 4],
  ["thurs", 4],
  ["thursday", 4],
  ["fr", 5],
  ["fri", 5],
  ["friday", 5],
  ["sa", 6],
  ["sat", 6],
  ["saturday", 6],
  ["su", 7],
  ["sun", 7],
  ["sunday", 7],
]);

const DAY_GROUPS: ReadonlyMap<string, readonly number[]> = new Map([
  ["weekdays", [1, 2, 3, 4, 5]],
  ["weekday", [1, 2, 3, 4, 5]],
  ["weekends", [6, 7]],
  ["weekend", [6, 7]],
  ["daily", [1, 2, 3, 4, 5, 6, 7]],
  ["everyday", [1, 2, 3, 4, 5, 6, 7]],
  ["all", [1, 2, 3, 4, 5, 6, 7]],
]);

const DAYS_HINT =
  "Use day names or ranges, for example mon-fri, mon,wed,sat, sat-mon, weekdays, weekends or every day.";

function dayNumber(word: string): number | undefined {
  return DAY_NAMES.get(word.replace(/\.$/, ""));
}

/**
 * "mon-fri", "mon,wed,sat", "Sat–Mon" (ranges wrap past Sunday), "weekdays", "weekends",
 * "every day"/"daily", full names, any case -> ISO weekdays (Mon=1 ... Sun=7).
 */
export function parseDays(input: string): Result<ReadonlySet<number>> {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/\bevery\s*day\b/g, "everyday")
    .replace(/\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b)\s*/g, "-");
  const tokens = text.split(/(?:[\s,;/&+]|\band\b)+/).filter((t) => t !== "");
  if (tokens.length === 0) return fail(`Please say which days you want reminders. ${DAYS_HINT}`);
  const days = new Set<number>();
  for (const token of tokens) {
    const group = DAY_GROUPS.get(token);
    if (group) {
      for (const d of group) days.add(d);
      continue;
    }
    const range = /^([a-z.]+)-([a-z.]+)$/.exec(token);
    if (range) {
      const from = dayNumber(range[1] as string);
      const to = dayNumber(range[2] as string);
      if (from === undefined || to === undefined) {
        return fail(`I don't recognise ${quote(token)} as a range of days. ${DAYS_HINT}`);
      }
      for (let d = from; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === to) break;
      }
      continue;
    }
    const day = dayNumber(token);
    if (day === undefined) return fail(`I don't recognise ${quote(token)} as a day. ${DAYS_HINT}`);
    days.add(day);
  }
  return ok(new Set([...days].sort((a, b) => a - b)));
}

/**
 * ISO weekdays -> "every day", "Mon–Fri", "Mon, Wed, Sat", "Wed, Sat–Mon" (runs of three or more
 * days become ranges, which may wrap past Sunday). parseDays reads every output back.
 */
export function formatDays(days: ReadonlySet<number> | readonly number[]): string {
  const set = new Set<number>([...days].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7));
  if (set.size === 7) return "every day";
  if (set.size === 0) return "no days";
  const next = (d: number): number => (d % 7) + 1;
  const prev = (d: number): number => ((d + 5) % 7) + 1;
  const parts: string[] = [];
  for (let d = 1; d <= 7; d++) {
    if (!set.has(d) || set.has(prev(d))) continue; // not the start of a run
    let end = d;
    let length = 1;
    while (set.has(next(end))) {
      end = next(end);
      length++;
    }
    const name = (x: number): string => DAY_SHORT[x - 1] as string;
    if (length >= 3) parts.push(`${name(d)}–${name(end)}`);
    else if (length === 2) parts.push(name(d), name(end));
    else parts.push(name(d));
  }
  return parts.join(", ");
}

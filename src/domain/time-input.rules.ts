/**
 * What members type for /schedule: clock times, lists of times and days, in any of Dorsi's languages
 * whatever the member's own, since people type in the language that comes to them.
 */
import { DAY_VOCABULARY } from "./day-words.rules.js";
import { fail, ok, quote, type Result } from "./result.js";

export type TimeInputProblem =
  | "schedule.time-empty"
  | "schedule.time-format"
  | "schedule.time-midnight"
  | "schedule.times-empty"
  | "schedule.times-format"
  | "schedule.times-too-many"
  | "schedule.times-too-close"
  | "schedule.days-empty"
  | "schedule.days-unknown"
  | "schedule.days-range";

export const MINUTES_PER_DAY = 1440;
/** Closer reminders would nag rather than remind. */
export const MIN_GAP_MINUTES = 45;
export const MAX_PER_DAY = 12;

/** "07:30", "7.30", "0730", "7:30pm", "12am", "7h30", "18 Uhr" -> minutes after midnight; not "24:00" or "730". */
export function parseClockTime(input: string): Result<number, TimeInputProblem> {
  const text = input.trim().toLowerCase().replace(/\s+/g, "").replace(/uhr$/, "h");
  if (text === "") return fail("schedule.time-empty");
  const notATime = () => fail("schedule.time-format", { input: quote(input) });
  const ampm = /^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m\.?$/.exec(text);
  if (ampm) {
    const hour = Number(ampm[1]);
    const minute = ampm[2] === undefined ? 0 : Number(ampm[2]);
    if (hour < 1 || hour > 12 || minute > 59) return notATime();
    const hour24 = (hour % 12) + (ampm[3] === "p" ? 12 : 0);
    return ok(hour24 * 60 + minute);
  }
  const match =
    /^(\d{1,2})[:.h](\d{2})h?$/.exec(text) ?? /^(\d{1,2})h$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!match) return notATime();
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  if (hour === 24 && minute === 0) return fail("schedule.time-midnight", { input: quote(input) });
  if (hour > 23 || minute > 59) return notATime();
  return ok(hour * 60 + minute);
}

export function formatClockTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) {
    throw new RangeError(`minutes after midnight must be an integer 0-1439, got ${minutes}`);
  }
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** Shared with validateSchedule, so stored times meet the same limits as typed ones. */
export function checkTimesList(sorted: readonly number[]): Result<readonly number[], TimeInputProblem> {
  if (sorted.length === 0) return fail("schedule.times-empty");
  if (sorted.length > MAX_PER_DAY) {
    return fail("schedule.times-too-many", { given: sorted.length, max: MAX_PER_DAY });
  }
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as number;
    const b = sorted[i] as number;
    if (b - a < MIN_GAP_MINUTES) {
      const [earlier, later] = [formatClockTime(a), formatClockTime(b)];
      return fail("schedule.times-too-close", { earlier, later, apart: b - a, min: MIN_GAP_MINUTES });
    }
  }
  return ok(sorted);
}

/** "07:30,12:00 18:15" -> sorted minutes; a duplicate is merged rather than refused. */
export function parseTimesList(input: string): Result<readonly number[], TimeInputProblem> {
  // Glue "7:30 pm", "18 h 30" and "7 Uhr" into one word each before splitting on spaces.
  const text = input
    .trim()
    .replace(/(\d)\s+(?=(?:[ap]\.?m\.?|h|uhr)(?![a-z]))/gi, "$1")
    .replace(/(\dh)\s+(?=\d{2}(?!\d))/gi, "$1");
  const parts = text.split(/[\s,;]+/).filter((p) => p !== "");
  if (parts.length === 0) return fail("schedule.times-empty");
  const minutes = new Set<number>();
  for (const part of parts) {
    const parsed = parseClockTime(part);
    if (!parsed.ok) return fail("schedule.times-format", { input: quote(part) });
    minutes.add(parsed.value);
  }
  return checkTimesList([...minutes].sort((a, b) => a - b));
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;
const GROUPS = { daily: EVERY_DAY, weekdays: [1, 2, 3, 4, 5], weekend: [6, 7] } as const;

const languages = Object.values(DAY_VOCABULARY);
const words = (list: string): string[] => list.split(" ");
const asToken = (phrase: string): string => phrase.replace(/ /g, "_");

const DAY_BY_WORD: ReadonlyMap<string, number> = new Map(
  languages.flatMap((vocabulary) =>
    vocabulary.days.flatMap((spellings, index) => words(spellings).map((word) => [word, index + 1] as const)),
  ),
);

const GROUP_PHRASES = languages.flatMap((vocabulary) =>
  (["daily", "weekdays", "weekend"] as const).flatMap((group) =>
    vocabulary[group].split("|").map((phrase) => [phrase, GROUPS[group]] as const),
  ),
);
const GROUP_BY_TOKEN: ReadonlyMap<string, readonly number[]> = new Map(
  GROUP_PHRASES.map(([phrase, days]) => [asToken(phrase), days]),
);
/** Phrases of several words as patterns, longest first so that "le week-end" wins over "week-end". */
const MULTIWORD: readonly (readonly [RegExp, string])[] = GROUP_PHRASES.map(([phrase]) => phrase)
  .filter((phrase) => phrase.includes(" "))
  .sort((a, b) => b.length - a.length)
  .map((phrase) => [new RegExp(`(?<![\\p{L}\\d])${phrase}(?![\\p{L}\\d])`, "gu"), asToken(phrase)]);

const THROUGH = new Set(languages.flatMap((vocabulary) => words(vocabulary.through)));
const FILLER = new Set(languages.flatMap((vocabulary) => words(vocabulary.filler)));

/** "Miércoles" -> "miercoles", "terça-feira" -> "terca". */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s-]*feiras?\b/g, "");
}

/** Day words, ranges and groups: "de lunes a viernes", "Montag bis Freitag" and "mon–fri" are one range each. */
function dayTokens(input: string): string[] {
  let text = fold(input);
  for (const [pattern, token] of MULTIWORD) text = text.replace(pattern, token);
  const parts = text
    .replace(/\s*[-–—]\s*/g, "-")
    .split(/[\s,;/&+]+/)
    .filter((part) => part !== "");
  const tokens: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (THROUGH.has(part) && tokens.length > 0 && next !== undefined) {
      tokens.push(`${tokens.pop()}-${next}`);
      i++;
    } else if (!FILLER.has(part)) tokens.push(part);
  }
  return tokens;
}

function dayOfWord(word: string): number | undefined {
  return DAY_BY_WORD.get(word.replace(/\.$/, ""));
}

function groupOfToken(token: string): readonly number[] | undefined {
  return GROUP_BY_TOKEN.get(token);
}

/** "mon-fri", "Sat–Mon" (a range may wrap past Sunday), "weekends", "lunes a viernes", "Mo-Fr" -> ISO weekdays. */
export function parseDays(input: string): Result<ReadonlySet<number>, TimeInputProblem> {
  const tokens = dayTokens(input);
  if (tokens.length === 0) return fail("schedule.days-empty");
  const days = new Set<number>();
  for (const token of tokens) {
    const group = groupOfToken(token);
    if (group) {
      for (const d of group) days.add(d);
      continue;
    }
    const range = /^(.+?)-(.+)$/.exec(token);
    if (range) {
      const from = dayOfWord(range[1] as string);
      const to = dayOfWord(range[2] as string);
      if (from === undefined || to === undefined) return fail("schedule.days-range", { input: quote(token) });
      for (let d = from; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === to) break;
      }
      continue;
    }
    const day = dayOfWord(token);
    if (day === undefined) return fail("schedule.days-unknown", { input: quote(token) });
    days.add(day);
  }
  return ok(new Set([...days].sort((a, b) => a - b)));
}

/** [3, 6, 7, 1] -> [[3], [6, 7, 1]], so that days read back as "Wed, Sat–Mon". */
export function dayRuns(days: ReadonlySet<number> | readonly number[]): number[][] {
  const set = new Set<number>([...days].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7));
  if (set.size === 7) return [[...EVERY_DAY]];
  const next = (d: number): number => (d % 7) + 1;
  const prev = (d: number): number => ((d + 5) % 7) + 1;
  const runs: number[][] = [];
  for (let d = 1; d <= 7; d++) {
    if (!set.has(d) || set.has(prev(d))) continue; // not the start of a run
    const run = [d];
    for (let day = next(d); set.has(day); day = next(day)) run.push(day);
    runs.push(run);
  }
  return runs;
}

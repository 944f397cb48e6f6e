/**
 * IANA time zones: validation with a canonical spelling, autocomplete search for /schedule and /club,
 * and "did you mean" suggestions for typos. Pure: the only clock is the optional `at` argument.
 *
 * Node's ICU lists CLDR's legacy identifiers (Asia/Calcutta, Europe/Kiev, no "UTC"); we present and
 * store the current IANA names (Asia/Kolkata, Europe/Kyiv, UTC). Luxon accepts both spellings.
 */
import { DateTime, IANAZone } from "luxon";
import { fail, ok, quote, type Result } from "./result.js";

/** CLDR/ICU legacy identifier -> current IANA name. */
const MODERN_NAME: ReadonlyMap<string, string> = new Map([
  ["Africa/Asmera", "Africa/Asmara"],
  ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
  ["America/Catamarca", "America/Argentina/Catamarca"],
  ["America/Coral_Harbour", "America/Atikokan"],
  ["America/Cordoba", "America/Argentina/Cordoba"],
  ["America/Godthab", "America/Nuuk"],
  ["America/Indianapolis", "America/Indiana/Indianapolis"],
  ["America/Jujuy", "America/Argentina/Jujuy"],
  ["America/Louisville", "America/Kentucky/Louisville"],
  ["America/Mendoza", "America/Argentina/Mendoza"],
  ["Asia/Calcutta", "Asia/Kolkata"],
  ["Asia/Katmandu", "Asia/Kathmandu"],
  ["Asia/Rangoon", "Asia/Yangon"],
  ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
  ["Atlantic/Faeroe", "Atlantic/Faroe"],
  ["Europe/Kiev", "Europe/Kyiv"],
  ["Pacific/Enderbury", "Pacific/Kanton"],
  ["Pacific/Ponape", "Pacific/Pohnpei"],
  ["Pacific/Truk", "Pacific/Chuuk"],
  ["Etc/UTC", "UTC"],
  ["Etc/GMT", "UTC"],
  ["GMT", "UTC"],
]);

/** Words people type that are not in any zone name -> the zone they most likely mean. */
const KEYWORDS: ReadonlyMap<string, string> = new Map([
  ["utc", "UTC"],
  ["gmt", "UTC"],
  ["zulu", "UTC"],
  ["pacific time", "America/Los_Angeles"],
  ["pst", "America/Los_Angeles"],
  ["pdt", "America/Los_Angeles"],
  ["san francisco", "America/Los_Angeles"],
  ["seattle", "America/Los_Angeles"],
  ["mountain time", "America/Denver"],
  ["mst", "America/Denver"],
  ["mdt", "America/Denver"],
  ["central time", "America/Chicago"],
  ["cst", "America/Chicago"],
  ["cdt", "America/Chicago"],
  ["eastern time", "America/New_York"],
  ["est", "America/New_York"],
  ["edt", "America/New_York"],
  ["boston", "America/New_York"],
  ["washington", "America/New_York"],
  ["miami", "America/New_York"],
  ["atlanta", "America/New_York"],
  ["dallas", "America/Chicago"],
  ["houston", "America/Chicago"],
  ["montreal", "America/Toronto"],
  ["ottawa", "America/Toronto"],
  ["calgary", "America/Edmonton"],
  ["newfoundland", "America/St_Johns"],
  ["hawaii", "Pacific/Honolulu"],
  ["alaska", "America/Anchorage"],
  ["bst", "Europe/London"],
  ["uk", "Europe/London"],
  ["edinburgh", "Europe/London"],
  ["manchester", "Europe/London"],
  ["cet", "Europe/Paris"],
  ["cest", "Europe/Paris"],
  ["munich", "Europe/Berlin"],
  ["frankfurt", "Europe/Berlin"],
  ["hamburg", "Europe/Berlin"],
  ["barcelona", "Europe/Madrid"],
  ["milan", "Europe/Rome"],
  ["geneva", "Europe/Zurich"],
  ["kiev", "Europe/Kyiv"],
  ["calcutta", "Asia/Kolkata"],
  ["mumbai", "Asia/Kolkata"],
  ["bombay", "Asia/Kolkata"],
  ["delhi", "Asia/Kolkata"],
  ["new delhi", "Asia/Kolkata"],
  ["bangalore", "Asia/Kolkata"],
  ["bengaluru", "Asia/Kolkata"],
  ["chennai", "Asia/Kolkata"],
  ["india", "Asia/Kolkata"],
  ["ist", "Asia/Kolkata"],
  ["saigon", "Asia/Ho_Chi_Minh"],
  ["hanoi", "Asia/Bangkok"],
  ["beijing", "Asia/Shanghai"],
  ["china", "Asia/Shanghai"],
  ["osaka", "Asia/Tokyo"],
  ["japan", "Asia/Tokyo"],
  ["jst", "Asia/Tokyo"],
  ["canberra", "Australia/Sydney"],
  ["aest", "Australia/Brisbane"],
  ["aedt", "Australia/Sydney"],
  ["wellington", "Pacific/Auckland"],
  ["nzst", "Pacific/Auckland"],
  ["nzdt", "Pacific/Auckland"],
  ["new zealand", "Pacific/Auckland"],
  ["cape town", "Africa/Johannesburg"],
  ["rio", "America/Sao_Paulo"],
]);

/** Shown for an empty autocomplete query, in this order. */
export const POPULAR_TIME_ZONES: readonly string[] = [
  "UTC",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Toronto",
  "America/Mexico_City",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Madrid",
  "Europe/Amsterdam",
  "Europe/Stockholm",
  "Europe/Kyiv",
  "Africa/Johannesburg",
  "Africa/Nairobi",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Australia/Perth",
  "Pacific/Auckland",
];

function modern(name: string): string {
  return MODERN_NAME.get(name) ?? name;
}

/**
 * Zone names already found valid. Luxon's check builds a new Intl.DateTimeFormat on every call (a
 * few KB of native memory each), and every week and schedule computation checks its zone.
 */
const knownValidZones = new Set<string>();

/** True for any zone name Luxon (ICU) accepts, including links such as "Europe/Kiev" and "US/Pacific". */
export function isValidTimeZone(name: string): boolean {
  const trimmed = name.trim();
  if (knownValidZones.has(trimmed)) return true;
  const valid = trimmed !== "" && IANAZone.isValidZone(trimmed);
  if (valid) knownValidZones.add(trimmed);
  return valid;
}

/**
 * The canonical spelling of a valid zone ("europe/london" -> "Europe/London", "Asia/Calcutta" ->
 * "Asia/Kolkata", "Etc/UTC" -> "UTC", "US/Pacific" -> "America/Los_Angeles"), or null when invalid.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  const cached = canonicalCache.get(trimmed);
  if (cached !== undefined) return cached;
  if (!isValidTimeZone(trimmed)) return null;
  let canonical: string;
  try {
    canonical = modern(new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone);
  } catch {
    return null;
  }
  // Only valid names are cached, and there are a few hundred of them (in their various spellings).
  if (canonicalCache.size < 5000) canonicalCache.set(trimmed, canonical);
  return canonical;
}

/** Memo of canonicalTimeZone for valid names (building an Intl.DateTimeFormat is slow). */
const canonicalCache = new Map<string, string>();

/** What can be wrong with a typed zone, worded at catalog key `schedule.problems.<name>`. */
export type TimeZoneProblem =
  | "schedule.timezone-empty"
  | "schedule.timezone-unknown"
  | "schedule.timezone-suggest";

/**
 * Canonical zone name, or the problem with suggestions for a typo. A city typed without picking
 * from the list ("london", "new york") is accepted when exactly one zone has that city.
 */
export function parseTimeZone(input: string): Result<string, TimeZoneProblem> {
  const canonical = canonicalTimeZone(input);
  if (canonical !== null) return ok(canonical);
  const city = normalize(input);
  const byCity = zoneEntries().filter((entry) => entry.city === city);
  if (byCity.length === 1 && byCity[0]) return ok(byCity[0].name);
  return unknownTimeZone(input);
}

/** "Amerca/Denvr": unknown, with the nearest zones (America/Denver) when some are near enough. */
export function unknownTimeZone(input: string): Result<never, TimeZoneProblem> {
  if (input.trim() === "") return fail("schedule.timezone-empty");
  const suggestions = suggestTimeZones(input, 3);
  if (suggestions.length === 0) return fail("schedule.timezone-unknown", { input: quote(input) });
  return fail("schedule.timezone-suggest", {
    input: quote(input),
    // Zone names read the same in every language; the sentence around them is the catalog's.
    suggestions: suggestions.join(", "),
    count: suggestions.length,
  });
}

interface ZoneEntry {
  readonly name: string;
  /** "america/new york" */
  readonly full: string;
  /** "new york" (the last path segment) */
  readonly city: string;
  /** "america" */
  readonly region: string;
  /** "americanewyork" */
  readonly compact: string;
  readonly popularity: number;
}

/** lower case; "_", "-", "." and runs of spaces become one space; spaces around "/" dropped. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-.\s]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

function compactOf(text: string): string {
  return normalize(text).replace(/[\s/]+/g, "");
}

let entriesCache: readonly ZoneEntry[] | undefined;

/** Every zone offered by autocomplete: ICU's list in current IANA spelling, plus UTC. */
export function allTimeZones(): readonly string[] {
  return zoneEntries().map((e) => e.name);
}

function zoneEntries(): readonly ZoneEntry[] {
  if (entriesCache) return entriesCache;
  const names = new Set<string>(["UTC"]);
  for (const name of Intl.supportedValuesOf("timeZone")) {
    const m = modern(name);
    if (IANAZone.isValidZone(m)) names.add(m);
  }
  const popular = new Map(POPULAR_TIME_ZONES.map((z, i) => [z, POPULAR_TIME_ZONES.length - i]));
  entriesCache = [...names].sort().map((name) => {
    const full = normalize(name);
    const segments = full.split("/");
    return {
      name,
      full,
      city: segments[segments.length - 1] ?? full,
      region: segments.length > 1 ? (segments[0] ?? "") : "",
      compact: compactOf(name),
      popularity: popular.get(name) ?? 0,
    };
  });
  return entriesCache;
}

export interface TimeZoneChoice {
  /** Label shown in Discord, at most 100 characters: "America/New_York (UTC-05:00)". */
  readonly name: string;
  /** The zone name handed back to the command. */
  readonly value: string;
}

/** "UTC+05:30" for the zone's offset at `at`. */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  const dt = DateTime.fromJSDate(at, { zone: timeZone });
  return `UTC${dt.toFormat("ZZ")}`;
}

function rank(entry: ZoneEntry, query: string, compactQuery: string): number | null {
  if (entry.city === query || entry.full === query) return 0;
  if (entry.city.startsWith(query)) return 1;
  if (entry.full.startsWith(query) || entry.region === query) return 2;
  const words = entry.full.split(/[\s/]+/);
  if (words.some((w) => w.startsWith(query)) || entry.city.includes(` ${query}`)) return 3;
  if (compactQuery.length >= 2 && entry.compact.includes(compactQuery)) return 4;
  return null;
}

/**
 * Autocomplete over all zones: case, space and underscore insensitive ("new york", "NEW_YORK",
 * "america/new" -> America/New_York). Exact city, city prefix, full-name prefix and word-prefix
 * matches come first, then substrings; popular zones break ties, then alphabetical order.
 * Known nicknames ("kiev", "mumbai", "pacific time") match their zone too.
 * An empty query returns popular zones. `at` adds the current UTC offset to each label.
 */
export function searchTimeZones(query: string, limit = 25, at?: Date): TimeZoneChoice[] {
  const max = Math.max(0, Math.min(25, Math.floor(limit)));
  const q = normalize(query);
  const choice = (name: string): TimeZoneChoice => ({
    name: at ? `${name} (${utcOffsetLabel(name, at)})` : name,
    value: name,
  });
  if (q === "") return POPULAR_TIME_ZONES.slice(0, max).map(choice);

  const compactQuery = compactOf(query);
  const scored = new Map<string, { score: number; popularity: number }>();
  const consider = (name: string, score: number, popularity: number): void => {
    const existing = scored.get(name);
    if (!existing || score < existing.score) scored.set(name, { score, popularity });
  };
  for (const entry of zoneEntries()) {
    const score = rank(entry, q, compactQuery);
    if (score !== null) consider(entry.name, score, entry.popularity);
  }
  for (const [word, zone] of KEYWORDS) {
    let score: number | null = null;
    if (word === q) score = 0;
    else if (word.startsWith(q)) score = 2;
    else if (q.length >= 3 && word.split(" ").some((w) => w.startsWith(q))) score = 3;
    if (score !== null) consider(zone, score + 0.5, 0);
  }
  const canonical = canonicalTimeZone(query);
  if (canonical !== null) consider(canonical, -1, 0);

  return [...scored.entries()]
    .sort(
      ([a, x], [b, y]) => x.score - y.score || y.popularity - x.popularity || (a < b ? -1 : a > b ? 1 : 0),
    )
    .slice(0, max)
    .map(([name]) => choice(name));
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * The `n` zones nearest to a mistyped name ("Amerca/Denvr" -> America/Denver, "Europe/Londn" ->
 * Europe/London, "pacific time" -> America/Los_Angeles): exact nickname and search matches first,
 * then the smallest edit distance over the full name and over the city alone. Distances beyond
 * about a third of the input's length are not suggested; the result may be empty.
 */
export function suggestTimeZones(badInput: string, n = 3): string[] {
  const q = normalize(badInput);
  if (q === "" || n <= 0) return [];
  const scored: { name: string; distance: number; popularity: number }[] = [];
  // Zones whose name contains what was typed need no fuzzing.
  for (const choice of searchTimeZones(badInput, n))
    scored.push({ name: choice.value, distance: 0, popularity: 1 });

  const slash = q.lastIndexOf("/");
  const qCity = slash >= 0 ? q.slice(slash + 1) : q;
  const qRegion = slash >= 0 ? q.slice(0, slash) : "";
  const qCompact = compactOf(badInput);
  const relative = (a: string, b: string): number => editDistance(a, b) / Math.max(a.length, 1);
  for (const entry of zoneEntries()) {
    let distance: number;
    if (slash >= 0) {
      // "Amerca/Denvr": the city decides; a misspelt region costs a little.
      distance = relative(qCity, entry.city) + 0.1 * Math.min(1, relative(qRegion, entry.region));
    } else {
      distance = Math.min(relative(qCity, entry.city), relative(qCompact, entry.compact));
    }
    scored.push({ name: entry.name, distance, popularity: entry.popularity });
  }
  for (const [word, zone] of KEYWORDS) {
    scored.push({ name: zone, distance: relative(q, word) + 0.01, popularity: 0 });
  }
  const best = Math.min(...scored.map((s) => s.distance));
  const limit = Math.min(0.34, best + 0.15);
  const out: string[] = [];
  scored
    .filter((s) => s.distance <= limit)
    .sort((a, b) => a.distance - b.distance || b.popularity - a.popularity || a.name.localeCompare(b.name))
    .forEach((s) => {
      if (out.length < n && !out.includes(s.name)) out.push(s.name);
    });
  return out;
}

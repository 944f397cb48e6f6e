/**
 * IANA time zones: validation with a canonical spelling, autocomplete search for /schedule and /club,
 * and "did you mean" suggestions for typos. Pure: the only clock is the optional `at` argument.
 */
import { DateTime, IANAZone } from "luxon";
import { editDistance } from "./edit-distance.rules.js";
import { fail, ok, quote, type Result } from "./result.js";
import {
  allTimeZones,
  modernTimeZoneName,
  POPULAR_TIME_ZONES,
  TIME_ZONE_NICKNAMES,
} from "./timezone-names.rules.js";

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
    canonical = modernTimeZoneName(
      new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone,
    );
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

function zoneEntries(): readonly ZoneEntry[] {
  if (entriesCache) return entriesCache;
  const popular = new Map(POPULAR_TIME_ZONES.map((z, i) => [z, POPULAR_TIME_ZONES.length - i]));
  entriesCache = allTimeZones().map((name) => {
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

interface TimeZoneChoice {
  /** Label shown in Discord, at most 100 characters: "America/New_York (UTC-05:00)". */
  readonly name: string;
  /** The zone name handed back to the command. */
  readonly value: string;
}

/** "UTC+05:30" for the zone's offset at `at`. */
function utcOffsetLabel(timeZone: string, at: Date): string {
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
  for (const [word, zone] of TIME_ZONE_NICKNAMES) {
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

/**
 * The `n` zones nearest to a mistyped name ("Amerca/Denvr" -> America/Denver, "Europe/Londn" ->
 * Europe/London, "pacific time" -> America/Los_Angeles): exact nickname and search matches first,
 * then the smallest edit distance over the full name and over the city alone. Distances beyond
 * about a third of the input's length are not suggested; the result may be empty.
 */
function suggestTimeZones(badInput: string, n = 3): string[] {
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
  for (const [word, zone] of TIME_ZONE_NICKNAMES) {
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

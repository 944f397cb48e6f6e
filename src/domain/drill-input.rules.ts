/**
 * A drill name typed into /log and /drills, read in every language whatever the member's own: a
 * club shares one channel, and people copy each other's words.
 */
import { DRILL_WORDS, type DrillWords } from "./drill-words.rules.js";
import { DRILLS, type Drill, type DrillChoiceValue } from "./drills.rules.js";

const CHOICE_VALUES: readonly DrillChoiceValue[] = [...DRILLS, "both"];

function tokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

interface Language {
  readonly fillers: ReadonlySet<string>;
  readonly aliases: ReadonlyMap<string, DrillChoiceValue>;
  /** Each name run together too ("bentknee"), as people type it. */
  readonly words: ReadonlyMap<DrillChoiceValue, readonly string[]>;
}

const ENGLISH_FILLERS = tokens(DRILL_WORDS["en-US"].fillers);

function language(words: DrillWords): Language {
  const fillers = new Set([...ENGLISH_FILLERS, ...tokens(words.fillers)]);
  const aliases = new Map<string, DrillChoiceValue>();
  const wordsOf = new Map<DrillChoiceValue, string[]>();
  for (const value of CHOICE_VALUES) {
    const own = new Set<string>();
    for (const name of words.names[value].split(",")) {
      const kept = tokens(name).filter((token) => !fillers.has(token));
      if (kept.length === 0) throw new Error(`the drill name "${name}" is made of fillers only`);
      aliases.set(kept.join(""), value);
      for (const word of [...kept, kept.join("")]) own.add(word);
    }
    wordsOf.set(value, [...own]);
  }
  return { fillers, aliases, words: wordsOf };
}

const LANGUAGES = new Map(
  Object.entries(DRILL_WORDS).map(([locale, words]) => [locale, language(words)] as const),
);
const ALL = [...LANGUAGES.values()];
const ENGLISH = LANGUAGES.get("en-US") as Language;

const SEPARATOR = new RegExp(
  `\\s+(?:${Object.values(DRILL_WORDS)
    .flatMap((words) => tokens(words.and))
    .join("|")})\\s+|[&+,/]`,
  "i",
);

function parsePart(part: string): DrillChoiceValue | null {
  const typed = tokens(part);
  for (const { fillers, aliases } of ALL) {
    const found = aliases.get(typed.filter((token) => !fillers.has(token)).join(""));
    if (found !== undefined) return found;
  }
  return null;
}

/** Forgiving about case, accents and punctuation; "flexed and straight" or "gebeugt + gestreckt" mean both. */
export function parseDrillInput(text: string): DrillChoiceValue | null {
  const whole = parsePart(text);
  if (whole !== null) return whole;
  const parts = text.split(SEPARATOR).filter((part) => part.trim().length > 0);
  if (parts.length < 2) return null;
  const found = new Set<Drill>();
  for (const part of parts) {
    const parsed = parsePart(part);
    if (parsed === null) return null;
    if (parsed === "both") return "both";
    found.add(parsed);
  }
  return found.size === DRILLS.length ? "both" : found.size === 1 ? ([...found][0] ?? null) : null;
}

/** The drills a text names: [] for nonsense, both drills for "both". */
export function matchDrills(text: string): Drill[] {
  const parsed = parseDrillInput(text);
  if (parsed === null) return [];
  return parsed === "both" ? [...DRILLS] : [parsed];
}

/** 2 a whole word, 1 the start of one, 0 a filler, null neither. */
function wordScore(word: string, value: DrillChoiceValue, typing: readonly Language[]): number | null {
  if (ALL.some((lang) => lang.words.get(value)?.includes(word))) return 2;
  if (typing.some((lang) => lang.words.get(value)?.some((candidate) => candidate.startsWith(word)))) return 1;
  const filler =
    ALL.some((lang) => lang.fillers.has(word)) ||
    typing.some((lang) => [...lang.fillers].some((candidate) => candidate.startsWith(word)));
  return filler ? 0 : null;
}

/**
 * Autocomplete choices, best first. A half-typed word counts only in the member's language and
 * English, so that "be" in English does not also offer German "beide".
 */
export function drillAutocomplete(text: string, locale = "en-US"): DrillChoiceValue[] {
  const typed = tokens(text);
  if (typed.length === 0) return [...CHOICE_VALUES];
  const typing = [LANGUAGES.get(locale), ENGLISH].filter((lang): lang is Language => lang !== undefined);
  const parsed = parseDrillInput(text);
  const scored: { value: DrillChoiceValue; score: number }[] = [];
  for (const value of CHOICE_VALUES) {
    let score = value === parsed ? 100 : 0;
    for (const word of typed) {
      const points = wordScore(word, value, typing);
      if (points === null) {
        score = value === parsed ? score : -1;
        break;
      }
      score += points;
    }
    // Fillers alone ("matrix") name no drill in particular.
    if (score > 0) scored.push({ value, score });
  }
  return scored.sort((a, b) => b.score - a.score).map(({ value }) => value);
}

/**
 * The warning signs a member may write in a pain note, in every language Dorsi speaks, by the ids
 * of the warning-sign table (warning-signs.rules.ts). The note is a second net: the signs are also
 * asked explicitly, so a missed phrase here is never the only chance.
 *
 * The words are note-sign-words.rules.ts's. Every language is matched on every note, whatever the
 * member's Discord language: people type in the language that comes to them.
 */

import { WARNING_SIGN_WORDS } from "./note-sign-words.rules.js";
import type { WarningSign } from "./warning-signs.rules.js";

/** Every language's negations count for every sign: a note may mix languages. */
const NEGATION = new RegExp(
  `\\b(?:${Object.values(WARNING_SIGN_WORDS)
    .flatMap((words) => words.negations)
    .join("|")})\\b`,
);

/**
 * Negations that come AFTER the sign in German and spoken French ("es schwillt nicht an", "ça
 * gonfle pas"); "pas mal" is "quite a lot", not a negation.
 */
const NEGATION_AFTER = /^\s*(?:\S+\s+)?(?:nicht|pas(?!\s+mal))\b/;

const PHRASES: readonly { readonly sign: WarningSign; readonly phrase: RegExp }[] = Object.values(
  WARNING_SIGN_WORDS,
).flatMap((words) =>
  Object.entries(words.signs).flatMap(([sign, phrases]) =>
    phrases.map((phrase) => ({ sign: sign as WarningSign, phrase: new RegExp(phrase.source, "gd") })),
  ),
);

/** Far enough for "not really swollen" and "kein bisschen geschwollen". */
const NEGATION_REACH_WORDS = 3;

/**
 * Where a negation stops reaching: punctuation, and "and"/"but" in each language, so that in "no
 * swelling but I can't walk" the "no" does not cancel the second sign.
 */
const CLAUSE_BREAK =
  /[.,;:!?¡¿()]|\b(?:and|but|though|y|pero|aunque|sino|und|aber|doch|sondern|et|mais|mas|porem)\b/;

function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/œ/g, "oe")
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ");
}

function negatedBefore(text: string, index: number): boolean {
  const clause = text.slice(0, index).split(CLAUSE_BREAK).at(-1) ?? "";
  const lastWords = clause.trim().split(" ").slice(-NEGATION_REACH_WORDS).join(" ");
  return NEGATION.test(lastWords);
}

function negatedAfter(text: string, end: number): boolean {
  return NEGATION_AFTER.test(text.slice(end).split(CLAUSE_BREAK)[0] ?? "");
}

function affirmed(text: string, match: RegExpExecArray): boolean {
  const core = match.indices?.groups?.core ?? [match.index, match.index + match[0].length];
  return !negatedBefore(text, core[0]) && !negatedAfter(text, match.index + match[0].length);
}

/**
 * Whether any occurrence of the phrase stands unnegated. Occurrences may overlap: in "no pain
 * walking, it hurts at night" the negated "pain ... at night" must not hide "hurts at night".
 */
function mentions(text: string, phrase: RegExp): boolean {
  phrase.lastIndex = 0;
  for (let match = phrase.exec(text); match; match = phrase.exec(text)) {
    if (affirmed(text, match)) return true;
    phrase.lastIndex = match.index + 1;
  }
  return false;
}

/**
 * The warning signs a free-text note describes, in any of the languages above. A sign with a
 * negation in the three words before it ("no swelling", "sin hinchazón", "pas de gonflement") does
 * not count. It errs on the side of caution: anything else that mentions these words counts.
 */
export function noteWarningSigns(note: string | undefined | null): readonly WarningSign[] {
  if (!note) return [];
  const text = foldForMatching(note);
  const found = new Set<WarningSign>();
  for (const { sign, phrase } of PHRASES) {
    if (found.has(sign)) continue;
    if (mentions(text, phrase)) found.add(sign);
  }
  return [...found];
}

import i18next, { type ParseKeys, type TFunction, type TOptions } from "i18next";
import type { Problem } from "../domain/result.js";
import type enCatalog from "./catalogs/en-US/index.js";
import { CATALOGS, DEFAULT_LOCALE, LOCALES, type Locale, PSEUDO_LOCALE, resolveLocale } from "./locales.js";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof enCatalog };
  }
}

/** Any key of the catalogs, e.g. "pain.hold"; a misspelt key fails the typecheck. */
export type MessageKey = ParseKeys;

/** A sentence not yet in words: a key and its variables, rendered in the reader's locale. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: TOptions;
}

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, { translation: CATALOGS[locale] }])),
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES, PSEUDO_LOCALE],
  load: "currentOnly",
  initAsync: false,
  returnNull: false,
  // Discord is not HTML: member names and notes go in as they are (mentions are disabled on posts).
  interpolation: { escapeValue: false },
});

/** Words in one locale: catalog sentences, and numbers and lists formatted by Intl. */
export interface Translator {
  readonly locale: Locale | typeof PSEUDO_LOCALE;
  /** The locale for Intl and Luxon (dates, weekday names): English for the pseudo-locale. */
  readonly intl: string;
  readonly t: TFunction;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "a, b and c" in the locale's words. */
  list(items: readonly string[]): string;
  /** A Message as a sentence. */
  say(message: Message): string;
}

const translators = new Map<string, Translator>();

function intlLocale(locale: string): string {
  return locale === PSEUDO_LOCALE ? DEFAULT_LOCALE : locale;
}

function makeTranslator(locale: Locale | typeof PSEUDO_LOCALE): Translator {
  const t = instance.getFixedT(locale);
  // A Message's key and variables were checked where it was made; here any key goes.
  const untyped = t as unknown as (key: string, options?: TOptions) => string;
  const list = new Intl.ListFormat(intlLocale(locale), { type: "conjunction" });
  return {
    locale,
    intl: intlLocale(locale),
    t,
    number: (value, options) => new Intl.NumberFormat(intlLocale(locale), options).format(value),
    list: (items) => list.format(items),
    say: (message) => untyped(message.key, message.params),
  };
}

/** Anything unknown speaks English; the pseudo-locale's strings are built the first time it is asked for. */
export function translator(code: string | null | undefined): Translator {
  const locale = code === PSEUDO_LOCALE ? PSEUDO_LOCALE : resolveLocale(code);
  let found = translators.get(locale);
  if (!found) {
    if (locale === PSEUDO_LOCALE) {
      instance.addResourceBundle(PSEUDO_LOCALE, "translation", wrapStrings(CATALOGS[DEFAULT_LOCALE]));
    }
    found = makeTranslator(locale);
    translators.set(locale, found);
  }
  return found;
}

/**
 * Code "schedule.time-format" reads key "schedule.problems.time-format". The typecheck cannot see
 * that key, so tests walk every code a parser returns (pain-input.test.ts, render/schedule.test.ts).
 */
export function problemMessage(problem: Problem): Message {
  const key = problem.code.replace(".", ".problems.") as MessageKey;
  return { key, params: problem.params ?? {} };
}

function wrapStrings(node: unknown): unknown {
  if (typeof node === "string") return `⟦${node}⟧`;
  return Object.fromEntries(Object.entries(node as object).map(([key, value]) => [key, wrapStrings(value)]));
}

import deCatalog from "./catalogs/de/index.js";
import enCatalog from "./catalogs/en-US/index.js";
import esCatalog from "./catalogs/es-ES/index.js";
import frCatalog from "./catalogs/fr/index.js";
import ptBrCatalog from "./catalogs/pt-BR/index.js";

/**
 * The languages Dorsi speaks, by Discord locale code. Adding a language is one catalog folder and
 * one line here; any Discord locale of the same language (en-GB, es-419) falls back to its line.
 */
export const CATALOGS = {
  "en-US": enCatalog,
  "es-ES": esCatalog,
  de: deCatalog,
  fr: frCatalog,
  "pt-BR": ptBrCatalog,
} as const;

export type Locale = keyof typeof CATALOGS;
export const DEFAULT_LOCALE: Locale = "en-US";
export const LOCALES = Object.keys(CATALOGS) as Locale[];

/** Never sent by Discord: the English strings in ⟦…⟧, for tests that look for text outside the catalogs. */
export const PSEUDO_LOCALE = "en-XA";

function languageOf(code: string): string {
  return code.split("-")[0]?.toLowerCase() ?? "";
}

/**
 * The catalog locale for a Discord locale (or a stored one): the exact code, else the first locale
 * of the same language, else English. Anything unknown, empty or missing is English.
 */
export function resolveLocale(code: string | null | undefined): Locale {
  if (!code) return DEFAULT_LOCALE;
  if (code in CATALOGS) return code as Locale;
  const language = languageOf(code);
  return LOCALES.find((locale) => languageOf(locale) === language) ?? DEFAULT_LOCALE;
}

/**
 * The Discord locale codes that read a catalog in command pickers: its own code and the other Discord
 * locales of its language (es-419 reads es-ES). English is the default text, so it needs none.
 */
const DISCORD_LOCALES = [
  "id",
  "da",
  "de",
  "en-GB",
  "en-US",
  "es-ES",
  "es-419",
  "fr",
  "hr",
  "it",
  "lt",
  "hu",
  "nl",
  "no",
  "pl",
  "pt-BR",
  "ro",
  "fi",
  "sv-SE",
  "vi",
  "tr",
  "cs",
  "el",
  "bg",
  "ru",
  "uk",
  "hi",
  "th",
  "zh-CN",
  "ja",
  "zh-TW",
  "ko",
] as const;

export function discordLocalesOf(locale: Locale): string[] {
  if (locale === DEFAULT_LOCALE) return [];
  return DISCORD_LOCALES.filter((code) => resolveLocale(code) === locale);
}

/**
 * The words members type for days of the week in /schedule, in every language Dorsi speaks. This is
 * parsing data, never shown to anyone: a German member may type "Mo-Fr" and a Brazilian one "seg a
 * sex" whatever their Discord language, so every table is read for every member.
 *
 * Spellings are folded: lower case, no accents, Portuguese "-feira" dropped. A word may appear in
 * several languages only if it means the same day there (a test holds this): Spanish "do" (domingo)
 * is left out because German "Do" is Thursday, and Portuguese "do" is not a lead-in word for the same
 * reason.
 */
interface DayVocabulary {
  /** Monday to Sunday: the spellings of each day, separated by spaces. */
  readonly days: readonly [string, string, string, string, string, string, string];
  /** Phrases for every day, Monday to Friday and the weekend, separated by "|". */
  readonly daily: string;
  readonly weekdays: string;
  readonly weekend: string;
  /** Words between the ends of a range ("mon to fri"), separated by spaces. */
  readonly through: string;
  /** Words that only join or lead in ("mon and wed", "from mon to fri"), separated by spaces. */
  readonly filler: string;
}

export const DAY_VOCABULARY: Readonly<Record<"en" | "es" | "de" | "fr" | "pt", DayVocabulary>> = {
  en: {
    days: [
      "mo mon monday mondays",
      "tu tue tues tuesday tuesdays",
      "we wed weds wednesday wednesdays",
      "th thu thur thurs thursday thursdays",
      "fr fri friday fridays",
      "sa sat saturday saturdays",
      "su sun sunday sundays",
    ],
    daily: "daily|every day|everyday|each day|all|all week",
    weekdays: "weekdays|weekday|workdays|work days",
    weekend: "weekend|weekends",
    through: "to through thru till until",
    filler: "and from",
  },
  es: {
    days: [
      "lu lun lunes",
      "ma mar martes",
      "mi mie miercoles",
      "ju jue jueves",
      "vi vie viernes",
      "sa sab sabado sabados",
      "dom domingo domingos",
    ],
    daily: "todos los dias|cada dia|diario|a diario|toda la semana",
    weekdays: "entre semana|laborables|dias laborables|dias de diario",
    weekend: "fin de semana|fines de semana|finde|findes",
    through: "a al hasta",
    filler: "y e de del desde",
  },
  de: {
    days: [
      "mo montag montags",
      "di dienstag dienstags",
      "mi mittwoch mittwochs",
      "do donnerstag donnerstags",
      "fr freitag freitags",
      "sa samstag samstags sonnabend",
      "so sonntag sonntags",
    ],
    daily: "taglich|jeden tag|alle tage|die ganze woche",
    weekdays: "werktags|wochentags|werktage|wochentage|unter der woche",
    weekend: "wochenende|am wochenende|wochenenden",
    through: "bis",
    filler: "und von ab",
  },
  fr: {
    days: [
      "lun lundi lundis",
      "mar mardi mardis",
      "mer mercredi mercredis",
      "jeu jeudi jeudis",
      "ven vendredi vendredis",
      "sam samedi samedis",
      "dim dimanche dimanches",
    ],
    daily: "tous les jours|chaque jour|quotidien|toute la semaine",
    weekdays: "en semaine|jours de semaine|jours ouvres|jours ouvrables",
    weekend: "week-end|week-ends|le week-end|fin de semaine",
    through: "a au jusqu'a jusqu'au",
    filler: "et du de le les",
  },
  pt: {
    days: [
      "seg segunda segundas 2a",
      "ter terca tercas 3a",
      "qua quarta quartas 4a",
      "qui quinta quintas 5a",
      "sex sexta sextas 6a",
      "sab sabado sabados",
      "dom domingo domingos",
    ],
    daily: "todos os dias|todo dia|diariamente|a semana toda",
    weekdays: "dias uteis|dia util|durante a semana|dias de semana",
    weekend: "fim de semana|fins de semana|final de semana|finais de semana",
    through: "a ao ate",
    filler: "e de da",
  },
};

export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;
const GROUPS = { daily: EVERY_DAY, weekdays: [1, 2, 3, 4, 5], weekend: [6, 7] } as const;

const languages = Object.values(DAY_VOCABULARY);
const words = (list: string): string[] => list.split(" ");
/** A phrase as one token: "fin de semana" -> "fin_de_semana". */
const asToken = (phrase: string): string => phrase.replace(/ /g, "_");

/** Each day's spellings in every language: "lunes" -> 1. */
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

/** Lower case without accents ("Miércoles" -> "miercoles", "2ª" -> "2a"); "terça-feira" -> "terca". */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s-]*feiras?\b/g, "");
}

/**
 * What a member typed for days, as tokens: a day word ("lun."), a range ("lunes-viernes") or a group
 * ("fin_de_semana"). "de lunes a viernes", "Montag bis Freitag" and "mon–fri" all give one range;
 * joining and leading words ("and", "y", "du") are dropped.
 */
export function dayTokens(input: string): string[] {
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

/** The ISO weekday (Mon=1) of a day token, with or without its abbreviation dot ("lun."). */
export function dayOfWord(word: string): number | undefined {
  return DAY_BY_WORD.get(word.replace(/\.$/, ""));
}

/** The days of a group token ("fin_de_semana" -> Sat, Sun), if it is one. */
export function groupOfToken(token: string): readonly number[] | undefined {
  return GROUP_BY_TOKEN.get(token);
}

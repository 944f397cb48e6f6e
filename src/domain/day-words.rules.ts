/**
 * Parsing data for the days typed into /schedule, folded (lower case, no accents, no "-feira"). A word
 * may be in two languages only if it names the same day: Spanish "do" is left out, German "Do" is Thursday.
 */
interface DayVocabulary {
  readonly days: readonly [string, string, string, string, string, string, string];
  readonly daily: string;
  readonly weekdays: string;
  readonly weekend: string;
  readonly through: string;
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

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/signs.catalog.js";

export default {
  command: {
    option: "Ein Warnzeichen, falls du eines hast",
  },
  label: {
    cannot_bear_weight: "Ich kann nicht auftreten",
    swelling_worse: "Schwellung, die zunimmt",
    numbness: "Taubheit oder Kribbeln",
    calf: "Heiße, rote oder geschwollene Wade",
    fever: "Fieber oder Krankheitsgefühl",
    night_pain: "Schmerzen nachts oder in Ruhe",
    gave_way: "Weggeknickt, oder es hat geknackt",
    deformity: "Sieht verformt aus",
    none: "Nichts davon",
  },
  said: {
    cannot_bear_weight: "nicht auftreten können",
    swelling_worse: "eine Schwellung",
    numbness: "Taubheit oder Kribbeln",
    calf: "eine heiße, rote oder geschwollene Wade",
    fever: "Fieber oder Krankheitsgefühl",
    night_pain: "Schmerzen nachts oder in Ruhe",
    gave_way: "Wegknicken oder ein Knacken",
    deformity: "eine Verformung",
    limping: "Humpeln",
  },
  question:
    "Noch eine Frage: Hast du eines dieser Warnzeichen? Wähle alle, die passen, oder tippe auf „Nichts davon“.",
  placeholder: "Alle wählen, die passen",
  form: {
    label: "Warnzeichen? (optional)",
    hint: "Wähle alle, die passen",
  },
  urgent: {
    seen: "Du nennst als Warnzeichen: {{signs}}. Das muss heute noch ärztlich angeschaut werden. Geh bitte heute in die Notaufnahme oder zum Bereitschaftsdienst, oder ruf gleich in deiner Praxis an – bitte nicht abwarten.",
    stop: "Lass die Übungen weg, bis du untersucht worden bist.",
    paused:
      "Ich habe deine Erinnerungen pausiert, bis du mir sagst, dass du untersucht wurdest: Tippe unten auf „Ich war beim Arzt“ oder nutze /resume.",
    comeBack: "Wenn du zurück bist, fängst du sanft wieder an:",
  },
  soon: "Du nennst als Warnzeichen: {{signs}}. Lass das bitte in den nächsten Tagen ärztlich oder physiotherapeutisch anschauen.",
  answer: {
    none: "Danke, nichts davon. Der Plan oben bleibt so.",
    noChange: "Danke, notiert. Der Plan oben berücksichtigt das schon.",
    seen: "Gut, dass du untersucht wurdest. Deine Erinnerungen laufen wieder, mit dem sanfteren Plan: Halte dich an das, was man dir geraten hat, und hör auf, wenn es wehtut.",
  },
  button: {
    none: "Nichts davon",
    seen: "Ich war beim Arzt",
  },
  errors: {
    answered: "Diese Frage hast du schon beantwortet, deshalb hat sich nichts geändert.",
    stale:
      "Diese Schmerzmeldung gibt es nicht mehr, deshalb hat sich nichts geändert. Sag mir mit /pain, wie es sich jetzt anfühlt.",
    notPaused: "Deine Erinnerungen sind nicht pausiert, es gab also nichts fortzusetzen.",
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/schedule.catalog.js";

const DAYS_HINT =
  "Nimm Tagesnamen oder Bereiche, zum Beispiel Mo-Fr, Mo,Mi,Sa, Sa-Mo, werktags, Wochenende oder täglich.";
const TIME_HINT = "Nimm das 24-Stunden-Format HH:MM, zum Beispiel 07:30 oder 18:45.";
const ZONE_HINT = "Wähl beim Tippen eine aus der Liste, zum Beispiel Europe/Berlin oder Europe/Vienna.";
const WINDOW =
  "In ein Fenster von {{start}} bis {{end}} ({{length}} Minuten) passen höchstens {{count}} {{what}} im Abstand von {{gap}} Minuten; {{perDay}} brauchen {{needed}} Minuten. Mach das Fenster größer oder setz per_day auf {{count}} oder weniger.";

export default {
  command: {
    description: "Leg fest, wann deine Übungs-Erinnerungen kommen, in deiner Zeitzone",
    timezone: "Deine Zeitzone, z. B. Europe/Berlin oder Europe/Vienna (tipp einfach deine Stadt ein)",
    start: "Erste Erinnerung nicht vor (HH:MM)",
    end: "Letzte Erinnerung nicht nach (HH:MM)",
    perDay: "Wie viele Erinnerungen am Tag (1-12)",
    times: "Feste Uhrzeiten statt verteilt, z. B. 07:30,12:15,18:00",
    days: "Welche Tage, z. B. Mo-Fr oder Mo,Mi,Sa",
  },
  pauseCommand: {
    description: "Pausiere deine Erinnerungen (deine Serie bleibt erhalten)",
    days: "Für wie viele Tage (leer lassen: bis /resume)",
  },
  resumeCommand: { description: "Schalte deine Erinnerungen wieder ein" },
  reply: {
    enrolled: "Du bist dabei! Erinnerungen {{when}}, {{days}}, Zeitzone {{timeZone}}.",
    updated: "Zeitplan aktualisiert. Erinnerungen {{when}}, {{days}}, Zeitzone {{timeZone}}.",
    spread: "{{perDay}}-mal am Tag zwischen {{start}} und {{end}}",
    at: "um {{times}}",
    next: "Nächste Erinnerungen:",
    noneSoon: "In den nächsten Tagen kommen keine Erinnerungen.",
    howItWorks:
      "Jede DM nennt dir eine Übung auf deiner Stufe, mit Buttons zum Abhaken, für Schmerzen und zum Verschieben. /pause geht jederzeit.",
  },
  days: { every: "jeden Tag", none: "an keinem Tag" },
  pause: {
    until: "Erinnerungen pausiert bis {{until}}. Deine Serie bleibt erhalten; /resume geht jederzeit.",
    open: "Erinnerungen pausiert, bis du /resume nutzt. Deine Serie bleibt erhalten.",
    badDays:
      "Die Tage müssen eine ganze Zahl von 1 bis {{max}} sein. Oder lass das Feld leer, dann gilt die Pause bis /resume.",
  },
  resume: {
    done: "Willkommen zurück: Die Erinnerungen laufen wieder.",
    notPaused: "Deine Erinnerungen waren nicht pausiert. Mit /schedule richtest du sie ein oder änderst sie.",
  },
  needTimeZone:
    "Sag mir zuerst deine Zeitzone, zum Beispiel /schedule timezone: Europe/Berlin (tipp einfach deine Stadt ein).",
  problems: {
    "time-empty": `Gib eine Uhrzeit an. ${TIME_HINT}`,
    "time-format": `„{{input}}“ ist keine Uhrzeit. ${TIME_HINT}`,
    "time-midnight": `„{{input}}“ ist keine Uhrzeit. ${TIME_HINT} Für Mitternacht nimm 00:00.`,
    "times-empty": "Gib mindestens eine Uhrzeit an, zum Beispiel 07:30 oder 07:30,12:00,18:15.",
    "times-format":
      "„{{input}}“ ist keine Uhrzeit. Gib Uhrzeiten im 24-Stunden-Format HH:MM an, mit Kommas getrennt, zum Beispiel 07:30,12:00,18:15.",
    "times-too-many":
      "Das sind {{given}} Uhrzeiten; mehr als {{max}} am Tag schicke ich nicht. Wähl höchstens {{max}} aus.",
    "times-too-close":
      "{{earlier}} und {{later}} liegen nur {{apart}} Minuten auseinander; zwischen zwei Erinnerungen brauche ich mindestens {{min}} Minuten. Verschieb eine davon oder lass sie weg.",
    "times-invalid": "Die Uhrzeiten müssen im 24-Stunden-Format HH:MM sein, zum Beispiel 07:30,12:00,18:15.",
    "days-empty": `Sag mir, an welchen Tagen du Erinnerungen willst. ${DAYS_HINT}`,
    "days-unknown": `„{{input}}“ kenne ich nicht als Tag. ${DAYS_HINT}`,
    "days-range": `„{{input}}“ kenne ich nicht als Bereich von Tagen. ${DAYS_HINT}`,
    "days-invalid":
      "Die Tage müssen Wochentage von Montag bis Sonntag sein, zum Beispiel Mo-Fr oder täglich.",
    "per-day": "per_day muss eine ganze Zahl von 1 bis {{max}} sein.",
    "window-invalid":
      "Start und Ende müssen Uhrzeiten im 24-Stunden-Format HH:MM sein, zum Beispiel 07:00 und 21:00.",
    "window-empty":
      "Dein Erinnerungsfenster ist leer: Es beginnt und endet um {{start}}. Wähl ein anderes Ende als den Start, zum Beispiel 07:00 bis 21:00.",
    "window-too-small_one": WINDOW.replace("{{what}}", "Erinnerung"),
    "window-too-small_other": WINDOW.replace("{{what}}", "Erinnerungen"),
    "timezone-empty": `Gib eine Zeitzone an. ${ZONE_HINT}`,
    "timezone-unknown": `Die Zeitzone „{{input}}“ kenne ich nicht. ${ZONE_HINT}`,
    "timezone-suggest_one": "Die Zeitzone „{{input}}“ kenne ich nicht. Meinst du {{suggestions}}?",
    "timezone-suggest_other":
      "Die Zeitzone „{{input}}“ kenne ich nicht. Meinst du eine von diesen: {{suggestions}}?",
  },
} as const satisfies CatalogOf<typeof en>;

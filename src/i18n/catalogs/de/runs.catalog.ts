import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/runs.catalog.js";

export default {
  command: {
    description: "Plane deine Läufe: vorher ein kurzes Aufwärmen der Sprunggelenke, danach eine Nachfrage",
    add: "Plane einen Lauf, wöchentlich oder einmalig",
    when: 'Wann: wöchentlich, "Mi 06:30" oder "Mo,Do 18:00", oder einmal, "2027-09-18 07:00" oder "morgen 6:45"',
    terrain: "Straße, Trail oder bergab (Standard: Straße)",
    warmup: "Minuten vor dem Lauf für die Aufwärm-Nachricht, 5-60 (Standard: 20)",
    list: "Deine geplanten Läufe",
    remove: "Einen geplanten Lauf entfernen",
    run: "Der Lauf, den du entfernen willst (aus der Liste wählen)",
  },
  terrain: { road: "Straße", trail: "Trail", downhill: "bergab" },
  when: {
    weekly: "{{days}} um {{time}}",
    once: "{{date}} um {{time}}",
  },
  line: "{{when}} · {{terrain}} · Aufwärmen {{warmup}} Min. vorher",
  added:
    "Lauf geplant: {{run}}. Ich schicke dir vorher ein kurzes Aufwärmen für die Sprunggelenke (ein paar Minuten) und frage danach, wie es deinen Knien ging.",
  next: "Als Nächstes: {{times}}.",
  list: {
    title: "Deine geplanten Läufe (Zeitzone {{timeZone}}):",
    item: "• {{run}}, nächster {{next}}",
    empty: "Keine Läufe geplant. Leg einen mit /runs add an, zum Beispiel when: Mi 06:30.",
  },
  removed: "Entfernt: {{run}}. Dafür kommen kein Aufwärmen und keine Nachfrage mehr.",
  needTimeZone:
    "Sag mir zuerst deine Zeitzone, damit deine Läufe nach deiner Uhr laufen: /schedule timezone: Europe/Berlin (fang an, deine Stadt zu tippen). Dann noch einmal /runs add.",
  tooMany:
    "Du hast schon {{max}} Läufe geplant, mehr behalte ich nicht. Entferne zuerst einen mit /runs remove.",
  unknownRun:
    "Diesen Lauf finde ich bei dir nicht. Wähle beim Tippen einen aus der Liste oder sieh sie dir mit /runs list an.",
  problems: {
    "when-empty": 'Sag mir, wann du läufst, zum Beispiel "Mi 06:30", "Mo,Do 18:00" oder "2027-09-18 07:00".',
    "when-time":
      'In "{{input}}" finde ich keine Uhrzeit. Gib eine im 24-Stunden-Format HH:MM an, zum Beispiel "Mi 06:30" oder "morgen 6:45".',
    "when-day-missing":
      'An welchem Tag? Schreib ihn vor die Uhrzeit, zum Beispiel "Mi 06:30", "Sa 08:00" oder "2027-09-18 07:00".',
    "when-day":
      '"{{input}}" kenne ich nicht als Tag. Nimm Tagesnamen (Mi, Mo,Do, Wochenende), ein Datum (2027-09-18), heute oder morgen.',
    "when-date": '"{{input}}" ist kein Kalenderdatum. Schreib es als JJJJ-MM-TT, zum Beispiel 2027-09-18.',
    "when-past":
      "{{when}} ist schon vorbei. Wähle einen Zeitpunkt, der noch kommt, oder einen Wochentag für einen wöchentlichen Lauf.",
    "warmup-range":
      "Das Aufwärmen kommt {{min}} bis {{max}} Minuten vor dem Lauf. Wähle eine Zahl in diesem Bereich.",
    terrain: "Wähle Straße, Trail oder bergab aus der Liste.",
  },
  warmup: {
    intro:
      "🏃 Lauf {{start}}: Zeit für {{minutes}} Minuten Aufwärmen der Sprunggelenke. Ein Satz jeder Matrix, langsame Wiederholungen, erst ein Bein, dann das andere.",
    forwardFirst:
      "Heute zuerst nach vorn: erst die 1 in beiden Matrizen, dann 2 und 3 in jeder. Bergab verlangt mehr Beugung im Sprunggelenk als alles andere, was du läufst, also wird diese Ebene zuerst warm.",
    step: "{{motion}} · {{reps}} Wiederholungen",
    footer: "Erledigt trägt einen Satz jeder Matrix ein.",
  },
  checkIn: {
    question: "Wie ging es deinen Knien bergab bei deinem Lauf {{start}}?",
    questionRoad: "Wie ging es deinen Knien bei deinem Lauf {{start}}?",
  },
  button: {
    done: "Erledigt",
    skip: "Auslassen",
    hurt: "Das tat weh",
    fine: "Gut",
    sore: "Leichte Beschwerden",
    painful: "Schmerzhaft",
  },
  reply: {
    skipped: "⏭️ Ausgelassen. Guten Lauf!",
    fine: "👍 Notiert: ein schmerzfreier Lauf. Stark.",
    painReported: "🩹 Notiert, danke, dass du es mir sagst.",
  },
  progress: {
    title: "Läufe diese Woche",
    value:
      "Geplant: {{planned}} · Aufwärmen erledigt: {{warmups}} · Nachfragen beantwortet: {{answered}}, davon {{fine}} schmerzfrei",
    trails:
      "Nutz deine neue Beweglichkeit: Du hast zwei Wochen lang an den meisten Tagen geübt. Ab auf die Trails, bergab inklusive, und steigere dich nach und nach.",
  },
} as const satisfies CatalogOf<typeof en>;

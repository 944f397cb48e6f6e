import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/progress.catalog.js";

export default {
  command: {
    log: {
      description: "Trag einen erledigten Satz einer Sprunggelenk-Übung ein",
      drill: "flexed-knee, straight-leg oder both",
      sets: "Wie viele Sätze (1-{{max}}, Standard 1)",
    },
    progress: { description: "Deine Stufe, Sätze, Serie und Vier-Wochen-Grafik (nur du siehst sie)" },
  },
  errors: {
    unknownDrill:
      "Die Übung „{{given}}“ kenne ich nicht. Tippe flexed-knee, straight-leg oder both (oder wähl eine aus der Liste).",
    setsRange: "Sätze gehen als ganze Zahl von 1 bis {{max}}, zum Beispiel sets: 2.",
  },
  spot_one: "Stufe {{level}} mit {{count}} Wiederholung",
  spot_other: "Stufe {{level}} mit {{count}} Wiederholungen",
  toGo: {
    sets_one: "noch ein schmerzfreier Satz",
    sets_other: "noch {{count}} schmerzfreie Sätze",
    setsOver_one: "noch ein schmerzfreier Satz an {{days}}",
    setsOver_other: "noch {{count}} schmerzfreie Sätze an {{days}}",
    overDays_one: "einem weiteren Tag",
    overDays_other: "{{count}} weiteren Tagen",
    days_one: "noch an einem weiteren Tag üben",
    days_other: "noch an {{count}} weiteren Tagen üben",
  },
  sets: {
    progress: "{{label}}, {{spot}}: {{toGo}}, dann geht's einen Schritt weiter.",
    held: "{{label}}, {{spot}}: Nach deiner Schmerzmeldung bleibst du hier bis {{until}}, und Sätze bis dahin zählen nicht für den nächsten Schritt. Danach {{toGo}}, dann geht's einen Schritt weiter.",
    newLevel_one:
      "Neue Stufe! {{label}}: {{level}}, {{count}} Wiederholung pro Richtung. Wie du dich aufstellst, steht unter /drills.",
    newLevel_other:
      "Neue Stufe! {{label}}: {{level}}, {{count}} Wiederholungen pro Richtung. Wie du dich aufstellst, steht unter /drills.",
    stepUp_one:
      "Schritt geschafft! {{label}}: jetzt {{count}} Wiederholung pro Richtung (vorher {{from}}), weiter auf Stufe {{level}}.",
    stepUp_other:
      "Schritt geschafft! {{label}}: jetzt {{count}} Wiederholungen pro Richtung (vorher {{from}}), weiter auf Stufe {{level}}.",
    dailyCap:
      "Pro Tag zählen höchstens {{max}} Sätze für den nächsten Schritt: lieber kurz und oft als eine lange Einheit.",
    reachedTop: "Damit bist du ganz oben auf der Leiter.",
    top: "{{label}}: ganz oben auf der Leiter ({{spot}}). Bau sie weiter ins Aufwärmen ein und nimm die Beweglichkeit mit auf die Trails, auch beim Bergablaufen.",
  },
  backOff: {
    none: "{{label}}: keine Änderung, weiter auf {{spot}}.",
    hold: "{{label}}: Du bleibst auf {{spot}} und die Zählung beginnt von vorn; kein Schritt nach oben vor {{until}}.",
    holdKept:
      "{{label}}: Du bleibst auf {{spot}} und die Zählung beginnt von vorn; wie schon zuvor geht es vor {{until}} nicht nach oben.",
    moved: "{{label}}: zurück auf {{to}} (vorher {{from}}), kein Schritt nach oben vor {{until}}.",
    repsDown:
      "{{label}}: Du bleibst auf Stufe {{level}}, die Wiederholungen gehen zurück auf {{reps}}, kein Schritt nach oben vor {{until}}.",
    restarted:
      "{{label}}: Du bleibst auf {{spot}}, sanfter geht es nicht, und die Zählung beginnt von vorn; kein Schritt nach oben vor {{until}}.",
  },
  standing: {
    where_one: "{{level}}, {{count}} Wiederholung",
    where_other: "{{level}}, {{count}} Wiederholungen",
    top: "{{where}}: ganz oben auf der Leiter.",
    toGo: "{{where}}: {{toGo}}, dann geht's einen Schritt weiter.",
    ready: "{{where}}: Dein nächster Satz bringt dich einen Schritt weiter.",
    holdToGo: "{{where}}: {{toGo}}, dann geht's einen Schritt weiter; bis {{until}} bleibst du aber hier.",
  },
  log: {
    hurt: "Das hat wehgetan",
    logged_one: "{{count}} Satz eingetragen: {{drills}}.",
    logged_other: "{{count}} Sätze eingetragen: {{drills}}.",
    already_one: "Schon eingetragen: {{count}} Satz, {{drills}}. Nichts wurde doppelt gezählt.",
    already_other: "Schon eingetragen: {{count}} Sätze, {{drills}}. Nichts wurde doppelt gezählt.",
    week: "Diese Woche: {{totals}}",
  },
  report: {
    title: "Dein Sprunggelenk-Fortschritt",
    streak_one: "Serie: **{{count}} Tag** am Stück mit mindestens einem Satz.",
    streak_other: "Serie: **{{count}} Tage** am Stück mit mindestens einem Satz.",
    newcomer: "Noch nichts eingetragen. Fang mit /drills an und trag nach deinem ersten Satz mit /log ein.",
    weekSets_one: "Diese Woche: {{count}} Satz",
    weekSets_other: "Diese Woche: {{count}} Sätze",
    lastPain: "Letzte Schmerzmeldung",
    lastPainValue: "{{severity}}/10, {{place}}, {{when}}",
  },
  chart: {
    title: "Deine letzten vier Wochen",
    subtitle_one: "Sätze pro Tag, letzte 4 Wochen · {{count}} Satz",
    subtitle_other: "Sätze pro Tag, letzte 4 Wochen · {{count}} Sätze",
    footer: "Dorsi · Beweglichkeit im Sprunggelenk",
  },
} as const satisfies CatalogOf<typeof en>;

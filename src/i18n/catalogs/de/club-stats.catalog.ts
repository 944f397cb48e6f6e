import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/club-stats.catalog.js";

export default {
  command: {
    description: "Wie es dem Club geht: Mitglieder, Aktivität und Sätze pro Woche (keine Gesundheitsdaten)",
  },
  outsideServer: "Club-Statistiken gehören zu einem Club: Nutz /club-stats im Server deines Clubs.",
  title: "📊 **{{club}}** auf einen Blick",
  members: "Mitglieder auf der Rangliste: {{members}}, davon bekommen {{enrolled}} Erinnerungen",
  activeWeeks: "Aktiv diese Woche: {{now}} · die vier Wochen davor: {{before}}",
  steppedUp: "Diesen Monat ein Level aufgestiegen: {{share}} der aktiven Mitglieder",
  steppedUpNone: "Diesen Monat ein Level aufgestiegen: bisher war noch niemand aktiv",
  busiestHour: "Beliebteste Trainingsstunde: {{hour}} (Zeitzone {{zone}})",
  busiestHourNone: "Beliebteste Trainingsstunde: noch keine Sätze eingetragen",
  chartTitle: "Sätze pro Woche",
  private: "-# Nur Zahlen: keine Namen und nie Schmerzen oder Messwerte.",
} as const satisfies CatalogOf<typeof en>;

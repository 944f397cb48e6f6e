import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/help.catalog.js";

export default {
  command: { description: "Was Dorsi macht, und alle Befehle, die du brauchst" },
  intro:
    "**Dorsi** trainiert Läufer mit kurzen 3D-Sprunggelenksübungen, ein paar Sätze am Tag, damit Knie und Sprunggelenke stark und beweglich bleiben. Dorsi erinnert dich per DM, steigert deine Übungen mit der Zeit und nimmt Tempo raus, wenn etwas wehtut.",
  group: {
    start: "Start",
    practise: "Üben",
    pain: "Schmerzen",
    progress: "Fortschritt",
    club: "Club (im Server deines Clubs)",
    privacy: "Datenschutz",
  },
  line: {
    schedule: "{{command}}: wann ich dich erinnere (Zeitzone, Zeitfenster, Erinnerungen pro Tag)",
    help: "{{command}}: diese Liste",
    drills: "{{command}}: wie jede Übung auf deinem Level geht",
    log: "{{command}}: trag deine Sätze ein",
    runs: "{{command}}: plan deine Läufe, mit Aufwärmen davor und Nachfrage danach",
    pause: "{{command}}: mach eine Pause von den Erinnerungen",
    resume: "{{command}}: nach einer Pause weitermachen",
    pain: "{{command}}: sag mir, wenn etwas wehtut; ich passe deinen Plan an",
    progress: "{{command}}: dein Level, deine Sätze, Serie und Schmerzverlauf",
    measure: "{{command}}: der Knie-zur-Wand-Test und wie sich deine Sprunggelenke verändern",
    leaderboard: "{{command}}: die Wochenbestenliste des Clubs",
    clubStats: "{{command}}: der Trend des Clubs, für Captains",
    club: "{{command}}: die Wochenbestenliste einrichten (Admins)",
    privacy: "{{command}}: deine Daten exportieren oder löschen, oder die Bestenlisten verlassen",
  },
  notMedical:
    "Dorsi ist keine medizinische Beratung. Wenn der Schmerz stechend ist, etwas anschwillt oder es schlimmer wird, geh zu einer Physiotherapeutin oder einem Arzt.",
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/welcome.catalog.js";

export default {
  post: {
    what: "👋 Hi, ich bin Dorsi! Ich trainiere Läufer mit kurzen täglichen Sprunggelenksübungen, die Knie und Sprunggelenke stark und beweglich halten.",
    members:
      "**Läufer:** Starte mit {{schedule}} und wähle, wann ich dich per DM erinnere; trag dann jeden Satz mit {{log}} ein. {{help}} zeigt alles.",
    admins:
      "**Admins:** Mit {{club}} legst du Kanal und Uhrzeit für die wöchentliche Bestenliste des Clubs fest.",
  },
  tip: {
    start:
      "💡 Neu hier? Starte mit {{schedule}}: Ich schicke dir zu deinen Zeiten eine kurze Übung per DM. {{help}} zeigt alles.",
    afterSchedule:
      "💡 Nächster Schritt: Wenn deine erste Erinnerung kommt, mach die Übung und drück auf Erledigt (oder nutz {{log}}). {{help}} zeigt alles.",
  },
} as const satisfies CatalogOf<typeof en>;

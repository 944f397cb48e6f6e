import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/attention.catalog.js";

export default {
  command: {
    streakWarning:
      "Ein Hinweis um 21:00, wenn deine Serie (3+ Tage) heute noch keinen Satz hat (true oder false)",
  },
  nudge: {
    text: "Hi! Auf meine letzten Erinnerungen kam keine Antwort, und seit ein paar Tagen ist nichts eingetragen. Kein Problem, das passiert. Lass uns die Erinnerungen an deinen Alltag anpassen: weniger, zu anderen Zeiten oder eine Woche Pause?\nBis du antwortest oder einen Satz einträgst, schicke ich dir nur halb so viele.",
    button: { fewer: "Weniger Erinnerungen", times: "Andere Zeiten", pause: "Eine Woche Pause" },
  },
  reply: {
    fewer_one:
      "Erledigt: ab jetzt {{count}} Erinnerung am Tag. Mit {{schedule}} kannst du das jederzeit ändern.",
    fewer_other:
      "Erledigt: ab jetzt {{count}} Erinnerungen am Tag. Mit {{schedule}} kannst du das jederzeit ändern.",
    times:
      "Wähl mit {{schedule}} die Zeiten, die dir passen: `start` und `end` legen das Zeitfenster fest, oder `times` gibt genaue Uhrzeiten an, z. B. `times: 07:30,18:00`. Bis dahin bleiben deine Erinnerungen bei den gewohnten Zeiten.",
  },
  streak: {
    warning_one:
      "🔥 Deine Serie steht bei {{count}} Tag, und heute fehlt noch ein Satz. Ein Satz vor Mitternacht hält sie am Leben: mach eine Übung und trag sie mit /log ein.",
    warning_other:
      "🔥 Deine Serie steht bei {{count}} Tagen, und heute fehlt noch ein Satz. Ein Satz vor Mitternacht hält sie am Leben: mach eine Übung und trag sie mit /log ein.",
  },
  schedule: {
    on: "Serien-Hinweis an: Wenn deine Serie 3 Tage oder länger ist und ein Tag um 21:00 noch keinen Satz hat, sag ich dir Bescheid.",
    off: "Serien-Hinweis aus.",
  },
  errors: {
    alreadyAnswered:
      "Auf diese Nachricht hast du schon geantwortet, also hat sich nichts geändert. Mit /schedule, /pause und /resume änderst du deine Erinnerungen jederzeit.",
    notYours: "Dieser Button gehört nicht zu einer Nachricht an dich, darum passiert nichts.",
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/reminders.catalog.js";

export default {
  drill: {
    intro: {
      "flexed-knee":
        "Zeit fürs Sprunggelenk: ein Satz der Matrix mit gebeugtem Knie, {{reps}} Wiederholungen pro Richtung.",
      "straight-leg":
        "Zeit fürs Sprunggelenk: ein Satz der Matrix mit gestrecktem Bein, {{reps}} Wiederholungen pro Richtung.",
    },
    footer: "{{reps}} langsame Wiederholungen pro Richtung, erst ein Bein, dann das andere. {{safety}}",
  },
  button: { done: "Erledigt", pain: "Schmerzen", snooze: "Später" },
  morning: {
    afterPain:
      "Morgen-Check: Gestern hast du Schmerzen von {{severity}}/10 gemeldet ({{location}}). Wie fühlt es sich jetzt an?",
    firstDay: {
      "flexed-knee":
        "Morgen-Check: Gestern war dein erster Tag auf Stufe {{level}} der Matrix mit gebeugtem Knie. Hast du heute Morgen Schmerzen?",
      "straight-leg":
        "Morgen-Check: Gestern war dein erster Tag auf Stufe {{level}} der Matrix mit gestrecktem Bein. Hast du heute Morgen Schmerzen?",
    },
    again:
      "Morgen-Check: Wie fühlen sich die Schmerzen ({{location}}) heute Morgen an? Ich frage jeden Morgen nach, bis sie abgeklungen sind, höchstens eine Woche lang.",
    anyPain: "Morgen-Check: Hast du heute Morgen Schmerzen?",
    band: { none: "Keine Schmerzen", "1-2": "1-2", "3-5": "3-5", "6-7": "6-7", "8-10": "8-10" },
  },
  reply: {
    done: "✅ Erledigt.",
    snoozed: "⏰ Verschoben: Ich erinnere dich um {{time}} noch mal.",
    painReported: "🩹 Schmerzen gemeldet.",
  },
  answeredAs: {
    done: "erledigt",
    pain: "Schmerzen gemeldet",
    "morning-none": "keine Schmerzen",
    "morning-1-2": "Schmerzen 1-2",
    "morning-3-5": "Schmerzen 3-5",
    "morning-6+": "Schmerzen 6 oder mehr",
    "morning-6-7": "Schmerzen 6-7",
    "morning-8-10": "Schmerzen 8-10",
    skip: "übersprungen",
    "run-fine": "gut",
    "run-sore": "leichte Beschwerden",
    "run-painful": "schmerzhaft",
  },
  errors: {
    staleButton:
      "Dieser Button gilt nicht mehr. Nimm /log für einen Satz oder /pain, wenn du Schmerzen melden willst.",
    notYours: "Dieser Button gehört zu keiner deiner Erinnerungen, er bewirkt also nichts.",
    alreadyAnswered:
      "Diese Erinnerung hast du schon beantwortet ($t(reminders.answeredAs.{{outcome}})), es bleibt also alles, wie es ist. Nimm /log für einen weiteren Satz.",
    inactive: "Diese Erinnerung ist nicht mehr aktiv. Nimm stattdessen /log oder /pain.",
    snoozeLimit_one:
      "Du hast diese Erinnerung schon einmal verschoben. Drück auf Erledigt, wenn du den Satz gemacht hast, oder lass sie einfach gut sein.",
    snoozeLimit_other:
      "Du hast diese Erinnerung schon {{count}}-mal verschoben. Drück auf Erledigt, wenn du den Satz gemacht hast, oder lass sie einfach gut sein.",
  },
  dmsClosedNotice:
    "Ich konnte dir keine Erinnerung schicken: Deine Direktnachrichten sind für mich gesperrt, deshalb sind die Erinnerungen gestoppt. Damit sie wieder kommen, erlaube Direktnachrichten von Mitgliedern dieses Servers (Servername → Privatsphäre-Einstellungen → Direktnachrichten) und führ dann /resume aus.",
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/privacy.catalog.js";

export default {
  command: {
    description: "Deine Daten: exportieren, löschen oder dich in den Ranglisten ausblenden",
    export: "Alles, was Dorsi über dich speichert, als Datei",
    delete: "Alles löschen, was Dorsi über dich speichert",
    hide: "Die Club-Ranglisten verlassen oder wieder mitmachen",
    hidden: "True: Ranglisten verlassen, False: wieder mitmachen (leer lassen: umschalten)",
  },
  exported:
    "Hier ist alles, was Dorsi über dich speichert, auch deine Schmerzmeldungen. Nur du kannst das sehen.",
  deleteQuestion:
    "Damit löschst du deine Sätze, Schmerzmeldungen, deinen Fortschritt, deine Erinnerungen und Einstellungen, in allen Clubs. Das lässt sich nicht rückgängig machen. Bist du sicher?",
  button: { delete: "Alles löschen", cancel: "Abbrechen" },
  deleted:
    "Gelöscht. Dorsi hat keine Daten mehr über dich: Sätze, Schmerzmeldungen, Fortschritt, Erinnerungen und Einstellungen sind weg. Mit jedem Befehl kannst du neu anfangen.",
  cancelled: "Abgebrochen: Es wurde nichts gelöscht.",
  hidden: {
    here: "Erledigt: Du stehst nicht mehr in der Rangliste dieses Clubs. Dein eigener Fortschritt bleibt, wie er ist. Mit /privacy hide bist du wieder dabei.",
    everywhere:
      "Erledigt: Du stehst in keiner Club-Rangliste mehr. Dein eigener Fortschritt bleibt, wie er ist. Mit /privacy hide bist du wieder dabei.",
  },
  shown: {
    here: "Willkommen zurück: Du stehst wieder in der Rangliste dieses Clubs.",
    everywhere: "Willkommen zurück: Du stehst wieder in allen Club-Ranglisten.",
  },
  errors: {
    expired:
      "Diese Bestätigung ist abgelaufen, es wurde also nichts gelöscht. Führ /privacy delete noch einmal aus.",
    nothingToDelete: "Es gibt nichts zu löschen: Dorsi hat keine Daten über dich.",
    notOnBoard:
      "Du stehst noch in keiner Club-Rangliste. Nutz zuerst einen Dorsi-Befehl auf dem Server deines Clubs.",
  },
} as const satisfies CatalogOf<typeof en>;

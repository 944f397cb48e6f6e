import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/common.catalog.js";

export default {
  apology:
    "Entschuldige, bei uns ist etwas schiefgelaufen. Deine bisherigen Einträge sind sicher; versuch es in einer Minute noch einmal.",
  unknownCommand: "Diesen Befehl kenne ich nicht mehr. Tippe /, um die aktuellen zu sehen.",
  buttonInactive:
    "Dieser Button ist nicht mehr aktiv. Führe den Befehl noch einmal aus, dann bekommst du einen neuen.",
  buttonNotYours: "Dieser Button gehört jemand anderem, für dich bewirkt er nichts.",
  notMedicalAdvice: "Dorsi ist keine medizinische Beratung.",
  place: {
    knee: "Knie",
    ankle: "Sprunggelenk",
    calf: "Wade",
    shin: "Schienbein",
    foot: "Fuß",
    hip: "Hüfte",
    other: "woanders",
  },
} as const satisfies CatalogOf<typeof en>;

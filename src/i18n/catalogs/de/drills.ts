import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/drills.js";

export default {
  label: { "flexed-knee": "Matrix mit gebeugtem Knie", "straight-leg": "Matrix mit gestrecktem Bein" },
  name: {
    "flexed-knee": "3-Wege-Sprunggelenk-Matrix, Knie gebeugt",
    "straight-leg": "3-Wege-Sprunggelenk-Matrix, Bein gestreckt",
  },
  bothMatrices: "beide Matrizen",
  level: "Stufe {{level}}",
  levelTitle: {
    "flexed-knee": {
      level1: "Halbkniestand",
      level2: "Schrittstellung an der Wand",
      level3: "vorderer Fuß erhöht",
      level4: "mit Gewicht, ohne Halt",
    },
    "straight-leg": {
      level1: "Hände und Knie am Boden",
      level2: "an die Wand gelehnt",
      level3: "Vorfuß auf einer Stufe",
      level4: "am Hang, ohne Halt",
    },
  },
  levelWithTitle: "Stufe {{level}} · {{title}}",
} as const satisfies CatalogOf<typeof en>;

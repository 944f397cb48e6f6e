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
} as const satisfies CatalogOf<typeof en>;

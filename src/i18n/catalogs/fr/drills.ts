import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/drills.js";

export default {
  label: { "flexed-knee": "Matrice genou fléchi", "straight-leg": "Matrice jambe tendue" },
  name: {
    "flexed-knee": "Matrice de cheville 3 directions, genou fléchi",
    "straight-leg": "Matrice de cheville 3 directions, jambe tendue",
  },
  bothMatrices: "les deux matrices",
  level: "Niveau {{level}}",
} as const satisfies CatalogOf<typeof en>;

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
  levelTitle: {
    "flexed-knee": {
      level1: "semi-agenouillé",
      level2: "fente face au mur",
      level3: "pied avant surélevé",
      level4: "avec charge, sans appui",
    },
    "straight-leg": {
      level1: "mains et genou au sol",
      level2: "appui contre un mur",
      level3: "avant-pied sur une marche",
      level4: "en pente, sans appui",
    },
  },
  levelWithTitle: "Niveau {{level}} · {{title}}",
} as const satisfies CatalogOf<typeof en>;

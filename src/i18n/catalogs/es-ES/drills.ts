import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/drills.js";

export default {
  label: { "flexed-knee": "Matriz de rodilla flexionada", "straight-leg": "Matriz de pierna estirada" },
  name: {
    "flexed-knee": "Matriz de tobillo en 3 direcciones, rodilla flexionada",
    "straight-leg": "Matriz de tobillo en 3 direcciones, pierna estirada",
  },
  bothMatrices: "las dos matrices",
  level: "Nivel {{level}}",
  levelTitle: {
    "flexed-knee": {
      level1: "semiarrodillado",
      level2: "zancada frente a la pared",
      level3: "pie delantero elevado",
      level4: "con peso, sin apoyo",
    },
    "straight-leg": {
      level1: "manos y rodilla en el suelo",
      level2: "apoyado en la pared",
      level3: "antepié en un escalón",
      level4: "en pendiente, sin apoyo",
    },
  },
  levelWithTitle: "Nivel {{level}} · {{title}}",
} as const satisfies CatalogOf<typeof en>;

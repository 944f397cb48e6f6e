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
} as const satisfies CatalogOf<typeof en>;

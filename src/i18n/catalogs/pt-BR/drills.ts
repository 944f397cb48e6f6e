import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/drills.js";

export default {
  label: { "flexed-knee": "Matriz de joelho flexionado", "straight-leg": "Matriz de perna estendida" },
  name: {
    "flexed-knee": "Matriz de tornozelo em 3 direções, joelho flexionado",
    "straight-leg": "Matriz de tornozelo em 3 direções, perna estendida",
  },
  bothMatrices: "as duas matrizes",
  level: "Nível {{level}}",
} as const satisfies CatalogOf<typeof en>;

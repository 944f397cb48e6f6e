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
  levelTitle: {
    "flexed-knee": {
      level1: "semiajoelhado",
      level2: "afundo apoiado na parede",
      level3: "pé da frente elevado",
      level4: "com carga, sem apoio",
    },
    "straight-leg": {
      level1: "mãos e joelho no chão",
      level2: "apoiado na parede",
      level3: "antepé em um degrau",
      level4: "na rampa, sem apoio",
    },
  },
  levelWithTitle: "Nível {{level}} · {{title}}",
} as const satisfies CatalogOf<typeof en>;

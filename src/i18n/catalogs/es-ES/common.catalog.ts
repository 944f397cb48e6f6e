import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/common.catalog.js";

export default {
  apology:
    "Perdona, algo ha fallado por nuestra parte. Tus registros anteriores están a salvo; vuelve a intentarlo en un minuto.",
  unknownCommand: "Ya no conozco ese comando. Escribe / para ver los actuales.",
  buttonInactive: "Este botón ya no está activo. Vuelve a usar el comando para tener uno nuevo.",
  buttonNotYours: "Este botón es de otra persona, así que contigo no hace nada.",
  notMedicalAdvice: "Dorsi no es consejo médico.",
  place: {
    knee: "rodilla",
    ankle: "tobillo",
    calf: "gemelo",
    shin: "espinilla",
    foot: "pie",
    hip: "cadera",
    other: "otra zona",
  },
} as const satisfies CatalogOf<typeof en>;

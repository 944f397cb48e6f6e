import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/privacy.catalog.js";

export default {
  command: {
    description: "Tus datos: expórtalos, bórralos o desaparece de las clasificaciones",
    export: "Todo lo que Dorsi guarda sobre ti, en un archivo",
    delete: "Borra todo lo que Dorsi guarda sobre ti",
    hide: "Sal de las clasificaciones del club o vuelve a ellas",
    hidden: "True para salir de las clasificaciones, False para volver (si lo dejas vacío, cambia)",
  },
  exported:
    "Aquí tienes todo lo que Dorsi guarda sobre ti, también tus registros de dolor. Solo tú puedes ver esto.",
  deleteQuestion:
    "Esto borra tus series, registros de dolor, progresión, recordatorios y ajustes, en todos los clubs. No se puede deshacer. ¿Seguro?",
  button: { delete: "Borrarlo todo", cancel: "Cancelar" },
  deleted:
    "Borrado. Dorsi ya no guarda ningún dato tuyo: series, registros de dolor, progresión, recordatorios y ajustes han desaparecido. Usa cualquier comando para empezar de cero.",
  cancelled: "Cancelado: no se ha borrado nada.",
  hidden: {
    here: "Hecho: ya no sales en la clasificación de este club. Tu progreso no cambia. Vuelve a usar /privacy hide para volver.",
    everywhere:
      "Hecho: ya no sales en ninguna clasificación de club. Tu progreso no cambia. Vuelve a usar /privacy hide para volver.",
  },
  shown: {
    here: "Bienvenido de nuevo: vuelves a salir en la clasificación de este club.",
    everywhere: "Bienvenido de nuevo: vuelves a salir en todas las clasificaciones de club.",
  },
  errors: {
    expired: "Esta confirmación ha caducado, así que no se ha borrado nada. Vuelve a usar /privacy delete.",
    nothingToDelete: "No hay nada que borrar: Dorsi no guarda ningún dato tuyo.",
    notOnBoard:
      "Todavía no estás en ninguna clasificación de club. Usa primero un comando de Dorsi en el servidor de tu club.",
  },
} as const satisfies CatalogOf<typeof en>;

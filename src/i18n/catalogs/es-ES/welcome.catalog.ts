import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/welcome.catalog.js";

export default {
  post: {
    what: "👋 ¡Hola, soy Dorsi! Entreno a corredores con ejercicios de tobillo cortos y diarios que mantienen rodillas y tobillos fuertes y flexibles.",
    members:
      "**Corredores:** empieza con {{schedule}} para elegir cuándo te aviso por MD y luego registra cada serie con {{log}}. {{help}} lo explica todo.",
    admins: "**Admins:** usa {{club}} para elegir el canal y la hora de la clasificación semanal del club.",
  },
  tip: {
    start:
      "💡 ¿Primera vez? Empieza con {{schedule}}: te mandaré un ejercicio corto por MD a las horas que elijas. {{help}} lo explica todo.",
    afterSchedule:
      "💡 Siguiente paso: cuando llegue tu primer recordatorio, haz el ejercicio y pulsa Hecho (o usa {{log}}). {{help}} lo explica todo.",
  },
} as const satisfies CatalogOf<typeof en>;

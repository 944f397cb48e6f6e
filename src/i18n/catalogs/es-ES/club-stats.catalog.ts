import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/club-stats.catalog.js";

export default {
  command: { description: "Cómo va el club: miembros, actividad y series por semana (sin datos de salud)" },
  outsideServer: "Las estadísticas son de un club: usa /club-stats en el servidor de tu club.",
  title: "📊 **{{club}}** de un vistazo",
  members: "Miembros en la clasificación: {{members}}, de los cuales {{enrolled}} reciben avisos",
  activeWeeks: "Activos esta semana: {{now}} · las cuatro semanas anteriores: {{before}}",
  steppedUp: "Subieron de nivel este mes: {{share}} de los miembros activos",
  steppedUpNone: "Subieron de nivel este mes: todavía nadie ha estado activo",
  busiestHour: "Hora con más práctica: {{hour}} (hora de {{zone}})",
  busiestHourNone: "Hora con más práctica: aún no hay series registradas",
  chartTitle: "Series por semana",
  private: "-# Solo recuentos: sin nombres y nunca datos de dolor ni mediciones.",
} as const satisfies CatalogOf<typeof en>;

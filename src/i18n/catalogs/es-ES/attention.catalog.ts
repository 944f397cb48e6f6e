import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/attention.catalog.js";

export default {
  command: {
    streakWarning:
      "Un aviso a las 21:00 si tu racha de 3+ días aún no tiene ninguna serie ese día (true o false)",
  },
  nudge: {
    text: "¡Hola! Mis últimos recordatorios se quedaron sin respuesta y llevas unos días sin registrar nada. Tranquilo, pasa. Hagamos que los recordatorios encajen con tu vida: ¿menos, a otras horas o una semana de descanso?\nHasta que respondas o registres una serie, te enviaré la mitad.",
    button: { fewer: "Menos recordatorios", times: "Otras horas", pause: "Pausa de una semana" },
  },
  reply: {
    fewer_one:
      "Hecho: {{count}} recordatorio al día a partir de ahora. Puedes cambiarlo cuando quieras con {{schedule}}.",
    fewer_many:
      "Hecho: {{count}} recordatorios al día a partir de ahora. Puedes cambiarlo cuando quieras con {{schedule}}.",
    fewer_other:
      "Hecho: {{count}} recordatorios al día a partir de ahora. Puedes cambiarlo cuando quieras con {{schedule}}.",
    times:
      "Elige las horas que te vengan bien con {{schedule}}: `start` y `end` marcan la franja, o `times` da horas exactas, p. ej. `times: 07:30,18:00`. Mientras tanto, tus recordatorios siguen a sus horas de siempre.",
  },
  streak: {
    warning_one:
      "🔥 Llevas una racha de {{count}} día y hoy aún no tienes ninguna serie. Una serie antes de medianoche la mantiene: haz un ejercicio y regístralo con /log.",
    warning_many:
      "🔥 Llevas una racha de {{count}} días y hoy aún no tienes ninguna serie. Una serie antes de medianoche la mantiene: haz un ejercicio y regístralo con /log.",
    warning_other:
      "🔥 Llevas una racha de {{count}} días y hoy aún no tienes ninguna serie. Una serie antes de medianoche la mantiene: haz un ejercicio y regístralo con /log.",
  },
  schedule: {
    on: "Aviso de racha activado: cuando tu racha sea de 3 días o más y un día no tenga ninguna serie a las 21:00, te avisaré.",
    off: "Aviso de racha desactivado.",
  },
  errors: {
    alreadyAnswered:
      "Ya respondiste a este mensaje, así que no ha cambiado nada. /schedule, /pause y /resume cambian tus recordatorios cuando quieras.",
    notYours: "Este botón no es de un mensaje tuyo, así que no hace nada.",
  },
} as const satisfies CatalogOf<typeof en>;

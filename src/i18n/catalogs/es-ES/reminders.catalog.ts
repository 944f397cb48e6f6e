import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/reminders.catalog.js";

export default {
  drill: {
    intro: {
      "flexed-knee":
        "Toca tobillos: una serie de la matriz de rodilla flexionada, {{reps}} repeticiones en cada dirección.",
      "straight-leg":
        "Toca tobillos: una serie de la matriz de pierna estirada, {{reps}} repeticiones en cada dirección.",
    },
    footer: "{{reps}} repeticiones lentas en cada dirección, primero una pierna y luego la otra. {{safety}}",
  },
  button: { done: "Hecho", pain: "Dolor", snooze: "Más tarde" },
  morning: {
    afterPain:
      "Control de la mañana: ayer me dijiste que tenías un dolor de {{severity}}/10 ({{location}}). ¿Cómo lo notas ahora?",
    firstDay: {
      "flexed-knee":
        "Control de la mañana: ayer fue tu primer día en el nivel {{level}} de la matriz de rodilla flexionada. ¿Te duele algo esta mañana?",
      "straight-leg":
        "Control de la mañana: ayer fue tu primer día en el nivel {{level}} de la matriz de pierna estirada. ¿Te duele algo esta mañana?",
    },
    again:
      "Control de la mañana: ¿cómo va el dolor ({{location}}) esta mañana? Te lo preguntaré cada mañana hasta que se calme, durante una semana como mucho.",
    anyPain: "Control de la mañana: ¿te duele algo esta mañana?",
    band: { none: "Sin dolor", "1-2": "1-2", "3-5": "3-5", "6-7": "6-7", "8-10": "8-10" },
  },
  reply: {
    done: "✅ Hecho.",
    snoozed: "⏰ Pospuesto: te lo vuelvo a recordar a las {{time}}.",
    painReported: "🩹 Dolor registrado.",
  },
  answeredAs: {
    done: "hecho",
    pain: "dolor registrado",
    "morning-none": "sin dolor",
    "morning-1-2": "dolor 1-2",
    "morning-3-5": "dolor 3-5",
    "morning-6+": "dolor 6 o más",
    "morning-6-7": "dolor 6-7",
    "morning-8-10": "dolor 8-10",
    skip: "omitido",
    "run-fine": "bien",
    "run-sore": "algo de molestia",
    "run-painful": "doloroso",
  },
  errors: {
    staleButton: "Este botón ya no vale. Usa /log para apuntar una serie o /pain si quieres registrar dolor.",
    notYours: "Este botón no es de ningún recordatorio tuyo, así que no hace nada.",
    alreadyAnswered:
      "Ya respondiste a este recordatorio ($t(reminders.answeredAs.{{outcome}})), así que no ha cambiado nada. Usa /log para apuntar otra serie.",
    inactive: "Este recordatorio ya no está activo. Usa /log o /pain.",
    snoozeLimit_one: "Ya lo has pospuesto una vez. Pulsa Hecho cuando hayas hecho la serie, o déjalo pasar.",
    snoozeLimit_many:
      "Ya lo has pospuesto {{count}} veces. Pulsa Hecho cuando hayas hecho la serie, o déjalo pasar.",
    snoozeLimit_other:
      "Ya lo has pospuesto {{count}} veces. Pulsa Hecho cuando hayas hecho la serie, o déjalo pasar.",
  },
  dmsClosedNotice:
    "No he podido mandarte un recordatorio: tienes los mensajes directos cerrados para mí, así que los recordatorios están parados. Para volver a recibirlos, permite los mensajes directos de los miembros de este servidor (nombre del servidor → Ajustes de privacidad → Mensajes directos) y luego usa /resume.",
} as const satisfies CatalogOf<typeof en>;

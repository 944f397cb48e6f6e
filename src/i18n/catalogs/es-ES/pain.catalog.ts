import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/pain.catalog.js";

export default {
  command: {
    description: "Avisa de un dolor: tu plan se suaviza al momento (solo lo ves tú)",
    severity: "0 = sin dolor, 10 = el peor que te puedas imaginar",
    location: "Dónde te duele",
    side: "Qué lado, si es solo uno",
    drill: "El ejercicio que estabas haciendo, si era alguno",
    context: "Cuándo te dolió",
    note: "Algo más (hasta {{max}} caracteres)",
    drillUnknown: "No lo sé",
  },
  location: {
    knee: "Rodilla",
    ankle: "Tobillo",
    calf: "Gemelo",
    shin: "Espinilla",
    foot: "Pie",
    hip: "Cadera",
    other: "Otro sitio",
  },
  side: {
    left: "Izquierdo",
    right: "Derecho",
    both: "Los dos",
  },
  context: {
    drills: "Durante los ejercicios",
    run: "Corriendo",
    downhill: "En bajada",
    morning: "Por la mañana",
    other: "Otra cosa",
  },
  form: {
    title: "Avisar de un dolor",
    severity: "¿Cuánto duele, de 0 a 10?",
    severityHint: "0 = sin dolor, 10 = el peor que te puedas imaginar",
    location: "¿Dónde?",
    note: "¿Algo más? (opcional)",
    moment: "¿Cuándo te dolió?",
    side: {
      left: "{{location}}, lado izquierdo",
      right: "{{location}}, lado derecho",
      both: "{{location}}, los dos lados",
    },
  },
  plan: {
    none: "Gracias por contármelo: sin dolor es una buena noticia. Tu plan sigue igual.",
    thanks: "Gracias por decírmelo.",
  },
  advice: {
    hold: "Trabaja solo en el rango que no duele y afloja a la primera molestia.",
    "step-down": "Quédate en el rango sin dolor: un ejercicio nunca debe doler.",
    reset: "Muévete solo donde no duela y sáltate un ejercicio si duele.",
  },
  running: {
    "no-running":
      "No corras hasta que esto se calme o te lo hayan revisado; cuando vuelvas, empieza en llano.",
    "walk-descents":
      "En tus próximas salidas, baja andando las bajadas empinadas: correr cuesta abajo es lo que más flexión de tobillo pide, y un tobillo rígido le pasa esa carga a la rodilla.",
    "shorter-flatter":
      "Haz las próximas salidas más cortas y en llano, donde el tobillo tiene que doblarse menos.",
    "before-downhill":
      "Antes de volver a correr cuesta abajo, deberías poder bajar escaleras, correr en llano y hacer tus ejercicios, todo sin dolor.",
    "downhill-last":
      "Las bajadas vuelven las últimas: primero el llano, luego las subidas, y cuesta abajo solo cuando eso vaya bien.",
  },
  physician: "Un dolor tan fuerte hay que mirarlo: ve a un médico deportivo o a un fisioterapeuta.",
  escalation: "Como {{reasons}}, ve a un médico deportivo o a un fisioterapeuta para que te explore.",
  reason: {
    "three-in-14-days": "ha vuelto varias veces en dos semanas",
    rising: "va a peor",
    "severity-7-plus": "está en 7 o más sobre 10",
    "not-settling": "no se ha calmado en una semana",
    "worse-overnight": "esta mañana estaba peor que anoche",
    "unsettled-two-mornings": "no se ha calmado dos mañanas seguidas",
  },
  pauseOffer: "Si quieres un descanso, puedo pausar tus recordatorios mientras te lo miran.",
  morningCheckPlanned: "Te escribo por privado el {{time}} para ver cómo ha evolucionado.",
  alreadyRecorded: "Ese aviso de dolor ya estaba registrado; no he cambiado nada dos veces.",
  button: {
    pause_one: "Pausar recordatorios {{count}} día",
    pause_many: "Pausar recordatorios {{count}} días",
    pause_other: "Pausar recordatorios {{count}} días",
    keep: "Seguir",
  },
  answer: {
    pausedUntil:
      "Recordatorios en pausa hasta el {{until}}. Tu racha se mantiene. Cuídate, y usa /resume cuando quieras volver.",
    pausedOpenEnded: "Recordatorios en pausa hasta que uses /resume. Tu racha se mantiene. Cuídate.",
    kept: "Vale, los recordatorios siguen llegando con el plan más suave. Nada de entrar en dolor, y avísame con /pain si algo cambia.",
  },
  morning: {
    settled: "Me alegra que esta mañana se haya calmado. Tu plan sigue igual.",
    unsettled:
      "Esta mañana aún duele algo, así que el plan se queda como está. Mantente en el rango sin dolor.",
    worse: "Peor que anoche, así que aflojo.",
    askAgain: "Te vuelvo a preguntar el {{time}}. Si cambia antes, avísame con /pain.",
  },
  problems: {
    "severity-missing":
      "Dime un número entero del {{min}} al {{max}}: {{min}} es sin dolor y {{max}}, el peor que te puedas imaginar.",
    severity:
      "«{{given}}» no me sirve como nivel de dolor. Dime un número entero del {{min}} al {{max}}: {{min}} es sin dolor y {{max}}, el peor que te puedas imaginar.",
    "location-missing": "Dime dónde te duele: elige un sitio de la lista.",
    location: "No conozco el sitio «{{given}}». Elige uno de la lista.",
    side: "No conozco el lado «{{given}}». Elige izquierdo, derecho o los dos.",
    drill: "No conozco el ejercicio «{{given}}». Elige uno de la lista, o «No lo sé».",
    context: "No conozco el momento «{{given}}». Elige uno de la lista.",
    "note-not-text": "Escribe la nota como texto normal.",
    "note-too-long": "Tu nota tiene {{length}} caracteres; déjala en {{max}} como mucho.",
    sign: "No conozco la señal de alarma «{{given}}». Elige una de la lista, o «Nada de esto».",
  },
} as const satisfies CatalogOf<typeof en>;

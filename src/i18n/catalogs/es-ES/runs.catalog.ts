import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/runs.catalog.js";

export default {
  command: {
    description: "Planifica tus carreras: un calentamiento corto de tobillos antes y una consulta después",
    add: "Planifica una carrera, semanal o puntual",
    when: 'Cuándo: semanal, "mié 06:30" o "lun,jue 18:00", o una vez, "2027-09-18 07:00" o "mañana 6:45"',
    terrain: "Asfalto, montaña o bajada (por defecto: asfalto)",
    warmup: "Minutos antes de la carrera para el mensaje de calentamiento, 5-60 (por defecto: 20)",
    list: "Tus carreras planificadas",
    remove: "Quita una carrera planificada",
    run: "La carrera que quieres quitar (elígela de la lista)",
  },
  terrain: { road: "asfalto", trail: "montaña", downhill: "bajada" },
  when: {
    weekly: "{{days}} a las {{time}}",
    once: "{{date}} a las {{time}}",
  },
  line: "{{when}} · {{terrain}} · calentamiento {{warmup}} min antes",
  added:
    "Carrera planificada: {{run}}. Te mandaré antes un calentamiento corto de tobillos (unos minutos) y te preguntaré después cómo fueron tus rodillas.",
  next: "Próximas: {{times}}.",
  list: {
    title: "Tus carreras planificadas (hora de {{timeZone}}):",
    item: "• {{run}}, la próxima {{next}}",
    empty: "No tienes carreras planificadas. Añade una con /runs add, por ejemplo when: mié 06:30.",
  },
  removed: "Quitada: {{run}}. Ya no habrá calentamientos ni consultas para ella.",
  needTimeZone:
    "Primero dime tu zona horaria, para que tus carreras vayan con tu reloj: /schedule timezone: Europe/Madrid (empieza a escribir tu ciudad). Luego vuelve a usar /runs add.",
  tooMany:
    "Ya tienes {{max}} carreras planificadas, el máximo que guardo. Quita una con /runs remove primero.",
  unknownRun:
    "No encuentro esa carrera entre las tuyas. Elige una de la lista mientras escribes, o míralas con /runs list.",
  problems: {
    "when-empty": 'Dime cuándo corres, por ejemplo "mié 06:30", "lun,jue 18:00" o "2027-09-18 07:00".',
    "when-time":
      'No encuentro una hora en "{{input}}". Añade una en formato 24 horas HH:MM, por ejemplo "mié 06:30" o "mañana 6:45".',
    "when-day-missing":
      '¿Qué día? Ponlo antes de la hora, por ejemplo "mié 06:30", "sáb 08:00" o "2027-09-18 07:00".',
    "when-day":
      'No reconozco "{{input}}" como un día. Usa nombres de días (mié, lun,jue, fin de semana), una fecha (2027-09-18), hoy o mañana.',
    "when-date":
      '"{{input}}" no es una fecha del calendario. Escríbela como AAAA-MM-DD, por ejemplo 2027-09-18.',
    "when-past":
      "{{when}} ya ha pasado. Elige un momento que aún esté por llegar, o un día de la semana para una carrera semanal.",
    "warmup-range":
      "El calentamiento llega entre {{min}} y {{max}} minutos antes de la carrera. Elige un número en ese rango.",
    terrain: "Elige asfalto, montaña o bajada de la lista.",
  },
  warmup: {
    intro:
      "🏃 Carrera {{start}}: toca un calentamiento de tobillos de {{minutes}} minutos. Una serie de cada matriz, repeticiones lentas, una pierna y luego la otra.",
    forwardFirst:
      "Hoy, primero hacia delante: el 1 de las dos matrices, luego el 2 y el 3 de cada una. Las bajadas piden más flexión de tobillo que cualquier otra cosa que vayas a correr, así que ese plano se calienta primero.",
    step: "{{motion}} · {{reps}} repeticiones",
    footer: "Hecho registra una serie de cada matriz.",
  },
  checkIn: {
    question: "¿Qué tal tus rodillas en las bajadas de tu carrera {{start}}?",
    questionRoad: "¿Qué tal tus rodillas en tu carrera {{start}}?",
  },
  button: {
    done: "Hecho",
    skip: "Saltar",
    hurt: "Me dolió",
    fine: "Bien",
    sore: "Algo de molestia",
    painful: "Dolor",
  },
  reply: {
    skipped: "⏭️ Saltado. ¡Buena carrera!",
    fine: "👍 Anotado: una carrera sin dolor. ¡Bien hecho!",
    painReported: "🩹 Anotado, gracias por contármelo.",
  },
  progress: {
    title: "Carreras de esta semana",
    value:
      "Planificadas: {{planned}} · calentamientos hechos: {{warmups}} · consultas respondidas: {{answered}}, {{fine}} sin dolor",
    trails:
      "Usa tu nueva movilidad: llevas dos semanas practicando casi todos los días. Sal a la montaña, bajadas incluidas, y ve aumentando poco a poco.",
  },
} as const satisfies CatalogOf<typeof en>;

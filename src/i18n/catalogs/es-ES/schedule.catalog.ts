import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/schedule.catalog.js";

const DAYS_HINT =
  "Usa nombres de días o rangos, por ejemplo lun-vie, lun,mié,sáb, sáb-lun, entre semana, fin de semana o todos los días.";
const TIME_HINT = "Usa el formato de 24 horas HH:MM, por ejemplo 07:30 o 18:45.";
const ZONE_HINT = "Elige una de la lista mientras escribes, por ejemplo Europe/Madrid o America/Mexico_City.";
const WINDOW =
  "Una franja de {{start}} a {{end}} ({{length}} minutos) admite como mucho {{count}} {{what}} con {{gap}} minutos de separación; {{perDay}} necesitan {{needed}} minutos. Amplía la franja o pon per_day en {{count}} o menos.";

export default {
  command: {
    description: "Elige cuándo te llegan los recordatorios de ejercicios, en tu zona horaria",
    timezone: "Tu zona horaria, p. ej. Europe/Madrid o America/Mexico_City (empieza a escribir tu ciudad)",
    start: "Primer recordatorio no antes de (HH:MM)",
    end: "Último recordatorio no después de (HH:MM)",
    perDay: "Cuántos recordatorios al día (1-12)",
    times: "Horas exactas en vez de repartirlos, p. ej. 07:30,12:15,18:00",
    days: "Qué días, p. ej. lun-vie o lun,mié,sáb",
  },
  pauseCommand: {
    description: "Pausa tus recordatorios (no pierdes la racha)",
    days: "Cuántos días (si lo dejas vacío, hasta que uses /resume)",
  },
  resumeCommand: { description: "Vuelve a activar tus recordatorios" },
  reply: {
    enrolled: "¡Ya estás dentro! Recordatorios {{when}}, {{days}}, hora de {{timeZone}}.",
    updated: "Horario actualizado. Recordatorios {{when}}, {{days}}, hora de {{timeZone}}.",
    spread: "{{perDay}} al día entre las {{start}} y las {{end}}",
    at: "a las {{times}}",
    next: "Próximos recordatorios:",
    noneSoon: "No hay recordatorios en los próximos días.",
    howItWorks:
      "Cada MD te propone un ejercicio de tu nivel, con botones para marcarlo como hecho, avisar de dolor o posponerlo. /pause cuando quieras.",
  },
  days: { every: "todos los días", none: "ningún día" },
  pause: {
    until: "Recordatorios en pausa hasta {{until}}. No pierdes la racha; /resume cuando quieras.",
    open: "Recordatorios en pausa hasta que uses /resume. No pierdes la racha.",
    badDays:
      "Los días tienen que ser un número entero del 1 al {{max}}; o déjalo vacío para pausar hasta que uses /resume.",
  },
  resume: {
    done: "¡Hola de nuevo! Los recordatorios vuelven a estar activos.",
    notPaused: "Tus recordatorios no estaban en pausa. Usa /schedule para configurarlos o cambiarlos.",
  },
  needTimeZone:
    "Primero dime tu zona horaria, por ejemplo /schedule timezone: Europe/Madrid (empieza a escribir tu ciudad).",
  problems: {
    "time-empty": `Dime una hora. ${TIME_HINT}`,
    "time-format": `«{{input}}» no es una hora válida. ${TIME_HINT}`,
    "time-midnight": `«{{input}}» no es una hora válida. ${TIME_HINT} Para la medianoche, pon 00:00.`,
    "times-empty": "Dime al menos una hora, por ejemplo 07:30 o 07:30,12:00,18:15.",
    "times-format":
      "«{{input}}» no es una hora válida. Escribe horas HH:MM de 24 horas separadas por comas, por ejemplo 07:30,12:00,18:15.",
    "times-too-many": "Son {{given}} horas; como mucho envío {{max}} al día. Elige {{max}} o menos.",
    "times-too-close":
      "Entre las {{earlier}} y las {{later}} solo hay {{apart}} minutos; entre dos recordatorios tiene que haber al menos {{min}} minutos. Mueve uno o quítalo.",
    "times-invalid": "Las horas tienen que ir en formato de 24 horas HH:MM, por ejemplo 07:30,12:00,18:15.",
    "days-empty": `Dime qué días quieres recordatorios. ${DAYS_HINT}`,
    "days-unknown": `No reconozco «{{input}}» como día. ${DAYS_HINT}`,
    "days-range": `No reconozco «{{input}}» como rango de días. ${DAYS_HINT}`,
    "days-invalid": "Los días tienen que ir de lunes a domingo, por ejemplo lun-vie o todos los días.",
    "per-day": "per_day tiene que ser un número entero del 1 al {{max}}.",
    "window-invalid": "El inicio y el fin tienen que ser horas HH:MM de 24 horas, por ejemplo 07:00 y 21:00.",
    "window-empty":
      "Tu franja de recordatorios está vacía: empieza y acaba a las {{start}}. Elige un fin distinto del inicio, por ejemplo de 07:00 a 21:00.",
    "window-too-small_one": WINDOW.replace("{{what}}", "recordatorio"),
    "window-too-small_many": WINDOW.replace("{{what}}", "recordatorios"),
    "window-too-small_other": WINDOW.replace("{{what}}", "recordatorios"),
    "timezone-empty": `Dime una zona horaria. ${ZONE_HINT}`,
    "timezone-unknown": `No conozco la zona horaria «{{input}}». ${ZONE_HINT}`,
    "timezone-suggest_one": "No conozco la zona horaria «{{input}}». ¿Querías decir {{suggestions}}?",
    "timezone-suggest_many":
      "No conozco la zona horaria «{{input}}». ¿Querías decir alguna de estas: {{suggestions}}?",
    "timezone-suggest_other":
      "No conozco la zona horaria «{{input}}». ¿Querías decir alguna de estas: {{suggestions}}?",
  },
} as const satisfies CatalogOf<typeof en>;

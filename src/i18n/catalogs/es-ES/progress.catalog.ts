import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/progress.catalog.js";

export default {
  command: {
    log: {
      description: "Apunta una serie hecha de un ejercicio de tobillo",
      drill: "flexed-knee, straight-leg o both",
      sets: "Cuántas series (1-{{max}}, por defecto 1)",
    },
    progress: { description: "Tu nivel, series, racha y gráfico de cuatro semanas (solo lo ves tú)" },
  },
  errors: {
    unknownDrill:
      "No conozco el ejercicio «{{given}}». Escribe flexed-knee, straight-leg o both (o elige uno de la lista).",
    setsRange: "Las series tienen que ser un número entero del 1 al {{max}}, por ejemplo sets: 2.",
  },
  spot_one: "nivel {{level}} con {{count}} repetición",
  spot_many: "nivel {{level}} con {{count}} repeticiones",
  spot_other: "nivel {{level}} con {{count}} repeticiones",
  toGo: {
    sets_one: "una serie más sin dolor",
    sets_many: "{{count}} series más sin dolor",
    sets_other: "{{count}} series más sin dolor",
    setsOver_one: "una serie más sin dolor y {{days}}",
    setsOver_many: "{{count}} series más sin dolor repartidas en {{days}}",
    setsOver_other: "{{count}} series más sin dolor repartidas en {{days}}",
    overDays_one: "un día más",
    overDays_many: "{{count}} días más",
    overDays_other: "{{count}} días más",
    days_one: "un día más de práctica",
    days_many: "{{count}} días más de práctica",
    days_other: "{{count}} días más de práctica",
  },
  sets: {
    progress: "{{label}}, {{spot}}: {{toGo}} y subes un escalón.",
    held: "{{label}}, {{spot}}: te quedas aquí hasta el {{until}} por tu aviso de dolor, y las series de hasta entonces no cuentan para subir. Después, {{toGo}} y subes un escalón.",
    newLevel_one:
      "¡Nuevo nivel! {{label}}: {{level}}, {{count}} repetición por dirección. Mira /drills para saber cómo colocarte.",
    newLevel_many:
      "¡Nuevo nivel! {{label}}: {{level}}, {{count}} repeticiones por dirección. Mira /drills para saber cómo colocarte.",
    newLevel_other:
      "¡Nuevo nivel! {{label}}: {{level}}, {{count}} repeticiones por dirección. Mira /drills para saber cómo colocarte.",
    stepUp_one:
      "¡Subes un escalón! {{label}}: ahora {{count}} repetición por dirección (antes {{from}}), sigues en el nivel {{level}}.",
    stepUp_many:
      "¡Subes un escalón! {{label}}: ahora {{count}} repeticiones por dirección (antes {{from}}), sigues en el nivel {{level}}.",
    stepUp_other:
      "¡Subes un escalón! {{label}}: ahora {{count}} repeticiones por dirección (antes {{from}}), sigues en el nivel {{level}}.",
    dailyCap:
      "Para subir cuentan como mucho {{max}} series al día: mejor poco y a menudo que una sesión larga.",
    reachedTop: "Has llegado a lo más alto de la escalera.",
    top: "{{label}}: lo más alto de la escalera ({{spot}}). Mantenla en tus calentamientos y llévate esa movilidad a la montaña, también a las bajadas.",
  },
  backOff: {
    none: "{{label}}: sin cambios, sigues en el {{spot}}.",
    hold: "{{label}}: te quedas en el {{spot}} y la cuenta empieza de cero, sin subir antes del {{until}}.",
    holdKept:
      "{{label}}: te quedas en el {{spot}} y la cuenta empieza de cero; la pausa que ya tenías sigue hasta el {{until}}.",
    moved: "{{label}}: bajas al {{to}} (venías del {{from}}), sin subir antes del {{until}}.",
    repsDown:
      "{{label}}: sigues en el nivel {{level}} con las repeticiones de vuelta a {{reps}}, sin subir antes del {{until}}.",
    restarted:
      "{{label}}: te quedas en el {{spot}}, que es lo más suave, y la cuenta empieza de cero, sin subir antes del {{until}}.",
  },
  standing: {
    where_one: "{{level}}, {{count}} repetición",
    where_many: "{{level}}, {{count}} repeticiones",
    where_other: "{{level}}, {{count}} repeticiones",
    top: "{{where}}: lo más alto de la escalera.",
    toGo: "{{where}}: {{toGo}} y subes un escalón.",
    ready: "{{where}}: tu próxima serie te sube un escalón.",
    holdToGo: "{{where}}: {{toGo}} y subes un escalón, pero hasta el {{until}} te quedas aquí.",
  },
  log: {
    hurt: "Me dolió",
    logged_one: "Apuntada {{count}} serie: {{drills}}.",
    logged_many: "Apuntadas {{count}} series: {{drills}}.",
    logged_other: "Apuntadas {{count}} series: {{drills}}.",
    already_one: "Ya estaba apuntada: {{count}} serie, {{drills}}. No se ha sumado nada dos veces.",
    already_many: "Ya estaban apuntadas: {{count}} series, {{drills}}. No se ha sumado nada dos veces.",
    already_other: "Ya estaban apuntadas: {{count}} series, {{drills}}. No se ha sumado nada dos veces.",
    week: "Esta semana: {{totals}}",
  },
  report: {
    title: "Tu progreso de tobillo",
    streak_one: "Racha: **{{count}} día** seguido con al menos una serie.",
    streak_many: "Racha: **{{count}} días** seguidos con al menos una serie.",
    streak_other: "Racha: **{{count}} días** seguidos con al menos una serie.",
    newcomer: "Aún no has apuntado nada. Empieza con /drills y usa /log después de tu primera serie.",
    weekSets_one: "Esta semana: {{count}} serie",
    weekSets_many: "Esta semana: {{count}} series",
    weekSets_other: "Esta semana: {{count}} series",
    lastPain: "Último aviso de dolor",
    lastPainValue: "{{severity}}/10, {{place}}, {{when}}",
  },
  chart: {
    title: "Tus últimas cuatro semanas",
    subtitle_one: "Series por día, últimas 4 semanas · {{count}} serie",
    subtitle_many: "Series por día, últimas 4 semanas · {{count}} series",
    subtitle_other: "Series por día, últimas 4 semanas · {{count}} series",
    footer: "Dorsi · movilidad de tobillo",
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/board.catalog.js";

export default {
  command: {
    leaderboard: {
      description: "La clasificación semanal del club",
      week: "Qué semana (esta semana si lo dejas vacío)",
      thisWeek: "esta semana",
      lastWeek: "la semana pasada",
    },
    club: {
      description: "Elige dónde y cuándo se publica la clasificación semanal del club (Gestionar servidor)",
      channel: "El canal de la clasificación semanal",
      timezone: "La zona horaria del club, p. ej., Europe/Madrid",
      postDay: "Día de la publicación semanal",
      postTime: "Hora de la publicación semanal (HH:MM, hora del club)",
    },
    day: {
      mon: "lunes",
      tue: "martes",
      wed: "miércoles",
      thu: "jueves",
      fri: "viernes",
      sat: "sábado",
      sun: "domingo",
    },
  },
  errors: {
    clubOutsideServer: "/club configura el club de un servidor: úsalo en ese servidor.",
    manageServer:
      "Solo quien tenga el permiso «Gestionar servidor» puede configurar la clasificación del club. Pide a un admin del servidor que use /club.",
    channelType: "Elige un canal de texto o de anuncios para la clasificación, por ejemplo #general.",
    postDay: "Elige el día de la lista: de lunes a domingo.",
    week: "Elige esta semana o la semana pasada, o deja week vacío para ver esta semana.",
    leaderboardOutsideServer:
      "Las clasificaciones son de un club: usa /leaderboard en el servidor de tu club.",
  },
  points_one: "{{count}} pto",
  points_many: "{{count}} ptos",
  points_other: "{{count}} ptos",
  pointsLong_one: "{{count}} punto",
  pointsLong_many: "{{count}} puntos",
  pointsLong_other: "{{count}} puntos",
  days_one: "{{count}} día",
  days_many: "{{count}} días",
  days_other: "{{count}} días",
  embed: {
    thisWeek: "{{club}}: esta semana · {{week}}",
    lastWeek: "{{club}}: la semana pasada · {{week}}",
    weekly: "{{club}}: clasificación semanal · {{week}}",
    row: "**{{rank}}.** {{name}} — **{{points}}** · {{days}}",
    emptyThisWeek:
      "Esta semana nadie ha apuntado ninguna serie todavía. Haz una serie de /drills y apúntala con /log para estrenar la clasificación.",
    emptyPastWeek: "Esa semana nadie apuntó ninguna serie.",
    footer_one:
      "{{count}} persona en la clasificación · puntos: 1 por serie (hasta 6 al día) + 3 por día entrenado · semanas según {{zone}}",
    footer_many:
      "{{count}} personas en la clasificación · puntos: 1 por serie (hasta 6 al día) + 3 por día entrenado · semanas según {{zone}}",
    footer_other:
      "{{count}} personas en la clasificación · puntos: 1 por serie (hasta 6 al día) + 3 por día entrenado · semanas según {{zone}}",
  },
  highlights: {
    title: "Lo más destacado",
    mostConsistent: "Constancia: **{{name}}** ({{days}})",
    mostImproved: "Mayor progreso: **{{name}}** (+{{points}} respecto a la semana anterior)",
    steppedUp: "Sube de nivel: **{{name}}** — {{drill}}, {{level}}",
    more_one: "…y {{count}} subida de nivel más",
    more_many: "…y {{count}} subidas de nivel más",
    more_other: "…y {{count}} subidas de nivel más",
  },
  standing: {
    ranked: "Vas {{rank}}.º de {{of}}, con {{points}} en {{days}}. Cada día con una serie suma 3 puntos.",
    hidden:
      "Tu nombre está oculto en la clasificación de este club. Usa /privacy hide para volver a aparecer.",
    absent: "Aún no estás en esta clasificación: haz una serie de /drills y apúntala con /log para entrar.",
  },
  card: {
    subtitle: "Clasificación semanal · {{week}}",
    activeDays: "Días activos",
    points: "Puntos",
    emptyTitle: "Aún no hay series esta semana",
    emptyHint: "Apunta una serie con /log para estrenar la clasificación",
    unit_one: "pto",
    unit_many: "ptos",
    unit_other: "ptos",
  },
  club: {
    schedule: "La clasificación semanal se publica en <#{{channel}}> {{day}} a las {{time}} ({{zone}}).",
    every: {
      mon: "todos los lunes",
      tue: "todos los martes",
      wed: "todos los miércoles",
      thu: "todos los jueves",
      fri: "todos los viernes",
      sat: "todos los sábados",
      sun: "todos los domingos",
    },
    next: "Próxima clasificación: {{at}} ({{relative}}).",
    pending: "La clasificación del {{week}} tocaba {{relative}} y sale en menos de un minuto.",
    unchecked:
      "No he podido comprobar mis permisos en ese canal. Asegúrate de que allí tengo estos: {{permissions}}.",
    cantPostTitle: "Aún no puedo publicar ahí",
    missing_one:
      "Ajustes guardados, pero me falta un permiso en <#{{channel}}>: {{permissions}}. Dámelo allí (Editar canal → Permisos) o vuelve a usar /club con otro canal.",
    missing_many:
      "Ajustes guardados, pero me faltan permisos en <#{{channel}}>: {{permissions}}. Dámelos allí (Editar canal → Permisos) o vuelve a usar /club con otro canal.",
    missing_other:
      "Ajustes guardados, pero me faltan permisos en <#{{channel}}>: {{permissions}}. Dámelos allí (Editar canal → Permisos) o vuelve a usar /club con otro canal.",
    lastPostFailedTitle: "La última publicación semanal falló",
  },
  postFailure: {
    missingChannel:
      "La clasificación del {{week}} no se publicó: ya no encuentro <#{{channel}}> o no puedo abrirlo. Usa /club para volver a elegir el canal.",
    missingPermission:
      "La clasificación del {{week}} no se publicó: me faltan permisos en <#{{channel}}> ({{missing}}). Dame allí estos permisos: {{all}}. Si no, usa /club con otro canal.",
    missingSomePermission:
      "La clasificación del {{week}} no se publicó: me falta algún permiso en <#{{channel}}>. Dame allí estos permisos: {{all}}. Si no, usa /club con otro canal.",
  },
  permission: {
    ViewChannel: "Ver canal",
    SendMessages: "Enviar mensajes",
    EmbedLinks: "Insertar enlaces",
    AttachFiles: "Adjuntar archivos",
  },
} as const satisfies CatalogOf<typeof en>;

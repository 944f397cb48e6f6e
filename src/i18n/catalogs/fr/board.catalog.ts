import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/board.catalog.js";

export default {
  command: {
    leaderboard: {
      description: "Le classement de la semaine du club",
      week: "Quelle semaine (cette semaine si tu ne précises rien)",
      thisWeek: "cette semaine",
      lastWeek: "la semaine dernière",
    },
    club: {
      description: "Choisis où et quand le classement hebdo du club est publié (Gérer le serveur)",
      channel: "Le salon du classement hebdo",
      timezone: "Le fuseau horaire du club, par ex. Europe/Paris",
      postDay: "Jour de la publication hebdo",
      postTime: "Heure de la publication hebdo (HH:MM, heure du club)",
    },
    day: {
      mon: "lundi",
      tue: "mardi",
      wed: "mercredi",
      thu: "jeudi",
      fri: "vendredi",
      sat: "samedi",
      sun: "dimanche",
    },
  },
  errors: {
    clubOutsideServer: "/club configure le club d'un serveur : lance-la sur ce serveur.",
    manageServer:
      "Seuls les membres qui ont la permission « Gérer le serveur » peuvent configurer le classement du club. Demande à un admin du serveur de lancer /club.",
    channelType: "Choisis un salon textuel ou d'annonces pour le classement, par exemple #général.",
    postDay: "Choisis le jour dans la liste : du lundi au dimanche.",
    week: "Choisis cette semaine ou la semaine dernière, ou laisse week vide pour cette semaine.",
    leaderboardOutsideServer:
      "Les classements appartiennent à un club : lance /leaderboard sur le serveur de ton club.",
  },
  points_one: "{{count}} pt",
  points_many: "{{count}} pts",
  points_other: "{{count}} pts",
  pointsLong_one: "{{count}} point",
  pointsLong_many: "{{count}} points",
  pointsLong_other: "{{count}} points",
  days_one: "{{count}} jour",
  days_many: "{{count}} jours",
  days_other: "{{count}} jours",
  embed: {
    thisWeek: "{{club}} : cette semaine · {{week}}",
    lastWeek: "{{club}} : semaine dernière · {{week}}",
    weekly: "{{club}} : classement de la semaine · {{week}}",
    row: "**{{rank}}.** {{name}} — **{{points}}** · {{days}}",
    emptyThisWeek:
      "Personne n'a encore noté de série cette semaine. Fais une série de /drills et note-la avec /log pour lancer le classement.",
    emptyPastWeek: "Personne n'a noté de série cette semaine-là.",
    footer_one:
      "{{count}} personne au classement · points : 1 par série (6 max par jour) + 3 par jour d'entraînement · semaines à l'heure de {{zone}}",
    footer_many:
      "{{count}} personnes au classement · points : 1 par série (6 max par jour) + 3 par jour d'entraînement · semaines à l'heure de {{zone}}",
    footer_other:
      "{{count}} personnes au classement · points : 1 par série (6 max par jour) + 3 par jour d'entraînement · semaines à l'heure de {{zone}}",
  },
  highlights: {
    title: "Temps forts",
    mostConsistent: "Régularité : **{{name}}** ({{days}})",
    mostImproved: "Plus belle progression : **{{name}}** (+{{points}} par rapport à la semaine d'avant)",
    steppedUp: "Niveau supérieur : **{{name}}** — {{drill}}, {{level}}",
    more_one: "…et {{count}} autre passage de niveau",
    more_many: "…et {{count}} autres passages de niveau",
    more_other: "…et {{count}} autres passages de niveau",
  },
  standing: {
    ranked:
      "Tu es {{rank}}e sur {{of}}, avec {{points}} en {{days}}. Chaque jour avec une série rapporte 3 points.",
    hidden: "Ton nom est masqué dans le classement de ce club. Lance /privacy hide pour y réapparaître.",
    absent:
      "Tu n'es pas encore dans ce classement : fais une série de /drills et note-la avec /log pour y entrer.",
  },
  card: {
    subtitle: "Classement de la semaine · {{week}}",
    activeDays: "Jours actifs",
    points: "Points",
    emptyTitle: "Aucune série notée cette semaine",
    emptyHint: "Note une série avec /log pour lancer le classement",
    unit_one: "pt",
    unit_many: "pts",
    unit_other: "pts",
  },
  club: {
    schedule: "Le classement hebdo est publié dans <#{{channel}}> {{day}} à {{time}} ({{zone}}).",
    every: {
      mon: "tous les lundis",
      tue: "tous les mardis",
      wed: "tous les mercredis",
      thu: "tous les jeudis",
      fri: "tous les vendredis",
      sat: "tous les samedis",
      sun: "tous les dimanches",
    },
    next: "Prochain classement : {{at}} ({{relative}}).",
    pending: "Le classement du {{week}} était prévu {{relative}} et part d'ici une minute.",
    unchecked:
      "Je n'ai pas pu vérifier mes permissions dans ce salon. Assure-toi que j'y ai celles-ci : {{permissions}}.",
    cantPostTitle: "Je ne peux pas encore publier dans ce salon",
    missing_one:
      "Réglages enregistrés, mais il me manque une permission dans <#{{channel}}> : {{permissions}}. Donne-la-moi dans ce salon (Modifier le salon → Permissions), ou relance /club avec un autre salon.",
    missing_many:
      "Réglages enregistrés, mais il me manque des permissions dans <#{{channel}}> : {{permissions}}. Donne-les-moi dans ce salon (Modifier le salon → Permissions), ou relance /club avec un autre salon.",
    missing_other:
      "Réglages enregistrés, mais il me manque des permissions dans <#{{channel}}> : {{permissions}}. Donne-les-moi dans ce salon (Modifier le salon → Permissions), ou relance /club avec un autre salon.",
    lastPostFailedTitle: "La dernière publication hebdo a échoué",
  },
  postFailure: {
    missingChannel:
      "Le classement du {{week}} n'a pas été publié : je ne trouve plus <#{{channel}}> ou je ne peux plus l'ouvrir. Lance /club pour choisir à nouveau le salon.",
    missingPermission:
      "Le classement du {{week}} n'a pas été publié : il me manque des permissions dans <#{{channel}}> ({{missing}}). Accorde-moi ces permissions dans ce salon : {{all}}. Sinon, lance /club avec un autre salon.",
    missingSomePermission:
      "Le classement du {{week}} n'a pas été publié : il me manque une permission dans <#{{channel}}>. Accorde-moi ces permissions dans ce salon : {{all}}. Sinon, lance /club avec un autre salon.",
  },
  permission: {
    ViewChannel: "Voir le salon",
    SendMessages: "Envoyer des messages",
    EmbedLinks: "Intégrer des liens",
    AttachFiles: "Joindre des fichiers",
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/schedule.catalog.js";

const DAYS_HINT =
  "Utilise des noms de jours ou des plages, par exemple lun-ven, lun,mer,sam, sam-lun, en semaine, week-end ou tous les jours.";
const TIME_HINT = "Utilise le format 24 h HH:MM, par exemple 07:30 ou 18:45.";
const ZONE_HINT = "Choisis-en un dans la liste en tapant, par exemple Europe/Paris ou Europe/Brussels.";
const WINDOW =
  "Une plage de {{start}} à {{end}} ({{length}} minutes) contient au plus {{count}} {{what}} de {{gap}} minutes ; pour {{perDay}}, il faut {{needed}} minutes. Élargis la plage ou mets per_day à {{count}} ou moins.";

export default {
  command: {
    description: "Choisis quand arrivent tes rappels d'exercices, dans ton fuseau horaire",
    timezone: "Ton fuseau horaire, ex. Europe/Paris ou Europe/Brussels (commence à taper ta ville)",
    start: "Premier rappel pas avant (HH:MM)",
    end: "Dernier rappel pas après (HH:MM)",
    perDay: "Combien de rappels par jour (1-12)",
    times: "Des heures précises au lieu d'une répartition, ex. 07:30,12:15,18:00",
    days: "Quels jours, ex. lun-ven ou lun,mer,sam",
  },
  pauseCommand: {
    description: "Mets tes rappels en pause (ta série est conservée)",
    days: "Pour combien de jours (vide : jusqu'à /resume)",
  },
  resumeCommand: { description: "Relance tes rappels" },
  reply: {
    enrolled: "C'est parti ! Rappels {{when}}, {{days}}, heure de {{timeZone}}.",
    updated: "Programme mis à jour. Rappels {{when}}, {{days}}, heure de {{timeZone}}.",
    spread: "{{perDay}} par jour entre {{start}} et {{end}}",
    at: "à {{times}}",
    next: "Prochains rappels :",
    noneSoon: "Aucun rappel dans les prochains jours.",
    howItWorks:
      "Chaque MP te donne un exercice à ton niveau, avec des boutons pour le valider, signaler une douleur ou le reporter. /pause quand tu veux.",
  },
  days: { every: "tous les jours", none: "aucun jour" },
  pause: {
    until: "Rappels en pause jusqu'au {{until}}. Ta série est conservée ; /resume quand tu veux.",
    open: "Rappels en pause jusqu'à ce que tu fasses /resume. Ta série est conservée.",
    badDays:
      "Le nombre de jours doit être un entier de 1 à {{max}}, ou laisse vide pour mettre en pause jusqu'à /resume.",
  },
  resume: {
    done: "Bon retour : les rappels sont de nouveau actifs.",
    notPaused: "Tes rappels n'étaient pas en pause. Utilise /schedule pour les régler ou les modifier.",
  },
  needTimeZone:
    "Dis-moi d'abord ton fuseau horaire, par exemple /schedule timezone: Europe/Paris (commence à taper ta ville).",
  problems: {
    "time-empty": `Donne une heure. ${TIME_HINT}`,
    "time-format": `« {{input}} » n'est pas une heure. ${TIME_HINT}`,
    "time-midnight": `« {{input}} » n'est pas une heure. ${TIME_HINT} Pour minuit, mets 00:00.`,
    "times-empty": "Donne au moins une heure, par exemple 07:30 ou 07:30,12:00,18:15.",
    "times-format":
      "« {{input}} » n'est pas une heure. Donne des heures HH:MM au format 24 h, séparées par des virgules, par exemple 07:30,12:00,18:15.",
    "times-too-many":
      "Ça fait {{given}} heures ; j'envoie au maximum {{max}} rappels par jour. Choisis-en {{max}} ou moins.",
    "times-too-close":
      "{{earlier}} et {{later}} ne sont qu'à {{apart}} minutes d'écart ; il faut au moins {{min}} minutes entre deux rappels. Déplace l'un des deux ou supprime-le.",
    "times-invalid": "Les heures doivent être au format 24 h HH:MM, par exemple 07:30,12:00,18:15.",
    "days-empty": `Dis-moi quels jours tu veux des rappels. ${DAYS_HINT}`,
    "days-unknown": `Je ne reconnais pas « {{input}} » comme un jour. ${DAYS_HINT}`,
    "days-range": `Je ne reconnais pas « {{input}} » comme une plage de jours. ${DAYS_HINT}`,
    "days-invalid": "Les jours doivent aller du lundi au dimanche, par exemple lun-ven ou tous les jours.",
    "per-day": "per_day doit être un nombre entier de 1 à {{max}}.",
    "window-invalid":
      "Le début et la fin doivent être des heures au format 24 h HH:MM, par exemple 07:00 et 21:00.",
    "window-empty":
      "Ta plage de rappels est vide : elle commence et finit à {{start}}. Choisis une fin différente du début, par exemple de 07:00 à 21:00.",
    "window-too-small_one": WINDOW.replace("{{what}}", "rappel à intervalle"),
    "window-too-small_many": WINDOW.replace("{{what}}", "rappels espacés"),
    "window-too-small_other": WINDOW.replace("{{what}}", "rappels espacés"),
    "timezone-empty": `Donne un fuseau horaire. ${ZONE_HINT}`,
    "timezone-unknown": `Je ne connais pas le fuseau horaire « {{input}} ». ${ZONE_HINT}`,
    "timezone-suggest_one":
      "Je ne connais pas le fuseau horaire « {{input}} ». Tu voulais dire {{suggestions}} ?",
    "timezone-suggest_many":
      "Je ne connais pas le fuseau horaire « {{input}} ». Tu voulais dire l'un de ceux-ci : {{suggestions}} ?",
    "timezone-suggest_other":
      "Je ne connais pas le fuseau horaire « {{input}} ». Tu voulais dire l'un de ceux-ci : {{suggestions}} ?",
  },
} as const satisfies CatalogOf<typeof en>;

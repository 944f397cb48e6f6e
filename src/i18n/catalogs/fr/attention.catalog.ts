import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/attention.catalog.js";

export default {
  command: {
    streakWarning:
      "Un signal à 21:00 si, après 3+ jours d'affilée, tu n'as pas encore de série (true ou false)",
  },
  nudge: {
    text: "Salut ! Mes derniers rappels sont restés sans réponse et rien n'a été noté depuis quelques jours. Pas de souci, ça arrive. Adaptons les rappels à ta vie : moins de rappels, d'autres horaires, ou une semaine de pause ?\nJusqu'à ce que tu répondes ou notes une série, je t'en enverrai deux fois moins.",
    button: { fewer: "Moins de rappels", times: "Autres horaires", pause: "Pause d'une semaine" },
  },
  reply: {
    fewer_one:
      "C'est fait : {{count}} rappel par jour à partir de maintenant. Tu peux le changer quand tu veux avec {{schedule}}.",
    fewer_many:
      "C'est fait : {{count}} rappels par jour à partir de maintenant. Tu peux le changer quand tu veux avec {{schedule}}.",
    fewer_other:
      "C'est fait : {{count}} rappels par jour à partir de maintenant. Tu peux le changer quand tu veux avec {{schedule}}.",
    times:
      "Choisis les horaires qui te conviennent avec {{schedule}} : `start` et `end` fixent la plage, ou `times` donne des heures précises, par ex. `times: 07:30,18:00`. D'ici là, tes rappels gardent leurs horaires habituels.",
  },
  streak: {
    warning_one:
      "🔥 Tu en es à {{count}} jour d'affilée et tu n'as encore rien noté aujourd'hui. Une série avant minuit garde ta régularité : fais un exercice et note-le avec /log.",
    warning_many:
      "🔥 Tu en es à {{count}} jours d'affilée et tu n'as encore rien noté aujourd'hui. Une série avant minuit garde ta régularité : fais un exercice et note-le avec /log.",
    warning_other:
      "🔥 Tu en es à {{count}} jours d'affilée et tu n'as encore rien noté aujourd'hui. Une série avant minuit garde ta régularité : fais un exercice et note-le avec /log.",
  },
  schedule: {
    on: "Alerte de régularité activée : après 3 jours d'affilée ou plus, si une journée n'a aucune série à 21:00, je te préviens.",
    off: "Alerte de régularité désactivée.",
  },
  errors: {
    alreadyAnswered:
      "Tu as déjà répondu à ce message, donc rien n'a changé. /schedule, /pause et /resume modifient tes rappels quand tu veux.",
    notYours: "Ce bouton ne correspond pas à un de tes messages, il ne fait donc rien.",
  },
} as const satisfies CatalogOf<typeof en>;

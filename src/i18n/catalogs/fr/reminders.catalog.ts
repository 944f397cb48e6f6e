import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/reminders.catalog.js";

export default {
  drill: {
    intro: {
      "flexed-knee":
        "C'est l'heure des chevilles : une série de la matrice genou fléchi, {{reps}} répétitions dans chaque direction.",
      "straight-leg":
        "C'est l'heure des chevilles : une série de la matrice jambe tendue, {{reps}} répétitions dans chaque direction.",
    },
    footer: "{{reps}} répétitions lentes dans chaque direction, une jambe puis l'autre. {{safety}}",
  },
  button: { done: "Fait", pain: "Douleur", snooze: "Plus tard" },
  morning: {
    afterPain:
      "Point du matin : hier, tu as signalé une douleur à {{severity}}/10 ({{location}}). Comment ça va maintenant ?",
    firstDay: {
      "flexed-knee":
        "Point du matin : hier, c'était ton premier jour au niveau {{level}} de la matrice genou fléchi. Une douleur ce matin ?",
      "straight-leg":
        "Point du matin : hier, c'était ton premier jour au niveau {{level}} de la matrice jambe tendue. Une douleur ce matin ?",
    },
    again:
      "Point du matin : comment va la douleur ({{location}}) ce matin ? Je te pose la question chaque matin jusqu'à ce que ça se calme, pendant une semaine au plus.",
    anyPain: "Point du matin : une douleur ce matin ?",
    band: { none: "Pas de douleur", "1-2": "1-2", "3-5": "3-5", "6-7": "6-7", "8-10": "8-10" },
  },
  reply: {
    done: "✅ Fait.",
    snoozed: "⏰ Reporté : je te le rappelle à {{time}}.",
    painReported: "🩹 Douleur signalée.",
  },
  answeredAs: {
    done: "fait",
    pain: "douleur signalée",
    "morning-none": "pas de douleur",
    "morning-1-2": "douleur 1-2",
    "morning-3-5": "douleur 3-5",
    "morning-6+": "douleur 6 ou plus",
    "morning-6-7": "douleur 6-7",
    "morning-8-10": "douleur 8-10",
    skip: "passé",
    "run-fine": "ça va",
    "run-sore": "un peu douloureux",
    "run-painful": "douloureux",
  },
  errors: {
    staleButton:
      "Ce bouton n'est plus valable. Utilise /log pour noter une série ou /pain pour signaler une douleur.",
    notYours: "Ce bouton ne correspond à aucun de tes rappels, il ne fait donc rien.",
    alreadyAnswered:
      "Tu as déjà répondu à ce rappel ($t(reminders.answeredAs.{{outcome}})), donc rien n'a changé. Utilise /log pour noter une autre série.",
    inactive: "Ce rappel n'est plus actif. Utilise plutôt /log ou /pain.",
    snoozeLimit_one:
      "Tu l'as déjà reporté une fois. Appuie sur Fait quand c'est fait, ou laisse tomber pour cette fois.",
    snoozeLimit_many:
      "Tu l'as déjà reporté {{count}} fois. Appuie sur Fait quand c'est fait, ou laisse tomber pour cette fois.",
    snoozeLimit_other:
      "Tu l'as déjà reporté {{count}} fois. Appuie sur Fait quand c'est fait, ou laisse tomber pour cette fois.",
  },
  dmsClosedNotice:
    "Je n'ai pas pu t'envoyer de rappel : tes messages privés me sont fermés, donc les rappels sont arrêtés. Pour les recevoir à nouveau, autorise les messages privés des membres de ce serveur (nom du serveur → Paramètres de confidentialité → Messages privés), puis lance /resume.",
} as const satisfies CatalogOf<typeof en>;

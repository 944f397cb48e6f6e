import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/signs.catalog.js";

export default {
  command: {
    option: "Un signal d'alerte, si tu en as un",
  },
  label: {
    cannot_bear_weight: "Je ne peux pas poser le pied",
    swelling_worse: "Un gonflement qui augmente",
    numbness: "Engourdissement ou fourmillements",
    calf: "Mollet chaud, rouge ou gonflé",
    fever: "Fièvre ou je me sens malade",
    night_pain: "Douleur la nuit ou au repos",
    gave_way: "Ça a lâché, ou j'ai senti un claquement",
    deformity: "Ça a l'air déformé",
    none: "Rien de tout ça",
  },
  said: {
    cannot_bear_weight: "impossible de poser le pied",
    swelling_worse: "un gonflement",
    numbness: "un engourdissement ou des fourmillements",
    calf: "un mollet chaud, rouge ou gonflé",
    fever: "de la fièvre ou une sensation d'être malade",
    night_pain: "une douleur la nuit ou au repos",
    gave_way: "une articulation qui lâche ou un claquement",
    deformity: "une déformation",
    limping: "une boiterie",
  },
  question:
    "Encore une question : as-tu l'un de ces signaux d'alerte ? Choisis tous ceux qui correspondent, ou appuie sur « Rien de tout ça ».",
  placeholder: "Choisis tous ceux qui correspondent",
  form: {
    label: "Des signaux d'alerte ? (facultatif)",
    hint: "Choisis tous ceux qui correspondent",
  },
  urgent: {
    seen: "Tu me signales : {{signs}}. Il faut le faire examiner aujourd'hui. Va aux urgences aujourd'hui (ou appelle ton médecin tout de suite), n'attends pas.",
    stop: "Arrête les exercices d'ici là.",
    paused:
      "J'ai mis tes rappels en pause jusqu'à ce que tu me dises que tu as vu un médecin : appuie sur « J'ai vu un médecin » ci-dessous, ou fais /resume.",
    comeBack: "À ton retour, tu reprendras en douceur :",
  },
  soon: "Tu me signales : {{signs}}. Consulte un médecin ou un kiné dans les prochains jours.",
  answer: {
    none: "Merci, rien de tout ça. Le plan ci-dessus tient toujours.",
    noChange: "Merci, c'est noté. Le plan ci-dessus en tient déjà compte.",
    seen: "Content que tu aies pu voir un médecin. Tes rappels reprennent, avec le plan allégé : suis ce qu'on t'a conseillé, et arrête si ça fait mal.",
  },
  button: {
    none: "Rien de tout ça",
    seen: "J'ai vu un médecin",
  },
  errors: {
    answered: "Tu as déjà répondu à cette question, donc rien n'a changé.",
    stale:
      "Ce signalement de douleur n'existe plus, donc rien n'a changé. Dis-moi avec /pain comment tu te sens maintenant.",
    notPaused: "Tes rappels ne sont pas en pause, il n'y avait donc rien à relancer.",
  },
} as const satisfies CatalogOf<typeof en>;

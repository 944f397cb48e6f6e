import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/progress.catalog.js";

export default {
  command: {
    log: {
      description: "Note une série terminée d'un exercice de cheville",
      drill: "flexed-knee, straight-leg ou both",
      sets: "Combien de séries (1-{{max}}, 1 par défaut)",
    },
    progress: {
      description:
        "Ton niveau, tes séries, ta régularité et ton graphique sur 4 semaines (visible par toi seul)",
    },
  },
  errors: {
    unknownDrill:
      "Je ne connais pas l'exercice « {{given}} ». Tape flexed-knee, straight-leg ou both (ou choisis-en un dans la liste).",
    setsRange: "Le nombre de séries doit être un entier de 1 à {{max}}, par exemple sets: 2.",
  },
  spot_one: "niveau {{level}}, {{count}} répétition",
  spot_many: "niveau {{level}}, {{count}} répétitions",
  spot_other: "niveau {{level}}, {{count}} répétitions",
  toGo: {
    sets_one: "encore une série sans douleur",
    sets_many: "encore {{count}} séries sans douleur",
    sets_other: "encore {{count}} séries sans douleur",
    setsOver_one: "encore une série sans douleur et {{days}}",
    setsOver_many: "encore {{count}} séries sans douleur réparties sur {{days}}",
    setsOver_other: "encore {{count}} séries sans douleur réparties sur {{days}}",
    overDays_one: "un jour de plus",
    overDays_many: "{{count}} jours de plus",
    overDays_other: "{{count}} jours de plus",
    days_one: "encore un jour d'entraînement",
    days_many: "encore {{count}} jours d'entraînement",
    days_other: "encore {{count}} jours d'entraînement",
  },
  sets: {
    progress: "{{label}}, {{spot}} : {{toGo}} et tu passes à l'étape suivante.",
    held: "{{label}}, {{spot}} : après ton signalement de douleur, tu restes ici jusqu'au {{until}}, et les séries d'ici là ne comptent pas pour l'étape suivante. Ensuite, {{toGo}} et tu passes à l'étape suivante.",
    newLevel_one:
      "Nouveau niveau ! {{label}} : {{level}}, {{count}} répétition dans chaque direction. Regarde /drills pour la mise en place.",
    newLevel_many:
      "Nouveau niveau ! {{label}} : {{level}}, {{count}} répétitions dans chaque direction. Regarde /drills pour la mise en place.",
    newLevel_other:
      "Nouveau niveau ! {{label}} : {{level}}, {{count}} répétitions dans chaque direction. Regarde /drills pour la mise en place.",
    stepUp_one:
      "Étape franchie ! {{label}} : maintenant {{count}} répétition dans chaque direction (avant : {{from}}), toujours au niveau {{level}}.",
    stepUp_many:
      "Étape franchie ! {{label}} : maintenant {{count}} répétitions dans chaque direction (avant : {{from}}), toujours au niveau {{level}}.",
    stepUp_other:
      "Étape franchie ! {{label}} : maintenant {{count}} répétitions dans chaque direction (avant : {{from}}), toujours au niveau {{level}}.",
    dailyCap:
      "Pour passer une étape, {{max}} séries par jour au maximum comptent : mieux vaut peu et souvent qu'une longue séance.",
    reachedTop: "Tu es tout en haut de l'échelle.",
    top: "{{label}} : tout en haut de l'échelle ({{spot}}). Garde-la dans tes échauffements et emmène cette mobilité sur les sentiers, en descente aussi.",
  },
  backOff: {
    none: "{{label}} : pas de changement, toujours {{spot}}.",
    hold: "{{label}} : tu restes au {{spot}} et le compteur repart de zéro, pas d'étape suivante avant le {{until}}.",
    holdKept:
      "{{label}} : tu restes au {{spot}} et le compteur repart de zéro ; la pause que tu avais déjà court jusqu'au {{until}}.",
    moved: "{{label}} : retour au {{to}} (au lieu du {{from}}), pas d'étape suivante avant le {{until}}.",
    repsDown:
      "{{label}} : tu restes au niveau {{level}}, les répétitions reviennent à {{reps}}, pas d'étape suivante avant le {{until}}.",
    restarted:
      "{{label}} : tu restes au {{spot}}, le plus doux possible, et le compteur repart de zéro, pas d'étape suivante avant le {{until}}.",
  },
  standing: {
    where_one: "{{level}}, {{count}} répétition",
    where_many: "{{level}}, {{count}} répétitions",
    where_other: "{{level}}, {{count}} répétitions",
    top: "{{where}} : tout en haut de l'échelle.",
    toGo: "{{where}} : {{toGo}} et tu passes à l'étape suivante.",
    ready: "{{where}} : ta prochaine série te fait passer à l'étape suivante.",
    holdToGo: "{{where}} : {{toGo}} et tu passes à l'étape suivante, mais tu restes ici jusqu'au {{until}}.",
  },
  log: {
    hurt: "Ça m'a fait mal",
    logged_one: "{{count}} série notée : {{drills}}.",
    logged_many: "{{count}} séries notées : {{drills}}.",
    logged_other: "{{count}} séries notées : {{drills}}.",
    already_one: "Déjà noté : {{count}} série, {{drills}}. Rien n'a été compté deux fois.",
    already_many: "Déjà noté : {{count}} séries, {{drills}}. Rien n'a été compté deux fois.",
    already_other: "Déjà noté : {{count}} séries, {{drills}}. Rien n'a été compté deux fois.",
    week: "Cette semaine : {{totals}}",
  },
  report: {
    title: "Tes progrès pour la cheville",
    streak_one: "Régularité : **{{count}} jour** d'affilée avec au moins une série.",
    streak_many: "Régularité : **{{count}} jours** d'affilée avec au moins une série.",
    streak_other: "Régularité : **{{count}} jours** d'affilée avec au moins une série.",
    newcomer: "Rien de noté pour l'instant. Commence par /drills, puis /log après ta première série.",
    weekSets_one: "Cette semaine : {{count}} série",
    weekSets_many: "Cette semaine : {{count}} séries",
    weekSets_other: "Cette semaine : {{count}} séries",
    lastPain: "Dernier signalement de douleur",
    lastPainValue: "{{severity}}/10, {{place}}, {{when}}",
  },
  chart: {
    title: "Tes quatre dernières semaines",
    subtitle_one: "Séries par jour, 4 dernières semaines · {{count}} série",
    subtitle_many: "Séries par jour, 4 dernières semaines · {{count}} séries",
    subtitle_other: "Séries par jour, 4 dernières semaines · {{count}} séries",
    footer: "Dorsi · mobilité de la cheville",
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/club-stats.catalog.js";

export default {
  command: {
    description: "Comment va le club : membres, activité et séries par semaine (aucune donnée de santé)",
  },
  outsideServer: "Les stats appartiennent à un club : lance /club-stats sur le serveur de ton club.",
  title: "📊 **{{club}}** en un coup d’œil",
  members: "Membres au classement : {{members}}, dont {{enrolled}} reçoivent des rappels",
  activeWeeks: "Actifs cette semaine : {{now}} · les quatre semaines d’avant : {{before}}",
  steppedUp: "Passés au niveau supérieur ce mois-ci : {{share}} des membres actifs",
  steppedUpNone: "Passés au niveau supérieur ce mois-ci : personne n’a encore été actif",
  busiestHour: "Heure où l’on s’entraîne le plus : {{hour}} (heure de {{zone}})",
  busiestHourNone: "Heure où l’on s’entraîne le plus : aucune série notée pour l’instant",
  chartTitle: "Séries par semaine",
  private: "-# Des chiffres seulement : aucun nom, jamais de douleur ni de mesure.",
} as const satisfies CatalogOf<typeof en>;

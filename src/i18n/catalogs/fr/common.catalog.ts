import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/common.catalog.js";

export default {
  apology:
    "Désolé, quelque chose a échoué de notre côté. Tes séances déjà notées sont en sécurité ; réessaie dans une minute.",
  unknownCommand: "Je ne connais plus cette commande. Tape / pour voir celles qui existent.",
  buttonInactive: "Ce bouton n'est plus actif. Relance la commande pour en avoir un nouveau.",
  buttonNotYours: "Ce bouton appartient à quelqu'un d'autre : pour toi, il ne fait rien.",
  notMedicalAdvice: "Dorsi n'est pas un avis médical.",
  place: {
    knee: "genou",
    ankle: "cheville",
    calf: "mollet",
    shin: "tibia",
    foot: "pied",
    hip: "hanche",
    other: "ailleurs",
  },
} as const satisfies CatalogOf<typeof en>;

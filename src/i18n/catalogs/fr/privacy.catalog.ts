import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/privacy.catalog.js";

export default {
  command: {
    description: "Tes données : les exporter, les supprimer ou te masquer des classements",
    export: "Tout ce que Dorsi garde sur toi, dans un fichier",
    delete: "Supprimer tout ce que Dorsi garde sur toi",
    hide: "Quitter les classements du club ou y revenir",
    hidden: "True pour quitter les classements, False pour revenir (vide : bascule)",
  },
  exported:
    "Voici tout ce que Dorsi garde sur toi, y compris tes signalements de douleur. Toi seul peux voir ce message.",
  deleteQuestion:
    "Cela supprime tes séries, signalements de douleur, ta progression, tes rappels et tes réglages, dans tous les clubs. C'est définitif. Tu es sûr ?",
  button: { delete: "Tout supprimer", cancel: "Annuler" },
  deleted:
    "Supprimé. Dorsi n'a plus aucune donnée sur toi : séries, signalements de douleur, progression, rappels et réglages ont disparu. Utilise n'importe quelle commande pour repartir de zéro.",
  cancelled: "Annulé : rien n'a été supprimé.",
  hidden: {
    here: "C'est fait : tu n'apparais plus dans le classement de ce club. Ta propre progression ne change pas. Relance /privacy hide pour y revenir.",
    everywhere:
      "C'est fait : tu n'apparais plus dans aucun classement de club. Ta propre progression ne change pas. Relance /privacy hide pour y revenir.",
  },
  shown: {
    here: "Content de te revoir : tu es de retour dans le classement de ce club.",
    everywhere: "Content de te revoir : tu es de retour dans tous les classements de club.",
  },
  errors: {
    expired: "Cette confirmation a expiré, donc rien n'a été supprimé. Relance /privacy delete.",
    nothingToDelete: "Il n'y a rien à supprimer : Dorsi n'a aucune donnée sur toi.",
    notOnBoard:
      "Tu n'es encore dans aucun classement de club. Utilise d'abord une commande Dorsi sur le serveur de ton club.",
  },
} as const satisfies CatalogOf<typeof en>;

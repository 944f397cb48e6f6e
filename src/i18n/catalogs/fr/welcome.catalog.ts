import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/welcome.catalog.js";

export default {
  post: {
    what: "👋 Salut, moi c’est Dorsi ! J’accompagne les coureurs avec de courts exercices de cheville quotidiens qui gardent genoux et chevilles solides et mobiles.",
    members:
      "**Coureurs :** commence par {{schedule}} pour choisir quand je te rappelle en MP, puis note chaque série avec {{log}}. {{help}} explique tout.",
    admins:
      "**Admins :** lance {{club}} pour choisir le salon et l’heure du classement hebdomadaire du club.",
  },
  tip: {
    start:
      "💡 Première fois ? Commence par {{schedule}} : je t’enverrai un court exercice en MP aux heures que tu choisis. {{help}} explique tout.",
    afterSchedule:
      "💡 Prochaine étape : quand ton premier rappel arrive, fais l’exercice et appuie sur Fait (ou utilise {{log}}). {{help}} explique tout.",
  },
} as const satisfies CatalogOf<typeof en>;

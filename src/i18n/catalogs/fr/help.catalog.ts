import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/help.catalog.js";

export default {
  command: { description: "Ce que fait Dorsi, et toutes les commandes dont tu as besoin" },
  intro:
    "**Dorsi** accompagne les coureurs avec de courts exercices de cheville en 3D, quelques séries par jour, pour garder genoux et chevilles solides et mobiles. Il te rappelle en MP, fait progresser tes exercices au fil du temps et lève le pied quand quelque chose fait mal.",
  group: {
    start: "Démarrer",
    practise: "S’entraîner",
    pain: "Douleur",
    progress: "Progrès",
    club: "Club (sur le serveur de ton club)",
    privacy: "Confidentialité",
  },
  line: {
    schedule: "{{command}} : quand je te rappelle (fuseau horaire, plage, rappels par jour)",
    help: "{{command}} : cette liste",
    drills: "{{command}} : comment faire chaque exercice à ton niveau",
    log: "{{command}} : note les séries que tu as faites",
    runs: "{{command}} : planifie tes sorties, avec un échauffement avant et un point après",
    pause: "{{command}} : fais une pause dans les rappels",
    resume: "{{command}} : reprends après une pause",
    pain: "{{command}} : dis-moi si quelque chose fait mal ; j’adapte ton plan",
    progress: "{{command}} : ton niveau, tes séries, ta série de jours et ton historique de douleur",
    measure: "{{command}} : le test genou-mur, et l’évolution de tes chevilles",
    leaderboard: "{{command}} : le classement hebdomadaire du club",
    clubStats: "{{command}} : la tendance du club, pour les capitaines",
    club: "{{command}} : configure le classement hebdomadaire (admins)",
    privacy: "{{command}} : exporte ou supprime tes données, ou quitte les classements",
  },
  notMedical:
    "Dorsi ne remplace pas un avis médical. Si la douleur est vive, s’il y a un gonflement ou si ça empire, consulte un kiné ou un médecin.",
} as const satisfies CatalogOf<typeof en>;

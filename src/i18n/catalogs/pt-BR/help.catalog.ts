import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/help.catalog.js";

export default {
  command: { description: "O que o Dorsi faz e todos os comandos de que você precisa" },
  intro:
    "**Dorsi** treina corredores com exercícios 3D curtos de tornozelo, algumas séries por dia, para manter joelhos e tornozelos fortes e com mobilidade. Ele te lembra por DM, aumenta o nível conforme você evolui e alivia quando algo dói.",
  group: {
    start: "Começar",
    practise: "Treinar",
    pain: "Dor",
    progress: "Progresso",
    club: "Clube (no servidor do seu clube)",
    privacy: "Privacidade",
  },
  line: {
    schedule: "{{command}}: quando eu te lembro (fuso horário, janela, lembretes por dia)",
    help: "{{command}}: esta lista",
    drills: "{{command}}: como fazer cada exercício no seu nível",
    log: "{{command}}: registre as séries que você fez",
    runs: "{{command}}: planeje suas corridas, com aquecimento antes e acompanhamento depois",
    pause: "{{command}}: dê uma pausa nos lembretes",
    resume: "{{command}}: volte depois de uma pausa",
    pain: "{{command}}: me conte se algo dói; eu ajusto seu plano",
    progress: "{{command}}: seu nível, séries, sequência e histórico de dor",
    measure: "{{command}}: o teste joelho-parede e como seus tornozelos mudam",
    leaderboard: "{{command}}: o ranking semanal do clube",
    clubStats: "{{command}}: a tendência do clube, para capitães",
    club: "{{command}}: configure o ranking semanal (admins)",
    privacy: "{{command}}: exporte ou apague seus dados, ou saia dos rankings",
  },
  notMedical:
    "O Dorsi não é aconselhamento médico. Se a dor for aguda, houver inchaço ou piorar, procure um fisioterapeuta ou um médico.",
} as const satisfies CatalogOf<typeof en>;

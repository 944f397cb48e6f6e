import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/welcome.catalog.js";

export default {
  post: {
    what: "👋 Oi, eu sou o Dorsi! Eu treino corredores com exercícios curtos e diários de tornozelo que deixam joelhos e tornozelos fortes e flexíveis.",
    members:
      "**Corredores:** comece com {{schedule}} para escolher quando eu te lembro por DM e depois registre cada série com {{log}}. {{help}} mostra tudo.",
    admins: "**Admins:** use {{club}} para escolher o canal e o horário do ranking semanal do clube.",
  },
  tip: {
    start:
      "💡 Primeira vez aqui? Comece com {{schedule}}: vou te mandar um exercício curto por DM nos horários que você escolher. {{help}} mostra tudo.",
    afterSchedule:
      "💡 Próximo passo: quando o primeiro lembrete chegar, faça o exercício e toque em Feito (ou use {{log}}). {{help}} mostra tudo.",
  },
} as const satisfies CatalogOf<typeof en>;

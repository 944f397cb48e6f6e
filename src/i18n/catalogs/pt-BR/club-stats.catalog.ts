import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/club-stats.catalog.js";

export default {
  command: { description: "Como vai o clube: membros, atividade e séries por semana (sem dados de saúde)" },
  outsideServer: "As estatísticas são de um clube: use /club-stats no servidor do seu clube.",
  title: "📊 **{{club}}** num relance",
  members: "Membros no ranking: {{members}}, dos quais {{enrolled}} recebem lembretes",
  activeWeeks: "Ativos nesta semana: {{now}} · as quatro semanas anteriores: {{before}}",
  steppedUp: "Subiram de nível este mês: {{share}} dos membros ativos",
  steppedUpNone: "Subiram de nível este mês: ninguém esteve ativo ainda",
  busiestHour: "Horário com mais prática: {{hour}} (horário de {{zone}})",
  busiestHourNone: "Horário com mais prática: nenhuma série registrada ainda",
  chartTitle: "Séries por semana",
  private: "-# Só contagens: nenhum nome e nunca dados de dor ou medições.",
} as const satisfies CatalogOf<typeof en>;

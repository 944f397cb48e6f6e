import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/signs.catalog.js";

export default {
  command: {
    option: "Um sinal de alerta, se você tiver",
  },
  label: {
    cannot_bear_weight: "Não consigo apoiar o pé",
    swelling_worse: "Inchaço que está piorando",
    numbness: "Dormência ou formigamento",
    calf: "Panturrilha quente, vermelha ou inchada",
    fever: "Febre ou mal-estar",
    night_pain: "Dor à noite ou em repouso",
    gave_way: "Falseou, ou senti um estalo",
    deformity: "Parece deformado",
    none: "Nenhum desses",
  },
  said: {
    cannot_bear_weight: "não conseguir apoiar o pé",
    swelling_worse: "inchaço",
    numbness: "dormência ou formigamento",
    calf: "panturrilha quente, vermelha ou inchada",
    fever: "febre ou mal-estar",
    night_pain: "dor à noite ou em repouso",
    gave_way: "a articulação falseando ou um estalo",
    deformity: "deformidade",
    limping: "estar mancando",
  },
  question:
    "Mais uma pergunta: você tem algum destes sinais de alerta? Marque todos que se aplicam ou toque em “Nenhum desses”.",
  placeholder: "Marque todos que se aplicam",
  form: {
    label: "Algum sinal de alerta? (opcional)",
    hint: "Marque todos que se aplicam",
  },
  urgent: {
    seen: "Você mencionou: {{signs}}. Isso precisa ser avaliado hoje. Vá hoje mesmo a um pronto-socorro (ou ligue agora para o seu médico), não espere.",
    stop: "Pare os exercícios até passar por um atendimento.",
    paused:
      "Pausei seus lembretes até você me avisar que já foi ao médico: toque em “Já fui ao médico” aqui embaixo ou use /resume.",
    comeBack: "Quando voltar, você recomeça com calma:",
  },
  soon: "Você mencionou: {{signs}}. Procure um médico ou fisioterapeuta nos próximos dias.",
  answer: {
    none: "Valeu, nenhum desses. O plano acima continua valendo.",
    noChange: "Valeu, anotado. O plano acima já leva isso em conta.",
    seen: "Que bom que você já passou no médico. Seus lembretes voltaram, com o plano mais leve: siga o que te orientaram e pare se doer.",
  },
  button: {
    none: "Nenhum desses",
    seen: "Já fui ao médico",
  },
  errors: {
    answered: "Você já respondeu a essa pergunta, então nada mudou.",
    stale:
      "Esse registro de dor não existe mais, então nada mudou. Use /pain para me contar como está agora.",
    notPaused: "Seus lembretes não estão pausados, então não havia nada para retomar.",
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/reminders.catalog.js";

export default {
  drill: {
    intro: {
      "flexed-knee":
        "Hora do tornozelo: uma série da matriz de joelho flexionado, {{reps}} repetições em cada direção.",
      "straight-leg":
        "Hora do tornozelo: uma série da matriz de perna estendida, {{reps}} repetições em cada direção.",
    },
    footer: "{{reps}} repetições lentas em cada direção, primeiro uma perna, depois a outra. {{safety}}",
  },
  button: { done: "Feito", pain: "Dor", snooze: "Mais tarde" },
  morning: {
    afterPain: "Check-in da manhã: ontem você relatou dor {{severity}}/10 ({{location}}). Como está agora?",
    firstDay: {
      "flexed-knee":
        "Check-in da manhã: ontem foi seu primeiro dia no nível {{level}} da matriz de joelho flexionado. Sentiu alguma dor hoje de manhã?",
      "straight-leg":
        "Check-in da manhã: ontem foi seu primeiro dia no nível {{level}} da matriz de perna estendida. Sentiu alguma dor hoje de manhã?",
    },
    again:
      "Check-in da manhã: como está a dor ({{location}}) hoje de manhã? Vou perguntar toda manhã até melhorar, por no máximo uma semana.",
    anyPain: "Check-in da manhã: sentiu alguma dor hoje de manhã?",
    band: { none: "Sem dor", "1-2": "1-2", "3-5": "3-5", "6-7": "6-7", "8-10": "8-10" },
  },
  reply: {
    done: "✅ Feito.",
    snoozed: "⏰ Adiado: te lembro de novo às {{time}}.",
    painReported: "🩹 Dor registrada.",
  },
  answeredAs: {
    done: "feito",
    pain: "dor registrada",
    "morning-none": "sem dor",
    "morning-1-2": "dor 1-2",
    "morning-3-5": "dor 3-5",
    "morning-6+": "dor 6 ou mais",
    "morning-6-7": "dor 6-7",
    "morning-8-10": "dor 8-10",
    skip: "pulado",
    "run-fine": "tudo bem",
    "run-sore": "um pouco dolorido",
    "run-painful": "doloroso",
  },
  errors: {
    staleButton: "Este botão não vale mais. Use /log para registrar uma série ou /pain para relatar dor.",
    notYours: "Este botão não é de nenhum lembrete seu, então não faz nada.",
    alreadyAnswered:
      "Você já respondeu a este lembrete ($t(reminders.answeredAs.{{outcome}})), então nada mudou. Use /log para registrar outra série.",
    inactive: "Este lembrete não está mais ativo. Use /log ou /pain.",
    snoozeLimit_one:
      "Você já adiou este uma vez. Toque em Feito quando tiver feito a série, ou deixe pra lá.",
    snoozeLimit_many:
      "Você já adiou este {{count}} vezes. Toque em Feito quando tiver feito a série, ou deixe pra lá.",
    snoozeLimit_other:
      "Você já adiou este {{count}} vezes. Toque em Feito quando tiver feito a série, ou deixe pra lá.",
  },
  dmsClosedNotice:
    "Não consegui te mandar um lembrete: suas mensagens diretas estão fechadas para mim, então os lembretes pararam. Para voltar a recebê-los, permita mensagens diretas dos membros deste servidor (nome do servidor → Configurações de privacidade → Mensagens diretas) e depois use /resume.",
} as const satisfies CatalogOf<typeof en>;

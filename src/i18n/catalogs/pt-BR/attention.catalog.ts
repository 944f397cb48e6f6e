import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/attention.catalog.js";

export default {
  command: {
    streakWarning:
      "Um aviso às 21:00 quando sua sequência de 3+ dias ainda não tiver série naquele dia (true ou false)",
  },
  nudge: {
    text: "Oi! Meus últimos lembretes ficaram sem resposta e nada foi registrado há alguns dias. Tudo bem, acontece. Vamos encaixar os lembretes na sua rotina: menos lembretes, outros horários ou uma semana de pausa?\nAté você responder ou registrar uma série, vou mandar metade.",
    button: { fewer: "Menos lembretes", times: "Outros horários", pause: "Pausar uma semana" },
  },
  reply: {
    fewer_one:
      "Feito: {{count}} lembrete por dia a partir de agora. Você pode mudar quando quiser com {{schedule}}.",
    fewer_many:
      "Feito: {{count}} lembretes por dia a partir de agora. Você pode mudar quando quiser com {{schedule}}.",
    fewer_other:
      "Feito: {{count}} lembretes por dia a partir de agora. Você pode mudar quando quiser com {{schedule}}.",
    times:
      "Escolha os horários que funcionam para você com {{schedule}}: `start` e `end` definem a janela, ou `times` dá horários exatos, por exemplo `times: 07:30,18:00`. Até lá, seus lembretes continuam nos horários de sempre.",
  },
  streak: {
    warning_one:
      "🔥 Sua sequência está em {{count}} dia e hoje ainda não tem nenhuma série. Uma série antes da meia-noite mantém a sequência: faça um exercício e registre com /log.",
    warning_many:
      "🔥 Sua sequência está em {{count}} dias e hoje ainda não tem nenhuma série. Uma série antes da meia-noite mantém a sequência: faça um exercício e registre com /log.",
    warning_other:
      "🔥 Sua sequência está em {{count}} dias e hoje ainda não tem nenhuma série. Uma série antes da meia-noite mantém a sequência: faça um exercício e registre com /log.",
  },
  schedule: {
    on: "Aviso de sequência ligado: quando sua sequência tiver 3 dias ou mais e um dia não tiver nenhuma série até as 21:00, eu te aviso.",
    off: "Aviso de sequência desligado.",
  },
  errors: {
    alreadyAnswered:
      "Você já respondeu a esta mensagem, então nada mudou. /schedule, /pause e /resume mudam seus lembretes quando quiser.",
    notYours: "Este botão não é de uma mensagem sua, então não faz nada.",
  },
} as const satisfies CatalogOf<typeof en>;

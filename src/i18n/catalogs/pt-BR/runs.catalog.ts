import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/runs.catalog.js";

export default {
  command: {
    description: "Planeje suas corridas: um aquecimento curto dos tornozelos antes e uma conferida depois",
    add: "Planeje uma corrida, semanal ou avulsa",
    when: 'Quando: semanal, "qua 06:30" ou "seg,qui 18:00", ou avulsa, "2027-09-18 07:00" ou "amanhã 6:45"',
    terrain: "Asfalto, trilha ou descida (padrão: asfalto)",
    warmup: "Minutos antes da corrida para a mensagem de aquecimento, 5-60 (padrão: 20)",
    list: "Suas corridas planejadas",
    remove: "Remova uma corrida planejada",
    run: "A corrida que você quer remover (escolha na lista)",
  },
  terrain: { road: "asfalto", trail: "trilha", downhill: "descida" },
  when: {
    weekly: "{{days}} às {{time}}",
    once: "{{date}} às {{time}}",
  },
  line: "{{when}} · {{terrain}} · aquecimento {{warmup}} min antes",
  added:
    "Corrida planejada: {{run}}. Vou te mandar antes um aquecimento curto de tornozelos (alguns minutos) e perguntar depois como estavam seus joelhos.",
  next: "Próximas: {{times}}.",
  list: {
    title: "Suas corridas planejadas (horário de {{timeZone}}):",
    item: "• {{run}}, próxima {{next}}",
    empty: "Nenhuma corrida planejada. Adicione uma com /runs add, por exemplo when: qua 06:30.",
  },
  removed: "Removida: {{run}}. Sem mais aquecimentos nem conferidas para ela.",
  needTimeZone:
    "Primeiro me diga seu fuso horário, para suas corridas seguirem o seu relógio: /schedule timezone: America/Sao_Paulo (comece a digitar sua cidade). Depois use /runs add de novo.",
  tooMany:
    "Você já tem {{max}} corridas planejadas, o máximo que eu guardo. Remova uma com /runs remove primeiro.",
  unknownRun:
    "Não encontrei essa corrida entre as suas. Escolha uma na lista enquanto digita, ou veja todas com /runs list.",
  problems: {
    "when-empty": 'Diga quando você corre, por exemplo "qua 06:30", "seg,qui 18:00" ou "2027-09-18 07:00".',
    "when-time":
      'Não encontrei um horário em "{{input}}". Adicione um no formato 24 horas HH:MM, por exemplo "qua 06:30" ou "amanhã 6:45".',
    "when-day-missing":
      'Qual dia? Coloque antes do horário, por exemplo "qua 06:30", "sáb 08:00" ou "2027-09-18 07:00".',
    "when-day":
      'Não reconheço "{{input}}" como um dia. Use nomes de dias (qua, seg,qui, fim de semana), uma data (2027-09-18), hoje ou amanhã.',
    "when-date": '"{{input}}" não é uma data do calendário. Escreva como AAAA-MM-DD, por exemplo 2027-09-18.',
    "when-past":
      "{{when}} já passou. Escolha um momento que ainda vai chegar, ou um dia da semana para uma corrida semanal.",
    "warmup-range":
      "O aquecimento chega de {{min}} a {{max}} minutos antes da corrida. Escolha um número nessa faixa.",
    terrain: "Escolha asfalto, trilha ou descida na lista.",
  },
  warmup: {
    intro:
      "🏃 Corrida {{start}}: hora de um aquecimento de tornozelos de {{minutes}} minutos. Uma série de cada matriz, repetições lentas, uma perna e depois a outra.",
    forwardFirst:
      "Hoje, primeiro para a frente: o 1 das duas matrizes, depois o 2 e o 3 de cada uma. Descidas pedem mais flexão do tornozelo do que qualquer outra parte da corrida, então esse plano aquece primeiro.",
    step: "{{motion}} · {{reps}} repetições",
    footer: "Feito registra uma série de cada matriz.",
  },
  checkIn: {
    question: "Como estavam seus joelhos nas descidas da sua corrida {{start}}?",
    questionRoad: "Como estavam seus joelhos na sua corrida {{start}}?",
  },
  button: {
    done: "Feito",
    skip: "Pular",
    hurt: "Doeu",
    fine: "Tudo bem",
    sore: "Um pouco dolorido",
    painful: "Doeu muito",
  },
  reply: {
    skipped: "⏭️ Pulado. Boa corrida!",
    fine: "👍 Anotado: uma corrida sem dor. Muito bem.",
    painReported: "🩹 Anotado, obrigado por me contar.",
  },
  progress: {
    title: "Corridas da semana",
    value:
      "Planejadas: {{planned}} · aquecimentos feitos: {{warmups}} · conferidas respondidas: {{answered}}, {{fine}} sem dor",
    trails:
      "Use sua nova mobilidade: você praticou quase todos os dias por duas semanas. Vá para as trilhas, descidas incluídas, e aumente aos poucos.",
  },
} as const satisfies CatalogOf<typeof en>;

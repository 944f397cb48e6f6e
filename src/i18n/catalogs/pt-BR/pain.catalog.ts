import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/pain.catalog.js";

export default {
  command: {
    description: "Relatar dor: seu plano fica mais leve na hora (só você vê)",
    severity: "0 = sem dor, 10 = a pior que dá para imaginar",
    location: "Onde dói",
    side: "Qual lado, se for só um",
    drill: "O exercício que você estava fazendo, se for o caso",
    context: "Quando doeu",
    note: "Algo mais (até {{max}} caracteres)",
    drillUnknown: "Não sei",
  },
  location: {
    knee: "Joelho",
    ankle: "Tornozelo",
    calf: "Panturrilha",
    shin: "Canela",
    foot: "Pé",
    hip: "Quadril",
    other: "Outro lugar",
  },
  side: {
    left: "Esquerdo",
    right: "Direito",
    both: "Os dois lados",
  },
  context: {
    drills: "Nos exercícios",
    run: "Correndo",
    downhill: "Na descida",
    morning: "De manhã",
    other: "Outra situação",
  },
  form: {
    title: "Relatar dor",
    severity: "Quanto dói, de 0 a 10?",
    severityHint: "0 = sem dor, 10 = a pior que dá para imaginar",
    location: "Onde?",
    note: "Algo mais? (opcional)",
    moment: "Quando doeu?",
    side: {
      left: "{{location}}, lado esquerdo",
      right: "{{location}}, lado direito",
      both: "{{location}}, os dois lados",
    },
  },
  plan: {
    none: "Valeu por avisar: sem dor é uma ótima notícia. Seu plano continua igual.",
    thanks: "Obrigado por me contar.",
  },
  advice: {
    hold: "Trabalhe só na amplitude que continua sem dor e alivie no primeiro incômodo.",
    "step-down": "Fique na amplitude sem dor: exercício nunca deve doer.",
    reset: "Só se mexa onde não dói, e pule o exercício se doer.",
  },
  running: {
    "no-running": "Não corra até isso acalmar ou até alguém examinar; quando voltar, comece no plano.",
    "walk-descents":
      "Nas próximas corridas, desça caminhando as descidas íngremes: correr morro abaixo é o que mais exige dobrar o tornozelo, e um tornozelo rígido passa essa carga para o joelho.",
    "shorter-flatter":
      "Faça as próximas corridas mais curtas e no plano, onde o tornozelo precisa dobrar menos.",
    "before-downhill":
      "Antes de voltar a correr em descida, você precisa conseguir descer escadas, correr no plano e fazer seus exercícios, tudo sem dor.",
    "downhill-last":
      "As descidas voltam por último: primeiro o plano, depois as subidas, e descida só quando isso estiver tranquilo.",
  },
  physician: "Uma dor forte assim merece ser avaliada: procure um médico do esporte ou um fisioterapeuta.",
  escalation: "Como {{reasons}}, procure um médico do esporte ou um fisioterapeuta que possa te examinar.",
  reason: {
    "three-in-14-days": "a dor voltou várias vezes em duas semanas",
    rising: "está piorando",
    "severity-7-plus": "está em 7 ou mais de 10",
    "not-settling": "não melhorou depois de uma semana",
    "worse-overnight": "hoje de manhã estava pior que ontem à noite",
    "unsettled-two-mornings": "não melhorou em duas manhãs seguidas",
  },
  pauseOffer: "Se quiser dar um tempo, posso pausar seus lembretes enquanto você faz essa avaliação.",
  morningCheckPlanned: "Vou te chamar por DM em {{time}} para ver como ficou.",
  alreadyRecorded: "Esse relato de dor já estava registrado; nada mudou duas vezes.",
  button: {
    pause_one: "Pausar lembretes por {{count}} dia",
    pause_many: "Pausar lembretes por {{count}} dias",
    pause_other: "Pausar lembretes por {{count}} dias",
    keep: "Continuar",
  },
  answer: {
    pausedUntil:
      "Lembretes pausados até {{until}}. Sua sequência continua valendo. Se cuida, e use /resume quando quiser voltar.",
    pausedOpenEnded: "Lembretes pausados até você usar /resume. Sua sequência continua valendo. Se cuida.",
    kept: "Beleza, os lembretes continuam com o plano mais leve. Fique longe da dor e me avise com /pain se algo mudar.",
  },
  morning: {
    settled: "Que bom que melhorou hoje de manhã. Seu plano continua igual.",
    unsettled: "Ainda dói um pouco hoje de manhã, então o plano fica como está. Fique na amplitude sem dor.",
    worse: "Pior que ontem à noite, então vou pegar mais leve.",
    askAgain: "Pergunto de novo em {{time}}. Se mudar antes disso, me avise com /pain.",
  },
  problems: {
    "severity-missing":
      "Me diga um número inteiro de {{min}} a {{max}}: {{min}} é sem dor, {{max}} é a pior que dá para imaginar.",
    severity:
      "“{{given}}” não é uma nota de dor que eu consiga usar. Me diga um número inteiro de {{min}} a {{max}}: {{min}} é sem dor, {{max}} é a pior que dá para imaginar.",
    "location-missing": "Me diga onde dói: escolha um lugar da lista.",
    location: "Não conheço o lugar “{{given}}”. Escolha um da lista.",
    side: "Não conheço o lado “{{given}}”. Escolha esquerdo, direito ou os dois lados.",
    drill: "Não conheço o exercício “{{given}}”. Escolha um da lista, ou “Não sei”.",
    context: "Não conheço a situação “{{given}}”. Escolha uma da lista.",
    "note-not-text": "Escreva a observação como texto simples.",
    "note-too-long": "Sua observação tem {{length}} caracteres; deixe com no máximo {{max}}.",
    sign: "Não conheço o sinal de alerta “{{given}}”. Escolha um da lista, ou “Nenhum desses”.",
  },
} as const satisfies CatalogOf<typeof en>;

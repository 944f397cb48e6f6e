import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/schedule.catalog.js";

const DAYS_HINT =
  "Use nomes de dias ou intervalos, por exemplo seg-sex, seg,qua,sáb, sáb-seg, dias úteis, fim de semana ou todos os dias.";
const TIME_HINT = "Use o formato de 24 horas HH:MM, por exemplo 07:30 ou 18:45.";
const ZONE_HINT = "Escolha um da lista enquanto digita, por exemplo America/Sao_Paulo ou Europe/Lisbon.";
const WINDOW =
  "Uma janela das {{start}} às {{end}} ({{length}} minutos) comporta no máximo {{count}} {{what}} com {{gap}} minutos de intervalo; {{perDay}} precisam de {{needed}} minutos. Aumente a janela ou coloque per_day em {{count}} ou menos.";

export default {
  command: {
    description: "Escolha quando chegam seus lembretes de exercícios, no seu fuso horário",
    timezone: "Seu fuso horário, ex. America/Sao_Paulo ou Europe/Lisbon (comece a digitar sua cidade)",
    start: "Primeiro lembrete não antes de (HH:MM)",
    end: "Último lembrete não depois de (HH:MM)",
    perDay: "Quantos lembretes por dia (1-12)",
    times: "Horários exatos em vez de espalhados, ex. 07:30,12:15,18:00",
    days: "Quais dias, ex. seg-sex ou seg,qua,sáb",
  },
  pauseCommand: {
    description: "Pause seus lembretes (sua sequência continua valendo)",
    days: "Por quantos dias (em branco: até você usar /resume)",
  },
  resumeCommand: { description: "Retome seus lembretes" },
  reply: {
    enrolled: "Pronto, você está dentro! Lembretes {{when}}, {{days}}, horário de {{timeZone}}.",
    updated: "Agenda atualizada. Lembretes {{when}}, {{days}}, horário de {{timeZone}}.",
    spread: "{{perDay}} por dia entre {{start}} e {{end}}",
    at: "às {{times}}",
    next: "Próximos lembretes:",
    noneSoon: "Nenhum lembrete nos próximos dias.",
    howItWorks:
      "Cada DM traz um exercício do seu nível, com botões para marcar como feito, avisar de dor ou adiar. /pause quando quiser.",
  },
  days: { every: "todos os dias", none: "nenhum dia" },
  pause: {
    until: "Lembretes pausados até {{until}}. Sua sequência continua valendo; /resume quando quiser.",
    open: "Lembretes pausados até você usar /resume. Sua sequência continua valendo.",
    badDays:
      "Os dias precisam ser um número inteiro de 1 a {{max}}, ou deixe em branco para pausar até usar /resume.",
  },
  resume: {
    done: "Que bom te ver de volta: os lembretes estão ativos de novo.",
    notPaused: "Seus lembretes não estavam pausados. Use /schedule para configurar ou mudar.",
  },
  needTimeZone:
    "Primeiro me diga seu fuso horário, por exemplo /schedule timezone: America/Sao_Paulo (comece a digitar sua cidade).",
  problems: {
    "time-empty": `Informe um horário. ${TIME_HINT}`,
    "time-format": `“{{input}}” não é um horário. ${TIME_HINT}`,
    "time-midnight": `“{{input}}” não é um horário. ${TIME_HINT} Para meia-noite, use 00:00.`,
    "times-empty": "Informe pelo menos um horário, por exemplo 07:30 ou 07:30,12:00,18:15.",
    "times-format":
      "“{{input}}” não é um horário. Liste horários HH:MM de 24 horas separados por vírgulas, por exemplo 07:30,12:00,18:15.",
    "times-too-many": "São {{given}} horários; eu mando no máximo {{max}} por dia. Escolha {{max}} ou menos.",
    "times-too-close":
      "{{earlier}} e {{later}} estão a só {{apart}} minutos de distância; os lembretes precisam de pelo menos {{min}} minutos entre si. Mude um deles de horário ou tire um.",
    "times-invalid":
      "Os horários precisam estar no formato de 24 horas HH:MM, por exemplo 07:30,12:00,18:15.",
    "days-empty": `Diga em quais dias você quer lembretes. ${DAYS_HINT}`,
    "days-unknown": `Não reconheço “{{input}}” como um dia. ${DAYS_HINT}`,
    "days-range": `Não reconheço “{{input}}” como um intervalo de dias. ${DAYS_HINT}`,
    "days-invalid": "Os dias precisam ir de segunda a domingo, por exemplo seg-sex ou todos os dias.",
    "per-day": "per_day precisa ser um número inteiro de 1 a {{max}}.",
    "window-invalid": "O início e o fim precisam ser horários HH:MM de 24 horas, por exemplo 07:00 e 21:00.",
    "window-empty":
      "Sua janela de lembretes está vazia: ela começa e termina às {{start}}. Escolha um fim diferente do início, por exemplo das 07:00 às 21:00.",
    "window-too-small_one": WINDOW.replace("{{what}}", "lembrete"),
    "window-too-small_many": WINDOW.replace("{{what}}", "lembretes"),
    "window-too-small_other": WINDOW.replace("{{what}}", "lembretes"),
    "timezone-empty": `Informe um fuso horário. ${ZONE_HINT}`,
    "timezone-unknown": `Não conheço o fuso horário “{{input}}”. ${ZONE_HINT}`,
    "timezone-suggest_one": "Não conheço o fuso horário “{{input}}”. Você quis dizer {{suggestions}}?",
    "timezone-suggest_many":
      "Não conheço o fuso horário “{{input}}”. Você quis dizer um destes: {{suggestions}}?",
    "timezone-suggest_other":
      "Não conheço o fuso horário “{{input}}”. Você quis dizer um destes: {{suggestions}}?",
  },
} as const satisfies CatalogOf<typeof en>;

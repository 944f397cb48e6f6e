import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/board.catalog.js";

export default {
  command: {
    leaderboard: {
      description: "O ranking semanal do clube",
      week: "Qual semana (esta semana se ficar em branco)",
      thisWeek: "esta semana",
      lastWeek: "semana passada",
    },
    club: {
      description: "Defina onde e quando o ranking semanal do clube é publicado (Gerenciar servidor)",
      channel: "O canal do ranking semanal",
      timezone: "O fuso horário do clube, ex.: America/Sao_Paulo",
      postDay: "Dia da publicação semanal",
      postTime: "Horário da publicação semanal (HH:MM, horário do clube)",
    },
    day: {
      mon: "segunda-feira",
      tue: "terça-feira",
      wed: "quarta-feira",
      thu: "quinta-feira",
      fri: "sexta-feira",
      sat: "sábado",
      sun: "domingo",
    },
  },
  errors: {
    clubOutsideServer: "O /club configura o clube de um servidor: use no próprio servidor.",
    manageServer:
      "Só quem tem a permissão “Gerenciar servidor” pode configurar o ranking do clube. Peça para um admin do servidor usar o /club.",
    channelType: "Escolha um canal de texto ou de anúncios para o ranking, por exemplo #geral.",
    postDay: "Escolha o dia na lista: de segunda a domingo.",
    week: "Escolha esta semana ou a semana passada, ou deixe week em branco para ver esta semana.",
    leaderboardOutsideServer: "Rankings são de um clube: use /leaderboard no servidor do seu clube.",
  },
  points_one: "{{count}} pt",
  points_many: "{{count}} pts",
  points_other: "{{count}} pts",
  pointsLong_one: "{{count}} ponto",
  pointsLong_many: "{{count}} pontos",
  pointsLong_other: "{{count}} pontos",
  days_one: "{{count}} dia",
  days_many: "{{count}} dias",
  days_other: "{{count}} dias",
  embed: {
    thisWeek: "{{club}}: esta semana · {{week}}",
    lastWeek: "{{club}}: semana passada · {{week}}",
    weekly: "{{club}}: ranking da semana · {{week}}",
    row: "**{{rank}}.** {{name}} — **{{points}}** · {{days}}",
    emptyThisWeek:
      "Ninguém registrou uma série esta semana ainda. Faça uma série de /drills e registre com /log para abrir o ranking.",
    emptyPastWeek: "Ninguém registrou uma série naquela semana.",
    footer_one:
      "{{count}} pessoa no ranking · pontos: 1 por série (até 6 por dia) + 3 por dia de treino · semanas no fuso {{zone}}",
    footer_many:
      "{{count}} pessoas no ranking · pontos: 1 por série (até 6 por dia) + 3 por dia de treino · semanas no fuso {{zone}}",
    footer_other:
      "{{count}} pessoas no ranking · pontos: 1 por série (até 6 por dia) + 3 por dia de treino · semanas no fuso {{zone}}",
  },
  highlights: {
    title: "Destaques",
    mostConsistent: "Mais constância: **{{name}}** ({{days}})",
    mostImproved: "Maior evolução: **{{name}}** (+{{points}} em relação à semana anterior)",
    steppedUp: "Subiu de nível: **{{name}}** — {{drill}}, {{level}}",
    more_one: "…e mais {{count}} subida de nível",
    more_many: "…e mais {{count}} subidas de nível",
    more_other: "…e mais {{count}} subidas de nível",
  },
  standing: {
    ranked:
      "Você está em {{rank}}º de {{of}}, com {{points}} em {{days}}. Cada dia com uma série vale 3 pontos.",
    hidden: "Seu nome está oculto no ranking deste clube. Use /privacy hide para voltar a aparecer.",
    absent: "Você ainda não está neste ranking: faça uma série de /drills e registre com /log para entrar.",
  },
  card: {
    subtitle: "Ranking semanal · {{week}}",
    activeDays: "Dias ativos",
    points: "Pontos",
    emptyTitle: "Nenhuma série registrada nesta semana",
    emptyHint: "Registre uma série com /log para abrir o ranking",
    unit_one: "pt",
    unit_many: "pts",
    unit_other: "pts",
  },
  club: {
    schedule: "O ranking semanal sai em <#{{channel}}> {{day}} às {{time}} ({{zone}}).",
    every: {
      mon: "toda segunda-feira",
      tue: "toda terça-feira",
      wed: "toda quarta-feira",
      thu: "toda quinta-feira",
      fri: "toda sexta-feira",
      sat: "todo sábado",
      sun: "todo domingo",
    },
    next: "Próximo ranking: {{at}} ({{relative}}).",
    pending: "O ranking de {{week}} estava previsto {{relative}} e sai em até um minuto.",
    unchecked:
      "Não consegui verificar minhas permissões nesse canal. Confira se eu tenho estas lá: {{permissions}}.",
    cantPostTitle: "Ainda não consigo postar lá",
    missing_one:
      "Configurações salvas, mas me falta uma permissão em <#{{channel}}>: {{permissions}}. Me dê essa permissão lá (Editar canal → Permissões) ou use /club com outro canal.",
    missing_many:
      "Configurações salvas, mas me faltam permissões em <#{{channel}}>: {{permissions}}. Me dê essas permissões lá (Editar canal → Permissões) ou use /club com outro canal.",
    missing_other:
      "Configurações salvas, mas me faltam permissões em <#{{channel}}>: {{permissions}}. Me dê essas permissões lá (Editar canal → Permissões) ou use /club com outro canal.",
    lastPostFailedTitle: "A última publicação semanal falhou",
  },
  postFailure: {
    missingChannel:
      "O ranking de {{week}} não foi publicado: não encontro mais <#{{channel}}> ou não consigo abrir. Use /club para escolher o canal de novo.",
    missingPermission:
      "O ranking de {{week}} não foi publicado: me faltam permissões em <#{{channel}}> ({{missing}}). Me dê estas permissões lá: {{all}}. Ou use /club com outro canal.",
    missingSomePermission:
      "O ranking de {{week}} não foi publicado: me falta alguma permissão em <#{{channel}}>. Me dê estas permissões lá: {{all}}. Ou use /club com outro canal.",
  },
  permission: {
    ViewChannel: "Ver canal",
    SendMessages: "Enviar mensagens",
    EmbedLinks: "Inserir links",
    AttachFiles: "Anexar arquivos",
  },
} as const satisfies CatalogOf<typeof en>;

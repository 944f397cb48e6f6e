import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/progress.catalog.js";

export default {
  command: {
    log: {
      description: "Registre uma série feita de um exercício de tornozelo",
      drill: "flexed-knee, straight-leg ou both",
      sets: "Quantas séries (1-{{max}}, padrão 1)",
    },
    progress: { description: "Seu nível, séries, sequência e gráfico de quatro semanas (só você vê)" },
  },
  errors: {
    unknownDrill:
      "Não conheço o exercício “{{given}}”. Digite flexed-knee, straight-leg ou both (ou escolha um da lista).",
    setsRange: "As séries precisam ser um número inteiro de 1 a {{max}}, por exemplo sets: 2.",
  },
  spot_one: "nível {{level}} com {{count}} repetição",
  spot_many: "nível {{level}} com {{count}} repetições",
  spot_other: "nível {{level}} com {{count}} repetições",
  toGo: {
    sets_one: "mais uma série sem dor",
    sets_many: "mais {{count}} séries sem dor",
    sets_other: "mais {{count}} séries sem dor",
    setsOver_one: "mais uma série sem dor e {{days}}",
    setsOver_many: "mais {{count}} séries sem dor distribuídas em {{days}}",
    setsOver_other: "mais {{count}} séries sem dor distribuídas em {{days}}",
    overDays_one: "mais um dia",
    overDays_many: "mais {{count}} dias",
    overDays_other: "mais {{count}} dias",
    days_one: "mais um dia de treino",
    days_many: "mais {{count}} dias de treino",
    days_other: "mais {{count}} dias de treino",
  },
  sets: {
    progress: "{{label}}, {{spot}}: {{toGo}} e você sobe um degrau.",
    held: "{{label}}, {{spot}}: por causa do seu relato de dor, você fica aqui até {{until}}, e as séries até lá não contam para subir. Depois, {{toGo}} e você sobe um degrau.",
    newLevel_one:
      "Nível novo! {{label}}: {{level}}, {{count}} repetição para cada direção. Veja em /drills como se posicionar.",
    newLevel_many:
      "Nível novo! {{label}}: {{level}}, {{count}} repetições para cada direção. Veja em /drills como se posicionar.",
    newLevel_other:
      "Nível novo! {{label}}: {{level}}, {{count}} repetições para cada direção. Veja em /drills como se posicionar.",
    stepUp_one:
      "Subiu um degrau! {{label}}: agora {{count}} repetição para cada direção (antes eram {{from}}), ainda no nível {{level}}.",
    stepUp_many:
      "Subiu um degrau! {{label}}: agora {{count}} repetições para cada direção (antes eram {{from}}), ainda no nível {{level}}.",
    stepUp_other:
      "Subiu um degrau! {{label}}: agora {{count}} repetições para cada direção (antes eram {{from}}), ainda no nível {{level}}.",
    dailyCap:
      "Para subir, contam no máximo {{max}} séries por dia: pouco e sempre vale mais que uma sessão longa.",
    reachedTop: "Você chegou ao topo da escada.",
    top: "{{label}}: topo da escada ({{spot}}). Continue com ela no aquecimento e leve essa mobilidade para as trilhas, nas descidas também.",
  },
  backOff: {
    none: "{{label}}: nada muda, você continua no {{spot}}.",
    hold: "{{label}}: você fica no {{spot}} e a contagem recomeça, sem subir antes de {{until}}.",
    holdKept:
      "{{label}}: você fica no {{spot}} e a contagem recomeça; a pausa que você já tinha continua até {{until}}.",
    moved: "{{label}}: você volta para o {{to}} (estava no {{from}}), sem subir antes de {{until}}.",
    repsDown:
      "{{label}}: você continua no nível {{level}}, com as repetições de volta a {{reps}}, sem subir antes de {{until}}.",
    restarted:
      "{{label}}: você fica no {{spot}}, o mais leve possível, e a contagem recomeça, sem subir antes de {{until}}.",
  },
  standing: {
    where_one: "{{level}}, {{count}} repetição",
    where_many: "{{level}}, {{count}} repetições",
    where_other: "{{level}}, {{count}} repetições",
    top: "{{where}}: topo da escada.",
    toGo: "{{where}}: {{toGo}} e você sobe um degrau.",
    ready: "{{where}}: sua próxima série faz você subir um degrau.",
    holdToGo: "{{where}}: {{toGo}} e você sobe um degrau, mas fica aqui até {{until}}.",
  },
  log: {
    hurt: "Doeu",
    logged_one: "{{count}} série registrada: {{drills}}.",
    logged_many: "{{count}} séries registradas: {{drills}}.",
    logged_other: "{{count}} séries registradas: {{drills}}.",
    already_one: "Já estava registrada: {{count}} série, {{drills}}. Nada foi contado duas vezes.",
    already_many: "Já estavam registradas: {{count}} séries, {{drills}}. Nada foi contado duas vezes.",
    already_other: "Já estavam registradas: {{count}} séries, {{drills}}. Nada foi contado duas vezes.",
    week: "Esta semana: {{totals}}",
  },
  report: {
    title: "Seu progresso no tornozelo",
    streak_one: "Sequência: **{{count}} dia** seguido com pelo menos uma série.",
    streak_many: "Sequência: **{{count}} dias** seguidos com pelo menos uma série.",
    streak_other: "Sequência: **{{count}} dias** seguidos com pelo menos uma série.",
    newcomer: "Nada registrado ainda. Comece com /drills e use /log depois da sua primeira série.",
    weekSets_one: "Esta semana: {{count}} série",
    weekSets_many: "Esta semana: {{count}} séries",
    weekSets_other: "Esta semana: {{count}} séries",
    lastPain: "Último relato de dor",
    lastPainValue: "{{severity}}/10, {{place}}, {{when}}",
  },
  chart: {
    title: "Suas últimas quatro semanas",
    subtitle_one: "Séries por dia, últimas 4 semanas · {{count}} série",
    subtitle_many: "Séries por dia, últimas 4 semanas · {{count}} séries",
    subtitle_other: "Séries por dia, últimas 4 semanas · {{count}} séries",
    footer: "Dorsi · mobilidade do tornozelo",
  },
} as const satisfies CatalogOf<typeof en>;

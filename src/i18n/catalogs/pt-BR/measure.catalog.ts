import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/measure.catalog.js";

export default {
  command: {
    description: "Teste joelho-parede: registre seus tornozelos ou veja como medir (só você vê)",
    left: "Pé esquerdo: do dedão até a parede, em cm ({{min}}-{{max}}, uma casa decimal)",
    right: "Pé direito: do dedão até a parede, em cm ({{min}}-{{max}}, uma casa decimal)",
  },
  problems: {
    left: "Não consigo registrar “{{given}}” para o seu pé esquerdo: informe centímetros de {{min}} a {{max}}, com no máximo uma casa decimal, por exemplo left: 11.5. Nada foi salvo.",
    right:
      "Não consigo registrar “{{given}}” para o seu pé direito: informe centímetros de {{min}} a {{max}}, com no máximo uma casa decimal, por exemplo right: 11.5. Nada foi salvo.",
    none: "Informe pelo menos um pé, em centímetros de {{min}} a {{max}}, por exemplo left: 11.5 right: 12.",
  },
  how: {
    title: "O teste joelho-parede: dois minutos",
    steps:
      "1. Tire o tênis. Coloque o pé ao longo de uma linha de fita perpendicular à parede, com o calcanhar no chão.\n2. Dobre o joelho até encostar na parede, sem tirar o calcanhar do chão.\n3. Afaste o pé para trás até o joelho mal encostar na parede, com o calcanhar no chão.\n4. Meça do dedão até a parede, em centímetros.\n5. Deixe o pé de trás sempre no mesmo lugar. Três tentativas por pé; fique com a melhor.",
    next: "Depois digite `/measure left: … right: …` (uma casa decimal basta). Refaça o teste a cada quatro semanas para ver o que os exercícios mudam.",
  },
  cm: "{{value}} cm",
  side: { left: "Esquerdo", right: "Direito" },
  record: {
    title: "Joelho-parede, {{date}}",
    both: "Esquerdo {{left}}, direito {{right}}: uma diferença de {{difference}}.",
    one: "{{side}}: {{value}}.",
    stiffer: {
      left: "Seu tornozelo esquerdo é o mais rígido: trabalhe ele primeiro e faça uma série a mais para ele.",
      right: "Seu tornozelo direito é o mais rígido: trabalhe ele primeiro e faça uma série a mais para ele.",
    },
    normal: "Uma diferença abaixo de {{limit}} é normal: continue trabalhando os dois lados igual.",
    belowTypical:
      "{{side}} {{value}} está abaixo da faixa comum para corredores (cerca de {{low}} ou mais): os exercícios são feitos para isso.",
    change: {
      none: "{{side}}: sem mudança desde {{date}}.",
      "within-error": "{{side}}: {{delta}} desde {{date}}, dentro do erro de medida (cerca de {{error}}).",
      gain: "{{side}}: {{delta}} desde {{date}}. Isso é progresso de verdade.",
      loss: "{{side}}: {{delta}} desde {{date}}. Um dia cansado ou dolorido pode causar isso; meça de novo em uma ou duas semanas.",
    },
    replaced: "Esta medida substitui a de mais cedo hoje.",
    footer: "Quanto maior, melhor: mais flexão do tornozelo. Faça o teste sempre do mesmo jeito.",
  },
  history: {
    title: "Suas medidas",
    none: "Nenhuma medida ainda: esta vai ser a primeira.",
    line: "{{date}}: {{values}}",
  },
  progress: {
    title: "Joelho-parede",
    latest: "{{values}} em {{date}}",
    stiffer: {
      left: "O esquerdo está {{behind}} atrás: comece por ele e faça uma série a mais.",
      right: "O direito está {{behind}} atrás: comece por ele e faça uma série a mais.",
    },
  },
  chart: {
    title: "Teste joelho-parede",
    subtitle: "Do dedão até a parede, em cm · mais alto = mais flexão do tornozelo",
    typical: "faixa comum",
  },
  invite: {
    first:
      "Quer a prova de que os exercícios funcionam? Meça seus tornozelos uma vez agora: o teste joelho-parede leva dois minutos e uma fita métrica. Depois, `/measure` de novo daqui a quatro semanas.",
    retest:
      "Quatro semanas desde a sua última medida dos tornozelos: hora de refazer o teste joelho-parede e ver o que os exercícios mudaram.",
    button: "Como medir",
  },
  reminder: {
    stiffer: {
      left: "Comece pelo tornozelo esquerdo e faça uma série a mais para ele: ele está {{behind}} atrás do direito.",
      right:
        "Comece pelo tornozelo direito e faça uma série a mais para ele: ele está {{behind}} atrás do esquerdo.",
    },
  },
} as const satisfies CatalogOf<typeof en>;

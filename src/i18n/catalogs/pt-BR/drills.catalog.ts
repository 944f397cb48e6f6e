import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/drills.catalog.js";

export default {
  label: { "flexed-knee": "Matriz de joelho flexionado", "straight-leg": "Matriz de perna estendida" },
  name: {
    "flexed-knee": "Matriz de tornozelo em 3 direções, joelho flexionado",
    "straight-leg": "Matriz de tornozelo em 3 direções, perna estendida",
  },
  bothMatrices: "as duas matrizes",
  level: "Nível {{level}}",
  levelTitle: {
    "flexed-knee": {
      level1: "semiajoelhado",
      level2: "afundo apoiado na parede",
      level3: "pé da frente elevado",
      level4: "com carga, sem apoio",
    },
    "straight-leg": {
      level1: "mãos e joelho no chão",
      level2: "apoiado na parede",
      level3: "antepé em um degrau",
      level4: "na rampa, sem apoio",
    },
  },
  levelWithTitle: "Nível {{level}} · {{title}}",
  command: {
    description: "Como fazer os exercícios de tornozelo no seu nível",
    drill: "joelho flexionado ou perna estendida (as duas se deixar vazio)",
  },
  unknownDrill:
    "Não conheço o exercício “{{input}}”. Digite joelho flexionado ou perna estendida, ou deixe vazio para ver os dois.",
  choice: {
    "flexed-knee": "joelho flexionado (joelho dobrado, sóleo)",
    "straight-leg": "perna estendida (perna reta, gastrocnêmio)",
  },
  purpose: {
    "flexed-knee":
      "Joelho flexionado: trabalha a parte baixa da panturrilha (sóleo) e o tornozelo que você usa nas descidas.",
    "straight-leg":
      "Perna estendida: trabalha a parte alta da panturrilha (gastrocnêmio) nas mesmas três direções.",
  },
  plane: { forward: "Para a frente", tilt: "Lateral", rotation: "Rotação" },
  card: {
    setup: "Posição inicial",
    reps: "Repetições",
    safety: "Segurança",
    neverIntoPain: "Nunca vá até a dor.",
  },
  oneSet_one: "Uma série: {{count}} repetição lenta em cada direção com uma perna, depois com a outra.",
  oneSet_many: "Uma série: {{count}} repetições lentas em cada direção com uma perna, depois com a outra.",
  oneSet_other: "Uma série: {{count}} repetições lentas em cada direção com uma perna, depois com a outra.",
  howTo: {
    "flexed-knee": {
      level1: {
        setup:
          "Um joelho no chão, o outro pé apoiado à frente, mãos sobre esse joelho. O calcanhar fica no chão o tempo todo.",
        forward: "Leve o joelho da frente para a frente, por cima dos dedos, e volte.",
        tilt: "Leve o joelho para fora, na direção do dedo mínimo, depois para dentro, na direção do dedão.",
        rotation: "Gire joelho e quadril para a esquerda, depois para a direita. O pé fica apoiado.",
        safety: "Um alongamento forte tudo bem; dor, não. Pare antes de doer.",
      },
      level2: {
        setup:
          "De frente para a parede, mãos apoiadas. Um pé à frente, o outro atrás. Dobre o joelho da frente, calcanhar no chão.",
        forward: "Leve o joelho da frente em direção à parede, por cima dos dedos. O calcanhar fica no chão.",
        tilt: "Leve o joelho na direção do dedo mínimo, depois na direção do dedão.",
        rotation: "Gire joelho e quadril para a esquerda, depois para a direita. O pé inteiro fica no chão.",
        safety: "Em pé a carga aumenta: vá só até onde não dói.",
      },
      level3: {
        setup:
          "O pé da frente inteiro num degrau ou livro grosso, o de trás no chão. Ponta dos dedos na parede só para o equilíbrio.",
        forward: "Leve o joelho elevado para a frente, por cima dos dedos. O calcanhar fica no degrau.",
        tilt: "Leve o joelho na direção do dedo mínimo, depois na direção do dedão.",
        rotation: "Gire joelho e quadril para a esquerda, depois para a direita, pé apoiado no degrau.",
        safety: "Mais amplitude, mais alongamento. Vá com calma e pare antes de doer.",
      },
      level4: {
        setup: "Afundo sem apoio, um peso leve junto ao peito. Devagar: 3 segundos para ir, 3 para voltar.",
        forward: "Leve devagar o joelho da frente para a frente, por cima dos dedos. Calcanhar no chão.",
        tilt: "Leve devagar o joelho na direção do dedo mínimo, depois na direção do dedão.",
        rotation:
          "Gire devagar joelho e quadril para a esquerda, depois para a direita. O pé não sai do lugar.",
        safety: "Só peso leve. Se o calcanhar subir ou algo doer, pare e volte um nível.",
      },
    },
    "straight-leg": {
      level1: {
        setup:
          "Mãos e um joelho no chão. A outra perna estendida para trás, apoiada nos dedos, calcanhar buscando o chão.",
        forward: "Empurre o calcanhar para trás e para baixo. O joelho fica estendido.",
        tilt: "Desloque o quadril para a canela inclinar na direção do dedo mínimo, depois do dedão.",
        rotation:
          "Gire o quadril para a esquerda, depois para a direita. Calcanhar buscando o chão, joelho estendido.",
        safety: "Sinta a panturrilha alongar, nunca dor. Pare antes de doer.",
      },
      level2: {
        setup:
          "Mãos na parede, um pé um passo longo atrás. Perna de trás estendida, calcanhar de trás no chão.",
        forward: "Leve o quadril em direção à parede até a panturrilha de trás esticar. Calcanhar no chão.",
        tilt: "Desloque o quadril para a canela de trás inclinar na direção do dedo mínimo, depois do dedão.",
        rotation:
          "Gire o quadril para a esquerda, depois para a direita. Joelho de trás estendido, calcanhar no chão.",
        safety: "Em pé a carga aumenta: vá só até onde não dói.",
      },
      level3: {
        setup:
          "A parte da frente do pé num degrau ou livro grosso, calcanhar no chão, perna estendida. Parede só se precisar.",
        forward: "Leve o quadril para a frente, por cima do pé elevado. Joelho estendido, calcanhar no chão.",
        tilt: "Desloque o quadril para a canela inclinar na direção do dedo mínimo, depois do dedão.",
        rotation: "Gire o quadril para a esquerda, depois para a direita. Mantenha o joelho estendido.",
        safety: "Mais amplitude, mais alongamento. Vá com calma e pare antes de doer.",
      },
      level4: {
        setup:
          "Pé de trabalho numa prancha inclinada ou rampa suave, dedos apontando para cima, perna estendida. Sem as mãos, devagar.",
        forward: "Leve devagar o quadril para a frente, por cima do pé. Joelho estendido, calcanhar no chão.",
        tilt: "Desloque devagar o quadril para a canela inclinar na direção do dedo mínimo, depois do dedão.",
        rotation:
          "Gire devagar o quadril para a esquerda, depois para a direita. Calcanhar no chão, joelho estendido.",
        safety: "Escolha uma rampa suave. Se perder o equilíbrio ou algo doer, pare e volte um nível.",
      },
    },
  },
} as const satisfies CatalogOf<typeof en>;

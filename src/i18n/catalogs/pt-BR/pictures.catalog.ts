import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/pictures.catalog.js";

export default {
  numbered: "{{number}} · {{name}}",
  alt: "{{title}}. Uma imagem em três partes. 1, de lado: {{setup}} 2, de frente: {{tilt}} 3, vista de cima: {{rotation}}",
  setup: {
    "flexed-knee": {
      level1:
        "um joelho no chão, o pé que trabalha apoiado à frente, com o joelho flexionado e as mãos sobre ele; a seta 1 leva o joelho para a frente, por cima dos dedos.",
      level2:
        "em pé de frente para uma parede, mãos nela, o pé que trabalha à frente com o joelho flexionado e o outro um passo atrás; a seta 1 leva o joelho em direção à parede, por cima dos dedos.",
      level3:
        "o pé que trabalha inteiro sobre um degrau, com o joelho flexionado, e o outro pé atrás, no chão; a seta 1 leva o joelho para a frente, por cima dos dedos.",
      level4:
        "afundo sem apoio, um peso junto ao peito e o joelho da frente flexionado; a seta 1 leva o joelho para a frente, por cima dos dedos.",
    },
    "straight-leg": {
      level1:
        "mãos e um joelho no chão, a perna que trabalha estendida para trás, apoiada nos dedos; a seta 1 empurra o calcanhar para trás e em direção ao chão.",
      level2:
        "mãos na parede, a perna que trabalha um passo largo atrás, estendida, com o calcanhar no chão; a seta 1 leva o quadril em direção à parede.",
      level3:
        "a parte da frente do pé que trabalha sobre um degrau, o calcanhar no chão, a perna estendida e uma parede ao alcance; a seta 1 leva o quadril para a frente, por cima do pé.",
      level4:
        "o pé que trabalha sobre uma rampa, com os dedos para cima da rampa, a perna estendida e sem as mãos; a seta 1 leva o quadril para a frente, por cima do pé.",
    },
  },
  tilt: {
    "flexed-knee":
      "o joelho flexionado sobre o pé; a seta 2 leva o joelho em direção ao dedo mínimo e depois ao dedão.",
    "straight-leg":
      "a perna estendida sobre o pé; a seta 2 inclina a perna em direção ao dedo mínimo e depois ao dedão.",
  },
  rotation: {
    "flexed-knee":
      "ombros e quadril atrás do joelho, o pé apoiado inteiro; a seta 3 gira joelho e quadril para a esquerda e depois para a direita.",
    "straight-leg":
      "o quadril à frente do pé, a perna estendida para trás até ele, o pé apoiado inteiro; a seta 3 gira o quadril para a esquerda e depois para a direita.",
  },
} as const satisfies CatalogOf<typeof en>;

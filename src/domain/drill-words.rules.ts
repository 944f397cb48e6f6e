/** Parsing data for drill-input.rules.ts, never shown: the names members read are in the catalogs. */
import type { DrillChoiceValue } from "./drills.rules.js";

export interface DrillWords {
  /** Words that do not say which drill ("ankle matrix", "3-way"). */
  readonly fillers: string;
  readonly and: string;
  readonly names: Readonly<Record<DrillChoiceValue, string>>;
}

/** English fillers count in every language: "Matrix" and "3-way" are typed everywhere. */
export const DRILL_WORDS: { readonly "en-US": DrillWords } & Readonly<Record<string, DrillWords>> = {
  "en-US": {
    fillers: "3 way 3way three threeway ankle ankles mobility matrix matrices drill drills the",
    and: "and",
    names: {
      "flexed-knee": "flexed knee, flexed, flex, flex knee, knee flexed, bent, bent knee, knee bent, soleus",
      "straight-leg":
        "straight leg, straight, straight knee, knee straight, leg straight, gastroc, gastrocs, gastrocnemius",
      both: "both, all",
    },
  },
  "es-ES": {
    fillers:
      "matriz matrices tobillo tobillos de del la el los las en con tres direcciones ejercicio movilidad",
    and: "y e",
    names: {
      "flexed-knee": "rodilla flexionada, rodilla doblada, flexionada, doblada, flexion de rodilla, soleo",
      "straight-leg":
        "pierna estirada, pierna recta, pierna extendida, estirada, recta, extendida, rodilla estirada, rodilla recta, gemelo, gemelos",
      both: "ambas, ambos, las dos, los dos, todas, todos",
    },
  },
  de: {
    fillers:
      "matrix matrizen sprunggelenk sprunggelenke sprunggelenks drei wege 3wege dreiwege richtungen mit dem der die das ubung ubungen mobilitat",
    and: "und",
    names: {
      "flexed-knee":
        "gebeugtes knie, gebeugtem knie, knie gebeugt, gebeugt, gebeugtes, gebeugtem, angewinkeltes knie, knie angewinkelt, angewinkelt, schollenmuskel",
      "straight-leg":
        "gestrecktes bein, gestrecktem bein, bein gestreckt, gestreckt, gestrecktes, gestrecktem, gerades bein, bein gerade, gestrecktes knie, knie gestreckt, zwillingswadenmuskel",
      both: "beide, beides, alle",
    },
  },
  fr: {
    fillers: "matrice matrices cheville chevilles de du la le les en a trois directions exercice mobilite",
    and: "et",
    names: {
      // Not "jambe droite": it also means the right leg.
      "flexed-knee": "genou flechi, genou plie, flechi, plie, genoux flechis, soleaire",
      "straight-leg": "jambe tendue, tendue, tendu, genou tendu, jambes tendues, gastrocnemien, jumeaux",
      both: "les deux, toutes les deux, tous les deux, toutes, tous",
    },
  },
  "pt-BR": {
    fillers:
      "matriz matrizes tornozelo tornozelos de do da dos das em com o a os as tres direcoes exercicio mobilidade",
    and: "e",
    names: {
      "flexed-knee": "joelho flexionado, joelho dobrado, flexionado, dobrado, joelho fletido, fletido, soleo",
      "straight-leg":
        "perna estendida, perna reta, perna esticada, estendida, reta, esticada, joelho estendido, joelho reto, gastrocnemio, gemeos",
      both: "ambas, ambos, as duas, os dois, todas, todos",
    },
  },
};

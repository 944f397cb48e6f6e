import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/pictures.catalog.js";

export default {
  numbered: "{{number}} · {{name}}",
  alt: "{{title}}. Une image en trois parties. 1, de profil : {{setup}} 2, de face : {{tilt}} 3, vu du dessus : {{rotation}}",
  setup: {
    "flexed-knee": {
      level1:
        "un genou au sol, le pied qui travaille à plat devant, genou fléchi, les mains sur ce genou ; la flèche 1 avance le genou au-dessus des orteils.",
      level2:
        "debout face à un mur, les mains dessus, le pied qui travaille devant, genou fléchi, l'autre pied un pas en arrière ; la flèche 1 avance le genou vers le mur, au-dessus des orteils.",
      level3:
        "tout le pied qui travaille sur une marche, genou fléchi, l'autre pied derrière au sol ; la flèche 1 avance le genou au-dessus des orteils.",
      level4:
        "en fente sans appui, un poids tenu contre la poitrine, le genou avant fléchi ; la flèche 1 avance le genou au-dessus des orteils.",
    },
    "straight-leg": {
      level1:
        "les mains et un genou au sol, la jambe qui travaille tendue derrière, orteils repliés ; la flèche 1 pousse le talon vers l'arrière et vers le sol.",
      level2:
        "les mains contre un mur, la jambe qui travaille un grand pas en arrière, tendue, talon au sol ; la flèche 1 amène les hanches vers le mur.",
      level3:
        "l'avant du pied qui travaille sur une marche, le talon au sol, la jambe tendue, un mur à portée de main ; la flèche 1 amène les hanches vers l'avant, au-dessus du pied.",
      level4:
        "le pied qui travaille sur une pente, orteils vers le haut de la pente, jambe tendue, sans les mains ; la flèche 1 amène les hanches vers l'avant, au-dessus du pied.",
    },
  },
  tilt: {
    "flexed-knee":
      "le genou fléchi au-dessus du pied ; la flèche 2 emmène le genou vers le petit orteil, puis vers le gros orteil.",
    "straight-leg":
      "la jambe tendue au-dessus du pied ; la flèche 2 la penche vers le petit orteil, puis vers le gros orteil.",
  },
  rotation: {
    "flexed-knee":
      "les épaules et les hanches derrière le genou, le pied à plat ; la flèche 3 tourne le genou et les hanches à gauche, puis à droite.",
    "straight-leg":
      "les hanches devant le pied, la jambe tendue qui descend vers lui en arrière, le pied à plat ; la flèche 3 tourne les hanches à gauche, puis à droite.",
  },
} as const satisfies CatalogOf<typeof en>;

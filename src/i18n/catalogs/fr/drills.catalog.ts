import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/drills.catalog.js";

export default {
  label: { "flexed-knee": "Matrice genou fléchi", "straight-leg": "Matrice jambe tendue" },
  name: {
    "flexed-knee": "Matrice de cheville 3 directions, genou fléchi",
    "straight-leg": "Matrice de cheville 3 directions, jambe tendue",
  },
  bothMatrices: "les deux matrices",
  level: "Niveau {{level}}",
  levelTitle: {
    "flexed-knee": {
      level1: "semi-agenouillé",
      level2: "fente face au mur",
      level3: "pied avant surélevé",
      level4: "avec charge, sans appui",
    },
    "straight-leg": {
      level1: "mains et genou au sol",
      level2: "appui contre un mur",
      level3: "avant-pied sur une marche",
      level4: "en pente, sans appui",
    },
  },
  levelWithTitle: "Niveau {{level}} · {{title}}",
  command: {
    description: "Comment faire les exercices de cheville à ton niveau",
    drill: "genou fléchi ou jambe tendue (les deux si tu laisses vide)",
  },
  unknownDrill:
    "Je ne connais pas l'exercice « {{input}} ». Tape genou fléchi ou jambe tendue, ou laisse vide pour avoir les deux.",
  choice: {
    "flexed-knee": "genou fléchi (genou plié, soléaire)",
    "straight-leg": "jambe tendue (genou tendu, gastrocnémiens)",
  },
  purpose: {
    "flexed-knee":
      "Genou fléchi : travaille le bas du mollet (soléaire) et la cheville dont tu as besoin en descente.",
    "straight-leg":
      "Jambe tendue : travaille le haut du mollet (gastrocnémiens) dans les trois mêmes directions.",
  },
  plane: { forward: "Avant", tilt: "Latéral", rotation: "Rotation" },
  card: {
    setup: "Mise en place",
    reps: "Répétitions",
    safety: "Sécurité",
    neverIntoPain: "Jamais jusqu'à la douleur.",
  },
  oneSet_one: "Une série : {{count}} répétition lente dans chaque direction sur une jambe, puis sur l'autre.",
  oneSet_many:
    "Une série : {{count}} répétitions lentes dans chaque direction sur une jambe, puis sur l'autre.",
  oneSet_other:
    "Une série : {{count}} répétitions lentes dans chaque direction sur une jambe, puis sur l'autre.",
  howTo: {
    "flexed-knee": {
      level1: {
        setup:
          "Un genou au sol, l'autre pied à plat devant, mains sur ce genou avant. Le talon reste au sol tout du long.",
        forward: "Avance le genou avant bien droit au-dessus des orteils, puis reviens.",
        tilt: "Emmène le genou vers l'extérieur, côté petit orteil, puis vers l'intérieur, côté gros orteil.",
        rotation: "Tourne genou et hanches à gauche, puis à droite. Le pied reste à plat.",
        safety: "Un étirement franc, oui ; la douleur, non. Arrête-toi avant d'avoir mal.",
      },
      level2: {
        setup:
          "Face à un mur, mains dessus. Un pied devant, l'autre une foulée derrière. Plie le genou avant, talon au sol.",
        forward: "Avance le genou avant vers le mur, au-dessus des orteils. Le talon reste au sol.",
        tilt: "Emmène le genou vers le petit orteil, puis vers le gros orteil.",
        rotation: "Tourne genou et hanches à gauche, puis à droite. Tout le pied reste au sol.",
        safety: "Debout, la charge augmente : ne va pas plus loin que ce qui reste sans douleur.",
      },
      level3: {
        setup:
          "Tout le pied avant sur une marche ou un gros livre, pied arrière au sol. Les doigts au mur, juste pour l'équilibre.",
        forward: "Avance le genou surélevé au-dessus des orteils. Le talon reste sur la marche.",
        tilt: "Emmène le genou vers le petit orteil, puis vers le gros orteil.",
        rotation: "Tourne genou et hanches à gauche, puis à droite, pied à plat sur la marche.",
        safety: "Plus d'amplitude, plus d'étirement. Vas-y en douceur et arrête-toi avant d'avoir mal.",
      },
      level4: {
        setup:
          "Fente sans appui, une charge légère contre la poitrine. Lentement : 3 secondes pour aller, 3 pour revenir.",
        forward: "Avance lentement le genou avant au-dessus des orteils. Talon au sol.",
        tilt: "Emmène lentement le genou vers le petit orteil, puis vers le gros orteil.",
        rotation: "Tourne lentement genou et hanches à gauche, puis à droite. Le pied reste ancré.",
        safety:
          "Charge légère uniquement. Si le talon décolle ou si ça fait mal, arrête et redescends d'un niveau.",
      },
    },
    "straight-leg": {
      level1: {
        setup:
          "Mains et un genou au sol. L'autre jambe tendue derrière, orteils repliés, le talon qui cherche le sol.",
        forward: "Pousse le talon vers l'arrière et vers le sol. Le genou reste tendu.",
        tilt: "Décale les hanches pour que le tibia penche vers le petit orteil, puis vers le gros orteil.",
        rotation:
          "Tourne les hanches à gauche, puis à droite. Le talon cherche toujours le sol, genou tendu.",
        safety: "Sens le mollet s'étirer, jamais de douleur. Arrête-toi avant d'avoir mal.",
      },
      level2: {
        setup:
          "Mains au mur, un pied une grande foulée en arrière. Jambe arrière tendue, talon arrière au sol.",
        forward: "Avance les hanches vers le mur jusqu'à sentir le mollet arrière se tendre. Talon au sol.",
        tilt: "Décale les hanches pour que le tibia arrière penche vers le petit orteil, puis vers le gros orteil.",
        rotation: "Tourne les hanches à gauche, puis à droite. Genou arrière tendu, talon au sol.",
        safety: "Debout, la charge augmente : ne va pas plus loin que ce qui reste sans douleur.",
      },
      level3: {
        setup:
          "Avant-pied sur une marche ou un gros livre, talon au sol, jambe tendue. Le bout des doigts au mur seulement si besoin.",
        forward: "Amène les hanches vers l'avant, au-dessus du pied surélevé. Genou tendu, talon au sol.",
        tilt: "Décale les hanches pour que le tibia penche vers le petit orteil, puis vers le gros orteil.",
        rotation: "Tourne les hanches à gauche, puis à droite. Garde le genou tendu.",
        safety: "Plus d'amplitude, plus d'étirement. Vas-y en douceur et arrête-toi avant d'avoir mal.",
      },
      level4: {
        setup:
          "Pied sur une planche inclinée ou une pente douce, orteils vers le haut, jambe tendue. Sans les mains, lentement.",
        forward: "Amène lentement les hanches vers l'avant, au-dessus du pied. Genou tendu, talon au sol.",
        tilt: "Décale lentement les hanches pour que le tibia penche vers le petit orteil, puis vers le gros orteil.",
        rotation: "Tourne lentement les hanches à gauche, puis à droite. Talon au sol, genou tendu.",
        safety:
          "Choisis une pente douce. Si tu perds l'équilibre ou si ça fait mal, arrête et redescends d'un niveau.",
      },
    },
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/measure.catalog.js";

export default {
  command: {
    description: "Test genou-mur : note tes chevilles, ou vois comment mesurer (visible par toi seul)",
    left: "Pied gauche : du gros orteil au mur, en cm ({{min}}-{{max}}, une décimale)",
    right: "Pied droit : du gros orteil au mur, en cm ({{min}}-{{max}}, une décimale)",
  },
  problems: {
    left: "Je ne peux pas noter « {{given}} » pour ton pied gauche : donne des centimètres de {{min}} à {{max}}, avec une décimale au plus, par exemple left: 11.5. Rien n'a été enregistré.",
    right:
      "Je ne peux pas noter « {{given}} » pour ton pied droit : donne des centimètres de {{min}} à {{max}}, avec une décimale au plus, par exemple right: 11.5. Rien n'a été enregistré.",
    none: "Donne au moins un pied, en centimètres de {{min}} à {{max}}, par exemple left: 11.5 right: 12.",
  },
  how: {
    title: "Le test genou-mur : deux minutes",
    steps:
      "1. Enlève ta chaussure. Pose le pied le long d'une ligne de scotch perpendiculaire au mur, talon au sol.\n2. Plie le genou pour toucher le mur, talon toujours au sol.\n3. Recule le pied jusqu'à ce que le genou touche tout juste le mur, talon au sol.\n4. Mesure du gros orteil au mur, en centimètres.\n5. Garde le pied arrière au même endroit à chaque fois. Trois essais par pied ; garde le meilleur.",
    next: "Ensuite, tape `/measure left: … right: …` (une décimale suffit). Refais le test toutes les quatre semaines pour voir ce que les exercices changent.",
  },
  cm: "{{value}} cm",
  side: { left: "Gauche", right: "Droite" },
  record: {
    title: "Genou-mur, {{date}}",
    both: "Gauche {{left}}, droite {{right}} : un écart de {{difference}}.",
    one: "{{side}} : {{value}}.",
    stiffer: {
      left: "Ta cheville gauche est la plus raide : travaille-la en premier, et ajoute-lui une série.",
      right: "Ta cheville droite est la plus raide : travaille-la en premier, et ajoute-lui une série.",
    },
    normal: "Un écart de moins de {{limit}} est normal : continue à travailler les deux côtés pareil.",
    belowTypical:
      "{{side}} {{value}}, c'est sous la fourchette habituelle des coureurs (environ {{low}} ou plus) : les exercices sont faits pour ça.",
    change: {
      none: "{{side}} : pas de changement depuis le {{date}}.",
      "within-error":
        "{{side}} : {{delta}} depuis le {{date}}, dans la marge d'erreur de la mesure (environ {{error}}).",
      gain: "{{side}} : {{delta}} depuis le {{date}}. Ça, c'est un vrai progrès.",
      loss: "{{side}} : {{delta}} depuis le {{date}}. Un jour de fatigue ou de courbatures peut faire ça ; remesure dans une ou deux semaines.",
    },
    replaced: "Cette mesure remplace celle de plus tôt aujourd'hui.",
    footer:
      "Plus c'est haut, mieux c'est : plus de flexion de cheville. Fais le test de la même façon à chaque fois.",
  },
  history: {
    title: "Tes mesures",
    none: "Pas encore de mesure : ce sera ta première.",
    line: "{{date}} : {{values}}",
  },
  progress: {
    title: "Genou-mur",
    latest: "{{values}} le {{date}}",
    stiffer: {
      left: "La gauche a {{behind}} de retard : commence par elle et ajoute une série.",
      right: "La droite a {{behind}} de retard : commence par elle et ajoute une série.",
    },
  },
  chart: {
    title: "Test genou-mur",
    subtitle: "Du gros orteil au mur, en cm · plus haut = plus de flexion de cheville",
    typical: "fourchette habituelle",
  },
  invite: {
    first:
      "Tu veux la preuve que les exercices marchent ? Mesure tes chevilles une fois maintenant : le test genou-mur prend deux minutes et un mètre ruban. Puis refais `/measure` dans quatre semaines.",
    retest:
      "Quatre semaines depuis ta dernière mesure des chevilles : c'est l'heure de refaire le test genou-mur, pour voir ce que les exercices ont changé.",
    button: "Comment mesurer",
  },
  reminder: {
    stiffer: {
      left: "Commence par ta cheville gauche et ajoute-lui une série : elle a {{behind}} de retard sur la droite.",
      right:
        "Commence par ta cheville droite et ajoute-lui une série : elle a {{behind}} de retard sur la gauche.",
    },
  },
} as const satisfies CatalogOf<typeof en>;

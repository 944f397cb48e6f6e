import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/pain.catalog.js";

export default {
  command: {
    description: "Signaler une douleur : ton plan s'allège tout de suite (visible par toi seulement)",
    severity: "0 = aucune douleur, 10 = la pire imaginable",
    location: "Où ça fait mal",
    side: "Quel côté, si c'est d'un seul côté",
    drill: "L'exercice que tu faisais, s'il y en avait un",
    context: "Quand ça a fait mal",
    note: "Autre chose (jusqu'à {{max}} caractères)",
    drillUnknown: "Je ne sais pas",
  },
  location: {
    knee: "Genou",
    ankle: "Cheville",
    calf: "Mollet",
    shin: "Tibia",
    foot: "Pied",
    hip: "Hanche",
    other: "Ailleurs",
  },
  side: {
    left: "Gauche",
    right: "Droite",
    both: "Des deux côtés",
  },
  context: {
    drills: "Pendant les exercices",
    run: "En courant",
    downhill: "En descente",
    morning: "Le matin",
    other: "Autre",
  },
  form: {
    title: "Signaler une douleur",
    severity: "Quelle intensité, de 0 à 10 ?",
    severityHint: "0 = aucune douleur, 10 = la pire que tu puisses imaginer",
    location: "Où ?",
    note: "Autre chose ? (facultatif)",
    moment: "Quand as-tu eu mal ?",
    side: {
      left: "{{location}}, côté gauche",
      right: "{{location}}, côté droit",
      both: "{{location}}, des deux côtés",
    },
  },
  plan: {
    none: "Merci du retour : pas de douleur, c'est une bonne nouvelle. Ton plan ne change pas.",
    thanks: "Merci de me le dire.",
  },
  advice: {
    hold: "Travaille seulement dans l'amplitude qui reste sans douleur, et arrête-toi à la première gêne.",
    "step-down": "Reste dans l'amplitude sans douleur : un exercice ne doit jamais faire mal.",
    reset: "Ne bouge que là où ça ne fait pas mal, et saute un exercice s'il fait mal.",
  },
  running: {
    "no-running":
      "Arrête la course jusqu'à ce que ça se calme ou qu'un professionnel l'ait examiné ; pour reprendre, commence sur du plat.",
    "walk-descents":
      "Lors de tes prochaines sorties, descends en marchant les pentes raides : courir en descente demande le plus de flexion de cheville, et une cheville raide renvoie cette charge vers le genou.",
    "shorter-flatter":
      "Fais tes prochaines sorties plus courtes et sur du plat, là où la cheville a le moins besoin de plier.",
    "before-downhill":
      "Avant de recourir en descente, tu dois pouvoir descendre des escaliers, courir sur du plat et faire tes exercices, le tout sans douleur.",
    "downhill-last":
      "Les descentes reviennent en dernier : d'abord le plat, puis les montées, et la descente seulement quand tout ça se passe bien.",
  },
  physician:
    "Une douleur aussi forte mérite d'être examinée : va voir un médecin du sport ou un kinésithérapeute.",
  escalation: "Comme {{reasons}}, va voir un médecin du sport ou un kinésithérapeute qui pourra t'examiner.",
  reason: {
    "three-in-14-days": "c'est revenu plusieurs fois en deux semaines",
    rising: "ça empire",
    "severity-7-plus": "c'est à 7 sur 10 ou plus",
    "not-settling": "ça ne s'est pas calmé en une semaine",
    "worse-overnight": "c'était pire ce matin qu'hier soir",
    "unsettled-two-mornings": "ça ne s'est pas calmé deux matins de suite",
  },
  pauseOffer: "Si tu veux faire une pause, je peux suspendre tes rappels le temps que tu fasses examiner ça.",
  morningCheckPlanned: "Je reviens vers toi en MP le {{time}} pour voir comment ça a évolué.",
  alreadyRecorded: "Cette douleur était déjà enregistrée ; rien n'a changé une deuxième fois.",
  button: {
    pause_one: "Suspendre les rappels {{count}} jour",
    pause_many: "Suspendre les rappels {{count}} jours",
    pause_other: "Suspendre les rappels {{count}} jours",
    keep: "Continuer",
  },
  answer: {
    pausedUntil:
      "Rappels suspendus jusqu'au {{until}}. Ta série est conservée. Prends soin de toi, et fais /resume quand tu veux reprendre.",
    pausedOpenEnded:
      "Rappels suspendus jusqu'à ce que tu fasses /resume. Ta série est conservée. Prends soin de toi.",
    kept: "OK, les rappels continuent avec le plan allégé. Reste hors de la douleur, et dis-le-moi avec /pain si ça change.",
  },
  morning: {
    settled: "Bonne nouvelle, ça s'est calmé ce matin. Ton plan ne change pas.",
    unsettled:
      "Encore un peu mal ce matin, donc le plan reste tel qu'il est. Reste dans l'amplitude sans douleur.",
    worse: "Pire qu'hier soir, alors j'allège le programme.",
    askAgain: "Je te redemande le {{time}}. Si ça change d'ici là, dis-le-moi avec /pain.",
  },
  problems: {
    "severity-missing":
      "Donne un nombre entier de {{min}} à {{max}} : {{min}}, c'est aucune douleur, {{max}}, la pire que tu puisses imaginer.",
    severity:
      "« {{given}} » n'est pas une note de douleur que je peux utiliser. Donne un nombre entier de {{min}} à {{max}} : {{min}}, c'est aucune douleur, {{max}}, la pire que tu puisses imaginer.",
    "location-missing": "Dis-moi où ça fait mal : choisis un endroit dans la liste.",
    location: "Je ne connais pas l'endroit « {{given}} ». Choisis-en un dans la liste.",
    side: "Je ne connais pas le côté « {{given}} ». Choisis gauche, droite ou des deux côtés.",
    drill: "Je ne connais pas l'exercice « {{given}} ». Choisis-en un dans la liste, ou « Je ne sais pas ».",
    context: "Je ne connais pas le moment « {{given}} ». Choisis-en un dans la liste.",
    "note-not-text": "Écris la note en texte simple.",
    "note-too-long": "Ta note fait {{length}} caractères ; garde-la à {{max}} maximum.",
    sign: "Je ne connais pas le signal d'alerte « {{given}} ». Choisis-en un dans la liste, ou « Rien de tout ça ».",
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/runs.catalog.js";

export default {
  command: {
    description: "Planifie tes sorties : un court échauffement des chevilles avant, un point après",
    add: "Planifie une sortie, chaque semaine ou une seule fois",
    when: 'Quand : chaque semaine, "mer 06:30" ou "lun,jeu 18h", ou une fois, "2027-09-18 7h" ou "demain 6h45"',
    terrain: "Route, sentier ou descente (par défaut : route)",
    warmup: "Minutes avant la sortie pour le message d'échauffement, 5-60 (par défaut : 20)",
    list: "Tes sorties planifiées",
    remove: "Retire une sortie planifiée",
    run: "La sortie à retirer (choisis-la dans la liste)",
  },
  terrain: { road: "route", trail: "sentier", downhill: "descente" },
  when: {
    weekly: "{{days}} à {{time}}",
    once: "{{date}} à {{time}}",
  },
  line: "{{when}} · {{terrain}} · échauffement {{warmup}} min avant",
  added:
    "Sortie planifiée : {{run}}. Je t'enverrai avant un court échauffement des chevilles (quelques minutes), et je te demanderai après comment allaient tes genoux.",
  next: "Prochaines : {{times}}.",
  list: {
    title: "Tes sorties planifiées (heure de {{timeZone}}) :",
    item: "• {{run}}, prochaine {{next}}",
    empty: "Aucune sortie planifiée. Ajoutes-en une avec /runs add, par exemple when: mer 06:30.",
  },
  removed: "Retirée : {{run}}. Plus d'échauffement ni de point pour elle.",
  needTimeZone:
    "Dis-moi d'abord ton fuseau horaire, pour que tes sorties suivent ton heure : /schedule timezone: Europe/Paris (commence à taper ta ville). Puis refais /runs add.",
  tooMany:
    "Tu as déjà {{max}} sorties planifiées, c'est le maximum que je garde. Retires-en une avec /runs remove d'abord.",
  unknownRun:
    "Je ne trouve pas cette sortie parmi les tiennes. Choisis-en une dans la liste en tapant, ou vois-les avec /runs list.",
  problems: {
    "when-empty": 'Dis-moi quand tu cours, par exemple "mer 06:30", "lun,jeu 18:00" ou "2027-09-18 07:00".',
    "when-time":
      'Je ne trouve pas d\'heure dans "{{input}}". Ajoutes-en une au format 24 h HH:MM, par exemple "mer 06:30" ou "demain 6h45".',
    "when-day-missing":
      'Quel jour ? Mets-le avant l\'heure, par exemple "mer 06:30", "sam 08:00" ou "2027-09-18 07:00".',
    "when-day":
      'Je ne reconnais pas "{{input}}" comme un jour. Utilise des noms de jours (mer, lun,jeu, week-end), une date (2027-09-18), aujourd\'hui ou demain.',
    "when-date":
      '"{{input}}" n\'est pas une date du calendrier. Écris-la AAAA-MM-JJ, par exemple 2027-09-18.',
    "when-past":
      "{{when}} est déjà passé. Choisis un moment à venir, ou un jour de la semaine pour une sortie hebdomadaire.",
    "warmup-range":
      "L'échauffement arrive {{min}} à {{max}} minutes avant la sortie. Choisis un nombre dans cet intervalle.",
    terrain: "Choisis route, sentier ou descente dans la liste.",
  },
  warmup: {
    intro:
      "🏃 Sortie {{start}} : c'est l'heure d'un échauffement des chevilles de {{minutes}} minutes. Une série de chaque matrice, répétitions lentes, une jambe puis l'autre.",
    forwardFirst:
      "Vers l'avant d'abord aujourd'hui : le 1 des deux matrices, puis le 2 et le 3 de chacune. Les descentes demandent plus de flexion de cheville que tout le reste de ta sortie, alors ce plan chauffe en premier.",
    step: "{{motion}} · {{reps}} répétitions",
    footer: "Fait enregistre une série de chaque matrice.",
  },
  checkIn: {
    question: "Comment allaient tes genoux dans les descentes de ta sortie {{start}} ?",
    questionRoad: "Comment allaient tes genoux pendant ta sortie {{start}} ?",
  },
  button: {
    done: "Fait",
    skip: "Passer",
    hurt: "Ça a fait mal",
    fine: "Ça va",
    sore: "Un peu douloureux",
    painful: "Douloureux",
  },
  reply: {
    skipped: "⏭️ Passé. Bonne sortie !",
    fine: "👍 C'est noté : une sortie sans douleur. Bravo.",
    painReported: "🩹 C'est noté, merci de me l'avoir dit.",
  },
  progress: {
    title: "Sorties de la semaine",
    value:
      "Planifiées : {{planned}} · échauffements faits : {{warmups}} · points répondus : {{answered}}, dont {{fine}} sans douleur",
    trails:
      "Sers-toi de ta nouvelle mobilité : tu as pratiqué presque tous les jours pendant deux semaines. Va sur les sentiers, descentes comprises, et augmente petit à petit.",
  },
} as const satisfies CatalogOf<typeof en>;

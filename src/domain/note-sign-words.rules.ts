/**
 * The words of the warning signs in a pain note, per language Dorsi speaks, by the ids of the
 * warning-sign table (warning-signs.rules.ts). Pure parsing data, not sentences anyone reads; the
 * scanning (negations, clause breaks) is pain-signs.rules.ts's.
 */

import type { WarningSign } from "./warning-signs.rules.js";

type Language = "en" | "es" | "de" | "fr" | "pt";

interface SignWords {
  /**
   * Phrases on folded text (lower case, accents dropped, ß as ss), by sign. A group named `core`
   * marks the word a negation must come before ("no PAIN at night", "at night no PAIN"); without
   * one the whole phrase is the core. A phrase may hold a negation of its own ("no puedo apoyar",
   * "kann nicht auftreten"): only the words BEFORE the core are checked, so that one still counts.
   */
  readonly signs: Readonly<Partial<Record<WarningSign, readonly RegExp[]>>>;
  /** Words that say a sign is absent when they come just before it ("no swelling", "keine Schwellung"). */
  readonly negations: readonly string[];
}

/** `first` then `second` within `words` words, either way round; `first` is the core. */
function near(first: string, second: string, words = 4): RegExp[] {
  const gap = `(?:\\s+\\S+){0,${words}}?\\s+`;
  return [
    new RegExp(`\\b(?<core>${first})\\b${gap}(?:${second})\\b`),
    new RegExp(`\\b(?:${second})\\b${gap}(?<core>${first})\\b`),
  ];
}

const EN_CANT = "(?:can'?t|cannot|can not|unable to|couldn'?t|could not)";
const EN_PAIN = "pain(?:ful)?|hurts?|hurting|aches?|aching|throbb?(?:s|ing)?|sore";
const ES_PAIN = "duele|duelen|dolia|dolio|dolor(?:es)?|molesta|molestia";
const DE_PAIN = "schmerz\\w*|weh|pocht|pochen|schlimmer";
const FR_PAIN = "douleur\\w*|douloureu\\w*|mal";
const PT_PAIN = "dor(?:es)?|doi|doem|doendo|doia|doeu|dolorid[oa]";

export const WARNING_SIGN_WORDS: Readonly<Record<Language, SignWords>> = {
  en: {
    signs: {
      cannot_bear_weight: [
        new RegExp(
          `\\b${EN_CANT}\\s+(?:bear|put|take|carry|stand)\\s+(?:any|much|my|full|the)?\\s*weight\\b`,
        ),
        new RegExp(`\\b${EN_CANT}\\s+(?:walk|stand|step)\\b`),
        /\b(?:can|could)\s+(?:barely|hardly)\s+(?:walk|stand|put weight|bear weight)\b/,
        /\bnon[- ]?weight[- ]?bearing\b/,
        /\bhad to (?:hop|be carried)\b/,
      ],
      limping: [/\blimp(?:ing|ed|s)?\b/],
      swelling_worse: [/\bswollen\b/, /\bswell(?:ing|ed|s)?\b/, /\bpuff(?:y|ed up)\b/],
      deformity: [/\bdeform(?:ed|ity)\b/, /\bout of place\b/, /\bdislocat\w*/, /\bcrooked\b/],
      gave_way: [
        /\bpopp?ed\b/,
        /\b(?:heard|felt)\s+(?:a\s+|something\s+)?(?:pop|snap|crack)\b/,
        /\bsnapped\b/,
        /\b(?:gave|give|gives|giving)\s+(?:way|out)\b/,
        /\bbuckl(?:ed|es|ing)\b/,
      ],
      numbness: [
        /\bnumb(?:ness)?\b/,
        /\btingl\w*/,
        /\bpins and needles\b/,
        new RegExp(`\\b${EN_CANT}\\s+feel\\s+my\\b`),
        /\blost (?:the )?feeling\b/,
      ],
      calf: [...near("hot|warm|red|swollen|swelling|puffy", "calf|calves", 2), /\b(?:dvt|blood clot|clot)\b/],
      fever: [
        /\bfever\w*/,
        /\b(?:have|had|got|running)\s+a\s+temperature\b/,
        /\bchills\b/,
        /\bshiver\w*/,
        /\bunwell\b/,
        /\b(?:feel|feeling|felt)\s+(?:really\s+|very\s+|quite\s+)?(?:sick|ill|rough|shivery)\b/,
      ],
      night_pain: [
        ...near(EN_PAIN, "at night|in the night|overnight|in bed|at rest|resting|lying down|sitting still"),
        /\bnight\s*(?:time\s*)?(?:pain|ache)\b/,
        /\b(?:wakes?|woke|waking|keeps?|kept)\s+me\s+(?:up|awake)\b/,
        new RegExp(`\\b${EN_CANT}\\s+sleep\\b`),
      ],
    },
    negations: [
      "no",
      "not",
      "without",
      "never",
      "less",
      "none",
      "isn'?t",
      "wasn'?t",
      "aren'?t",
      "hasn'?t",
      "haven'?t",
      "didn'?t",
      "don'?t",
      "doesn'?t",
      "nor",
      "zero",
    ],
  },
  es: {
    signs: {
      cannot_bear_weight: [
        /\bno\s+(?:me\s+|lo\s+|la\s+)?(?:puedo|pude|podia|consigo)\s+(?:ni\s+)?(?:apoyar|pisar|caminar|andar|(?:estar|poner|ponerme|quedarme|mantenerme)\s+de\s+pie|(?:cargar|poner|meter)\s+peso)\b/,
        /\b(?:sin\s+poder|imposible|incapaz\s+de)\s+(?:apoyar|pisar|caminar|andar)\b/,
        /\bno\s+(?:me\s+)?(?:aguanta|soporta)\s+(?:el\s+|mi\s+)?peso\b/,
      ],
      limping: [/\bcoje(?:o|a|ando|ar|ra)\b/, /\bcojera\b/, /\b(?:estoy|voy|ando|iba)\s+coj[oa]\b/],
      swelling_worse: [
        /\bhinchad[oa]s?\b/,
        /\bhinchazon\b/,
        /\b(?:se\s+)?(?:me\s+|le\s+)?hincho\b/,
        /\bhinchando(?:se)?\b/,
        /\binflamad[oa]s?\b/,
      ],
      deformity: [
        /\bdeformad[oa]s?\b/,
        /\bdeformidad\b/,
        /\bfuera\s+de\s+(?:su\s+)?(?:sitio|lugar)\b/,
        /\bdislocad[oa]\b/,
      ],
      gave_way: [
        /\bchasquido\b/,
        /\bcrujido\b/,
        /\bcrujio\b/,
        /\b(?:oi|senti|note|escuche|hizo)\s+(?:un\s+)?(?:crac|crack|clac|pop)\b/,
        /\bme\s+fall(?:o|a|aba)\s+(?:la|el)\b/,
        /\bse\s+me\s+(?:fue|va|iba)\s+(?:la|el)\b/,
        /\bcedio\b/,
      ],
      numbness: [
        /\bhormigue(?:o|a|an)\b/,
        /\bcosquilleo\b/,
        /\bentumecid[oa]s?\b/,
        /\bentumecimiento\b/,
        /\badormecid[oa]s?\b/,
        /\bse\s+me\s+(?:duerme|durmio|duermen)\b/,
        /\bno\s+siento\s+(?:el|la|los|las|mi|mis)\b/,
      ],
      calf: [
        ...near(
          "caliente|roj[oa]s?|enrojecid[oa]s?|hinchad[oa]s?|hinchazon|inflamad[oa]s?",
          "gemelos?|pantorrillas?",
          2,
        ),
        /\btrombosis\b/,
        /\bcoagulo\b/,
      ],
      fever: [
        /\bfiebre\b/,
        /\bfebril\b/,
        /\bfebricula\b/,
        /\bescalofrios?\b/,
        /\bmalestar\b/,
        /\bdestemplad[oa]\b/,
        /\bme\s+(?:encuentro|siento)\s+(?:muy\s+)?mal\b/,
      ],
      night_pain: [
        ...near(
          ES_PAIN,
          "por la noche|de noche|en reposo|en la cama|descansando|tumbad[oa]|acostad[oa]|sentad[oa]",
        ),
        /\bdolor\s+nocturno\b/,
        /\bme\s+despiert[ao]\b/,
        /\bno\s+(?:me\s+deja|puedo)\s+dormir\b/,
      ],
    },
    negations: ["no", "sin", "nada", "ni", "ningun[oa]?", "nunca", "tampoco", "menos", "cero"],
  },
  de: {
    signs: {
      cannot_bear_weight: [
        /\b(?:kann|kannst|konnte)\s+(?:\w+\s+){0,3}?(?:nicht|kaum)\s+(?:mehr\s+|richtig\s+)?(?:auftreten|drauf\s*treten|drauf\s*stehen|belasten|gehen|laufen|stehen|aufstehen)\b/,
        /\b(?:auftreten|belasten|gehen|stehen)\s+(?:ist\s+)?(?:nicht\s+moglich|kaum\s+moglich|unmoglich)\b/,
        /\bnicht\s+belastbar\b/,
      ],
      limping: [/\bhump(?:e?l)\w*/, /\bhink(?:e|en|t|te|end)\b/],
      swelling_worse: [
        /\b(?:an|auf)?geschwollen\b/,
        /\bschwellung(?:en)?\b/,
        /\bschwillt\b/,
        /\bdick\s+geworden\b/,
      ],
      deformity: [/\bverformt\b/, /\bdeformiert\b/, /\bfehlstellung\b/, /\bausgerenkt\b/],
      gave_way: [
        /\bknack(?:en|s)?\b/,
        /\bgeknackt\b/,
        /\bplopp\b/,
        /\bgeploppt\b/,
        /\bknall\b/,
        /\bgeknallt\b/,
        /\bweggeknickt\b/,
        /\bknickt\s+(?:\w+\s+)?weg\b/,
        /\bgab\s+nach\b/,
        /\bnachgegeben\b/,
      ],
      numbness: [
        /\btaub(?:heit\w*)?\b/,
        /\bkribbel\w*/,
        /\bkribbelt\b/,
        /\beingeschlafen\b/,
        /\bameisenlaufen\b/,
        /\bkein\s+gefuhl\b/,
      ],
      calf: [
        ...near(
          "heiss\\w*|warm\\w*|rot|rote[nrms]?|gerotet\\w*|(?:an)?geschwollen\\w*|dick\\w*",
          "waden?",
          3,
        ),
        /\bwadenschwellung\b/,
        /\bthrombose\b/,
        /\bblutgerinnsel\b/,
      ],
      fever: [
        /\bfieb\w*/,
        /\bschuttelfrost\b/,
        /\bunwohl\b/,
        /\bkrank\b/,
        /\b(?:fuhle|fuhl)\s+mich\s+(?:\w+\s+)?(?:krank|schlecht|elend|schlapp)\b/,
        /\berhohte\s+temperatur\b/,
      ],
      night_pain: [
        ...near(DE_PAIN, "nachts|in der nacht|in ruhe|im liegen|im bett|beim liegen|im sitzen"),
        /\b(?:nacht|ruhe)schmerz\w*/,
        /\b(?:weckt|weckte|wecken)\s+mich\b/,
        /\bkann\s+(?:\w+\s+)?nicht\s+(?:schlafen|einschlafen)\b/,
      ],
    },
    negations: ["kein(?:e|en|er|em|es)?", "nicht", "ohne", "nie", "niemals", "weniger", "null"],
  },
  fr: {
    signs: {
      cannot_bear_weight: [
        /\b(?:ne\s+|n')?(?:peux|peut|pouvais|pourrais|arrive|arrivais|parviens|parvenais)\s+(?:pas|plus)\s+(?:a\s+)?(?:poser|appuyer|m'appuyer|marcher|(?:me\s+)?tenir\s+debout|me\s+lever|mettre|porter|prendre\s+appui)\b/,
        /\bimpossible\s+de\s+(?:poser|marcher|m'appuyer|prendre\s+appui|mettre|tenir\s+debout)\b/,
        /\b(?:ne\s+)?tiens\s+(?:pas|plus)\s+debout\b/,
      ],
      limping: [
        /\b(?:je|il|elle|on)\s+boit(?:e|ais|ait)\b/,
        /\bboitill\w*/,
        /\bboiterie\b/,
        /\ben\s+boitant\b/,
      ],
      swelling_worse: [/\bgonfl(?:e|ee|es|ees|ement)\b/, /\benfl(?:e|ee|es|ees|ure)\b/, /\boedeme\b/],
      deformity: [/\bdeform(?:e|ee|es|ees|ation)\b/, /\bdeboite(?:e|s|es)?\b/, /\bluxation\b/],
      gave_way: [
        /\bcraquement\b/,
        /\bclaquement\b/,
        /\ba\s+(?:craque|claque|lache)\b/,
        /\b(?:entendu|senti)\s+(?:un\s+)?(?:crac|clac|pop)\b/,
        /\b(?:s'est|se)\s+derob\w*/,
        /\bderobement\b/,
      ],
      numbness: [
        /\bfourmill\w*/,
        /\bengourdi\w*/,
        /\bpicotement\w*/,
        /\bne\s+sens\s+plus\b/,
        /\bperte\s+de\s+sensibilite\b/,
      ],
      calf: [
        ...near("chaud|rouge|gonfle|gonflee|enfle|enflee|gonflement", "mollets?", 3),
        /\bphlebite\b/,
        /\bthrombose\b/,
        /\bcaillot\b/,
      ],
      fever: [
        /\bfievre\b/,
        /\bfievreu(?:x|se)\b/,
        /\bfrissons?\b/,
        /\b(?:me\s+sens|suis)\s+(?:pas\s+bien|mal|malade|patraque|faible)\b/,
      ],
      night_pain: [
        ...near(FR_PAIN, "la nuit|de nuit|au repos|au lit|allonge|allongee|couche|couchee"),
        /\bdouleur\s+nocturne\b/,
        /\bme\s+reveille\b/,
        /\bm'empeche\s+de\s+dormir\b/,
      ],
    },
    // Not "plus": "plus gonflé qu'hier" is MORE swollen.
    // Nor "pas mal de": that is "quite a lot of".
    negations: ["pas(?! mal de)", "sans", "aucun(?:e)?", "jamais", "ni", "moins", "zero", "ne"],
  },
  pt: {
    signs: {
      cannot_bear_weight: [
        /\bnao\s+(?:consigo|conseguia|consegui|posso|pude|da\s+(?:para|pra))\s+(?:mais\s+)?(?:apoiar|pisar|andar|caminhar|ficar\s+(?:em|de)\s+pe|firmar|(?:colocar|por|botar)\s+(?:peso|o\s+pe))\b/,
        /\b(?:sem\s+conseguir|impossivel)\s+(?:apoiar|pisar|andar|caminhar)\b/,
        /\bnao\s+(?:aguento|suporto)\s+(?:apoiar|pisar|o\s+peso|peso|andar)\b/,
      ],
      limping: [/\bmanc(?:ando|ar|ou|uei|ava)\b/, /\b(?:estou|to|tou|fiquei|ando)\s+manc[oa]\b/],
      swelling_worse: [/\binchad[oa]s?\b/, /\binchaco\b/, /\binchou\b/, /\binchando\b/, /\binflamad[oa]s?\b/],
      deformity: [
        /\bdeformad[oa]s?\b/,
        /\bdeformacao\b/,
        /\b(?:fora|saiu)\s+do\s+lugar\b/,
        /\bdeslocad[oa]\b/,
      ],
      gave_way: [
        /\bestal(?:o|ou|ido|ar)\b/,
        /\bestral(?:o|ou|ar)\b/,
        /\bfalse(?:ou|ia|ando|ar)\b/,
        /\bcedeu\b/,
        /\bsenti\s+um\s+(?:pop|estalo)\b/,
      ],
      numbness: [
        /\bformig(?:amento|ando|a|ou)\b/,
        /\bdormente\b/,
        /\bdormencia\b/,
        /\badormecid[oa]s?\b/,
        /\bnao\s+sinto\s+(?:o|a|os|as|meu|minha|meus|minhas)\b/,
      ],
      calf: [
        ...near("quente|vermelh[oa]|avermelhad[oa]|inchad[oa]|inchaco", "panturrilhas?|batata da perna", 3),
        /\btrombose\b/,
        /\bcoagulo\b/,
      ],
      fever: [
        /\bfebre\b/,
        /\bfebril\b/,
        /\bcalafrios?\b/,
        /\bmal[- ]estar\b/,
        /\bindispost[oa]\b/,
        /\b(?:me\s+sinto|estou|to|tou)\s+(?:muito\s+)?(?:mal|doente)\b/,
      ],
      night_pain: [
        ...near(PT_PAIN, "a noite|de noite|em repouso|na cama|deitad[oa]|parad[oa]|descansando"),
        /\bdor\s+noturna\b/,
        /\bme\s+acord(?:a|ou)\b/,
        /\bacordo\s+com\s+dor\b/,
        /\bnao\s+(?:me\s+deixa|consigo)\s+dormir\b/,
      ],
    },
    negations: ["nao", "sem", "nenhum(?:a)?", "nem", "nunca", "nada", "menos", "zero"],
  },
};

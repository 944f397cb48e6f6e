/**
 * Warning signs written in a pain note (cannot bear weight, swelling, a change in shape, a pop), in
 * every language on every note: people type in the language that comes to them.
 */

type Language = "en" | "es" | "de" | "fr" | "pt";

interface SignWords {
  readonly signs: readonly RegExp[];
  /** Checked only before a sign, since a sign may hold its own negation ("no puedo apoyar"). */
  readonly negations: readonly string[];
}

const WARNING_SIGN_WORDS: Readonly<Record<Language, SignWords>> = {
  en: {
    signs: [
      /\b(?:can'?t|cannot|can not|unable to|couldn'?t|could not)\s+(?:bear|put|take)\s+(?:any\s+)?weight\b/,
      /\b(?:can'?t|cannot|can not|unable to|couldn'?t|could not)\s+(?:walk|stand)\b/,
      /\bswollen\b/,
      /\bswell(?:ing|ed)\b/,
      /\bdeform(?:ed|ity)\b/,
      /\bout of place\b/,
      /\bpopp?ed\b/,
      /\b(?:heard|felt)\s+(?:a\s+)?(?:pop|snap|crack)\b/,
      /\bsnapped\b/,
    ],
    negations: [
      "no",
      "not",
      "without",
      "never",
      "less",
      "isn'?t",
      "wasn'?t",
      "aren'?t",
      "hasn'?t",
      "didn'?t",
      "nor",
      "zero",
    ],
  },
  es: {
    signs: [
      /\bno\s+(?:me\s+|lo\s+|la\s+)?(?:puedo|pude|podia|consigo)\s+(?:ni\s+)?(?:apoyar|pisar|caminar|andar|(?:estar|poner|ponerme|quedarme|mantenerme)\s+de\s+pie|(?:cargar|poner|meter)\s+peso)\b/,
      /\b(?:sin\s+poder|imposible|incapaz\s+de)\s+(?:apoyar|pisar|caminar|andar)\b/,
      /\bhinchad[oa]s?\b/,
      /\bhinchazon\b/,
      /\bse\s+(?:me\s+|le\s+)?hincho\b/,
      /\bdeformad[oa]s?\b/,
      /\bdeformidad\b/,
      /\bfuera\s+de\s+(?:su\s+)?(?:sitio|lugar)\b/,
      /\bdislocad[oa]\b/,
      /\bchasquido\b/,
      /\bcrujido\b/,
      /\bcrujio\b/,
      /\b(?:oi|senti|note|escuche|hizo)\s+(?:un\s+)?(?:crac|clac|pop)\b/,
    ],
    negations: ["no", "sin", "nada", "ni", "ningun[oa]?", "nunca", "tampoco", "menos", "cero"],
  },
  de: {
    signs: [
      /\b(?:kann|kannst|konnte)\s+(?:\w+\s+){0,3}?(?:nicht|kaum)\s+(?:mehr\s+|richtig\s+)?(?:auftreten|drauf\s*treten|drauf\s*stehen|belasten|gehen|laufen|stehen|aufstehen)\b/,
      /\b(?:auftreten|belasten|gehen|stehen)\s+(?:ist\s+)?(?:nicht\s+moglich|kaum\s+moglich|unmoglich)\b/,
      /\bnicht\s+belastbar\b/,
      /\b(?:an|auf)?geschwollen\b/,
      /\bschwellung(?:en)?\b/,
      /\bschwillt\b/,
      /\bdick\s+geworden\b/,
      /\bverformt\b/,
      /\bdeformiert\b/,
      /\bfehlstellung\b/,
      /\bausgerenkt\b/,
      /\bknack(?:en|s)\b/,
      /\bgeknackt\b/,
      /\bplopp\b/,
      /\bgeploppt\b/,
      /\bknall\b/,
      /\bgeknallt\b/,
    ],
    negations: ["kein(?:e|en|er|em|es)?", "nicht", "ohne", "nie", "niemals", "weniger", "null"],
  },
  fr: {
    signs: [
      /\b(?:ne\s+|n')?(?:peux|peut|pouvais|pourrais|arrive|arrivais|parviens|parvenais)\s+(?:pas|plus)\s+(?:a\s+)?(?:poser|appuyer|m'appuyer|marcher|(?:me\s+)?tenir\s+debout|me\s+lever|mettre|prendre\s+appui)\b/,
      /\bimpossible\s+de\s+(?:poser|marcher|m'appuyer|prendre\s+appui|mettre|tenir\s+debout)\b/,
      /\bgonfl(?:e|ee|es|ees|ement)\b/,
      /\benfl(?:e|ee|es|ees|ure)\b/,
      /\boedeme\b/,
      /\bdeform(?:e|ee|es|ees|ation)\b/,
      /\bdeboite(?:e|s|es)?\b/,
      /\bcraquement\b/,
      /\bclaquement\b/,
      /\ba\s+(?:craque|claque)\b/,
      /\b(?:entendu|senti)\s+(?:un\s+)?(?:crac|clac|pop)\b/,
    ],
    // Not "plus": "plus gonflé qu'hier" is MORE swollen.
    negations: ["pas", "sans", "aucun(?:e)?", "jamais", "ni", "moins", "zero"],
  },
  pt: {
    signs: [
      /\bnao\s+(?:consigo|conseguia|consegui|posso|pude|da\s+(?:para|pra))\s+(?:mais\s+)?(?:apoiar|pisar|andar|caminhar|ficar\s+(?:em|de)\s+pe|firmar|(?:colocar|por|botar)\s+(?:peso|o\s+pe))\b/,
      /\b(?:sem\s+conseguir|impossivel)\s+(?:apoiar|pisar|andar|caminhar)\b/,
      /\binchad[oa]s?\b/,
      /\binchaco\b/,
      /\binchou\b/,
      /\bdeformad[oa]s?\b/,
      /\bdeformacao\b/,
      /\b(?:fora|saiu)\s+do\s+lugar\b/,
      /\bdeslocad[oa]\b/,
      /\bestal(?:o|ou|ido)\b/,
    ],
    negations: ["nao", "sem", "nenhum(?:a)?", "nem", "nunca", "nada", "menos", "zero"],
  },
};

/** Every language's negations count for every sign: a note may mix languages. */
const NEGATION = new RegExp(
  `\\b(?:${Object.values(WARNING_SIGN_WORDS)
    .flatMap((words) => words.negations)
    .join("|")})\\b`,
);

const SIGNS: readonly RegExp[] = Object.values(WARNING_SIGN_WORDS).flatMap((words) =>
  words.signs.map((sign) => new RegExp(sign.source, "g")),
);

/** Far enough for "not really swollen" and "kein bisschen geschwollen". */
const NEGATION_REACH_WORDS = 3;

/** So that in "no swelling but I can't walk" the "no" does not cancel the second sign. */
const CLAUSE_BREAK = /[.,;:!?¡¿]|\b(?:and|but|y|pero|aunque|sino|und|aber|doch|sondern|et|mais|mas|porem)\b/;

function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/œ/g, "oe")
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ");
}

function negatedAt(text: string, index: number): boolean {
  const clause = text.slice(0, index).split(CLAUSE_BREAK).at(-1) ?? "";
  const lastWords = clause.trim().split(" ").slice(-NEGATION_REACH_WORDS).join(" ");
  return NEGATION.test(lastWords);
}

/** Errs on the side of caution: only a negation just before a sign ("sin hinchazón") discounts it. */
export function noteMentionsSevereSigns(note: string | undefined | null): boolean {
  if (!note) return false;
  const text = foldForMatching(note);
  return SIGNS.some((sign) => [...text.matchAll(sign)].some((match) => !negatedAt(text, match.index)));
}

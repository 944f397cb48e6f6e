import { describe, expect, it } from "vitest";
import { noteMentionsSevereSigns } from "../../src/domain/pain-signs.rules.js";

/** Per language: notes that describe a warning sign, and notes that say it is absent or none at all. */
const NOTES = {
  en: {
    signs: [
      "I can't bear weight on it",
      "Can’t put weight on my foot",
      "cannot walk since the run",
      "unable to stand",
      "ankle is swollen",
      "Lots of SWELLING around the shin",
      "it looks deformed",
      "something popped",
      "heard a pop going downhill",
      "felt a snap",
      "no pain before, but now swollen",
      "no swelling but I can't walk",
    ],
    clear: [
      "",
      "sore after the downhill",
      "no swelling",
      "not swollen, just stiff",
      "Without any swelling.",
      "less swelling than yesterday",
      "walked home fine",
      "I can walk",
    ],
  },
  es: {
    signs: [
      "No puedo apoyar el pie",
      "desde ayer no puedo ni pisar",
      "no me puedo poner de pie",
      "bajé la cuesta sin poder apoyar",
      "el tobillo está hinchado",
      "mucha hinchazón en la espinilla",
      "se ve deformado",
      "oí un chasquido en la bajada",
      "sin hinchazón, pero no puedo apoyar el pie",
    ],
    clear: [
      "molestia después de la bajada",
      "no está hinchado",
      "sin hinchazón",
      "nada de hinchazón",
      "ni hinchazón ni deformidad",
      "puedo apoyar el pie sin problema",
      "menos hinchado que ayer",
    ],
  },
  de: {
    signs: [
      "Ich kann nicht auftreten",
      "kann den Fuß nicht mehr belasten",
      "Knöchel ist geschwollen",
      "starke Schwellung am Schienbein",
      "sieht verformt aus",
      "beim Bergablaufen ein Knacken gehört",
      "es hat Plopp gemacht",
      "keine Schwellung, aber ich kann nicht auftreten",
    ],
    clear: [
      "muskelkater nach dem bergablaufen",
      "keine Schwellung",
      "nicht geschwollen, nur steif",
      "ohne Schwellung",
      "kein Knacken",
      "kann normal auftreten",
      "weniger geschwollen als gestern",
    ],
  },
  fr: {
    signs: [
      "je ne peux pas poser le pied",
      "je peux plus marcher depuis la sortie",
      "je n’arrive pas à poser le pied",
      "la cheville est gonflée",
      "c'est enflé",
      "gros gonflement sur le tibia",
      "ça a l'air déformé",
      "j'ai entendu un craquement en descente",
      "un claquement dans le mollet",
      "pas de gonflement mais je ne peux pas poser le pied",
    ],
    clear: [
      "courbatures après la descente",
      "pas de gonflement",
      "pas gonflé, juste raide",
      "sans gonflement",
      "aucun gonflement",
      "je peux poser le pied",
      "moins enflé qu'hier",
    ],
  },
  pt: {
    signs: [
      "não consigo apoiar o pé",
      "nao consigo pisar",
      "não dá pra pisar direito",
      "o tornozelo está inchado",
      "muito inchaço na canela",
      "parece deformado",
      "ouvi um estalo na descida",
      "sem inchaço, mas não consigo apoiar o pé",
    ],
    clear: [
      "dolorido depois da descida",
      "não está inchado",
      "sem inchaço",
      "nenhum inchaço",
      "não está deformado",
      "consigo pisar normal",
      "menos inchado que ontem",
    ],
  },
};

describe("warning signs in a pain note", () => {
  for (const [language, { signs, clear }] of Object.entries(NOTES)) {
    describe(language, () => {
      it.each(signs)("detects %j", (note) => {
        expect(noteMentionsSevereSigns(note)).toBe(true);
      });

      it.each(clear)("ignores %j", (note) => {
        expect(noteMentionsSevereSigns(note)).toBe(false);
      });
    });
  }

  it("reads every language whatever the member's Discord language: a mixed note counts", () => {
    expect(noteMentionsSevereSigns("ran 10k, knee felt ok, ahora el tobillo está hinchado")).toBe(true);
  });

  it("a negation inside a sign phrase is part of the sign, a negation before it cancels it", () => {
    expect(noteMentionsSevereSigns("no puedo apoyar")).toBe(true);
    expect(noteMentionsSevereSigns("kann nicht auftreten")).toBe(true);
    expect(noteMentionsSevereSigns("não consigo pisar")).toBe(true);
    expect(noteMentionsSevereSigns("not swollen")).toBe(false);
  });

  it("folds case, accents, œ and apostrophes before matching", () => {
    for (const note of ["HINCHAZÓN", "Déformé", "Œdème à la cheville", "I CAN’T  WALK"]) {
      expect({ note, sign: noteMentionsSevereSigns(note) }).toEqual({ note, sign: true });
    }
  });
});

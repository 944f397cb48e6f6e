import { describe, expect, it } from "vitest";
import { noteWarningSigns } from "../../src/domain/pain-signs.rules.js";

describe("warning signs in a pain note (the corpus is pain-signs-corpus.test.ts)", () => {
  it("reads every language whatever the member's Discord language: a mixed note counts", () => {
    expect(noteWarningSigns("ran 10k, knee felt ok, ahora el tobillo está hinchado")).toEqual([
      "swelling_worse",
    ]);
    expect(noteWarningSigns("sore, und Kribbeln im Fuß, et de la fièvre")).toEqual(["numbness", "fever"]);
  });

  it("a negation inside a sign phrase is part of the sign, a negation before it cancels it", () => {
    expect(noteWarningSigns("no puedo apoyar")).toEqual(["cannot_bear_weight"]);
    expect(noteWarningSigns("kann nicht auftreten")).toEqual(["cannot_bear_weight"]);
    expect(noteWarningSigns("não consigo pisar")).toEqual(["cannot_bear_weight"]);
    expect(noteWarningSigns("not swollen")).toEqual([]);
  });

  it("a negation reaches three words back and stops at a clause break", () => {
    expect(noteWarningSigns("no real sign of swelling")).toEqual(["swelling_worse"]);
    expect(noteWarningSigns("not really swollen")).toEqual([]);
    expect(noteWarningSigns("no pain; swollen")).toEqual(["swelling_worse"]);
  });

  it("a negated occurrence does not hide a later one of the same sign", () => {
    expect(noteWarningSigns("no pain on the run, it hurts at night")).toEqual(["night_pain"]);
  });

  it("reads nothing into an empty note", () => {
    expect(noteWarningSigns(undefined)).toEqual([]);
    expect(noteWarningSigns(null)).toEqual([]);
    expect(noteWarningSigns("   ")).toEqual([]);
  });

  it("folds case, accents, œ and apostrophes before matching", () => {
    for (const note of ["HINCHAZÓN", "Déformé", "Œdème à la cheville", "I CAN’T  WALK"]) {
      expect({ note, sign: noteWarningSigns(note).length > 0 }).toEqual({ note, sign: true });
    }
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { noteWarningSigns } from "../../src/domain/pain-signs.rules.js";
import { SIGN_NOTES } from "../support/pain-sign-notes.js";

const sorted = (signs: readonly string[]) => [...signs].sort();
const passed = new Map<string, number>();

describe("the note-scanning corpus, note by note", () => {
  for (const [language, cases] of Object.entries(SIGN_NOTES)) {
    describe(language, () => {
      it("has at least 40 notes, with and without signs", () => {
        expect(cases.length).toBeGreaterThanOrEqual(40);
        expect(cases.filter(([, signs]) => signs.length === 0).length).toBeGreaterThanOrEqual(15);
        expect(cases.filter(([, signs]) => signs.length > 0).length).toBeGreaterThanOrEqual(20);
      });

      it.each(cases)("%j -> %j", (note, signs) => {
        expect(sorted(noteWarningSigns(note))).toEqual(sorted(signs));
        passed.set(language, (passed.get(language) ?? 0) + 1);
      });
    });
  }

  afterAll(() => {
    const lines = Object.entries(SIGN_NOTES).map(
      ([language, cases]) => `${language}: ${passed.get(language) ?? 0}/${cases.length}`,
    );
    console.info(`note-scanning corpus, notes read right per language: ${lines.join(", ")}`);
  });
});

import { describe, expect, it } from "vitest";
import { CONTEXTS, LOCATIONS, NOTE_MAX } from "../../src/domain/pain.rules.js";
import { parsePainInput, type RawPainInput } from "../../src/domain/pain-input.rules.js";
import { problemMessage, translator } from "../../src/i18n/i18n.js";
import { LOCALES } from "../../src/i18n/locales.js";

type PainProblemCode = Extract<ReturnType<typeof parsePainInput>, { ok: false }>["problem"]["code"];

/** A report refused for each reason parsePainInput can give: the typecheck holds it to every code. */
const REFUSED: Record<PainProblemCode, RawPainInput> = {
  "pain.severity-missing": { severity: null, location: "knee" },
  "pain.severity": { severity: 11, location: "knee" },
  "pain.location-missing": { severity: 1, location: " " },
  "pain.location": { severity: 1, location: "elbow" },
  "pain.side": { severity: 1, location: "knee", side: "middle" },
  "pain.drill": { severity: 1, location: "knee", drill: "hamstrings" },
  "pain.context": { severity: 1, location: "knee", context: "swimming" },
  "pain.note-not-text": { severity: 1, location: "knee", note: 42 },
  "pain.note-too-long": { severity: 1, location: "knee", note: "a".repeat(NOTE_MAX + 1) },
  "pain.sign": { severity: 1, location: "knee", signs: "sore" },
};

describe("parsePainInput", () => {
  it("accepts a full report and normalises it", () => {
    expect(
      parsePainInput({
        severity: "4",
        location: " Knee ",
        drill: "flexed-knee",
        context: "downhill",
        note: "  sore on the descent ",
        signs: "Numbness",
      }),
    ).toEqual({
      ok: true,
      value: {
        severity: 4,
        location: "knee",
        drill: "flexed-knee",
        context: "downhill",
        note: "sore on the descent",
        signs: ["numbness"],
      },
    });
  });

  it("fills in unknown drill and leaves out missing options", () => {
    expect(parsePainInput({ severity: 0, location: "other", drill: null, context: null, note: "" })).toEqual({
      ok: true,
      value: { severity: 0, location: "other", drill: "unknown", signs: null },
    });
  });

  it.each([
    [-1, "-1"],
    [11, "11"],
    [2.5, "2.5"],
    ["seven", "seven"],
    ["  12 ", "12"],
  ])("rejects severity %j, quoting it with the range", (severity, given) => {
    expect(parsePainInput({ severity, location: "knee" })).toEqual({
      ok: false,
      problem: { code: "pain.severity", params: { given, min: 0, max: 10 } },
    });
  });

  it.each(["", null, undefined])("asks for a severity when it is missing (%j)", (severity) => {
    expect(parsePainInput({ severity, location: "knee" })).toEqual({
      ok: false,
      problem: { code: "pain.severity-missing", params: { min: 0, max: 10 } },
    });
  });

  it("rejects an unknown place, and asks for a missing one", () => {
    expect(parsePainInput({ severity: 3, location: "elbow" })).toEqual({
      ok: false,
      problem: { code: "pain.location", params: { given: "elbow" } },
    });
    expect(parsePainInput({ severity: 3, location: null })).toEqual({
      ok: false,
      problem: { code: "pain.location-missing" },
    });
  });

  it("rejects an unknown drill or context, quoting what was given", () => {
    expect(parsePainInput({ severity: 3, location: "knee", drill: "squat" })).toEqual({
      ok: false,
      problem: { code: "pain.drill", params: { given: "squat" } },
    });
    expect(parsePainInput({ severity: 3, location: "knee", context: "gym" })).toEqual({
      ok: false,
      problem: { code: "pain.context", params: { given: "gym" } },
    });
  });

  it("quotes a long paste short", () => {
    const result = parsePainInput({ severity: 3, location: "x".repeat(80) });
    expect(result.ok ? null : result.problem.params?.given).toBe(`${"x".repeat(39)}…`);
  });

  it("takes a note of exactly NOTE_MAX characters and rejects a longer one with both lengths", () => {
    expect(NOTE_MAX).toBe(500);
    expect(parsePainInput({ severity: 1, location: "knee", note: "a".repeat(500) }).ok).toBe(true);
    expect(parsePainInput({ severity: 1, location: "knee", note: "a".repeat(501) })).toEqual({
      ok: false,
      problem: { code: "pain.note-too-long", params: { length: 501, max: 500 } },
    });
  });

  it("rejects a note that is not text and a warning sign it does not know", () => {
    expect(parsePainInput({ severity: 1, location: "knee", note: 5 })).toEqual({
      ok: false,
      problem: { code: "pain.note-not-text" },
    });
    expect(parsePainInput({ severity: 1, location: "knee", signs: "yes" })).toEqual({
      ok: false,
      problem: { code: "pain.sign", params: { given: "yes" } },
    });
    expect(parsePainInput({ severity: 1, location: "knee", signs: ["fever", 3] })).toEqual({
      ok: false,
      problem: { code: "pain.sign", params: { given: "3" } },
    });
  });

  it("exports the choices for the command definitions", () => {
    expect(LOCATIONS).toEqual(["knee", "ankle", "calf", "shin", "foot", "hip", "other"]);
    expect(CONTEXTS).toEqual(["drills", "run", "downhill", "morning", "other"]);
  });
});

describe("pain problems in words", () => {
  it("every problem code has a sentence in every language", () => {
    for (const locale of LOCALES) {
      const tr = translator(locale);
      for (const [code, raw] of Object.entries(REFUSED)) {
        const refused = parsePainInput(raw);
        expect(refused).toMatchObject({ ok: false, problem: { code } });
        const { key } = problemMessage({ code });
        expect({ locale, key, found: tr.t(key) !== key }).toEqual({ locale, key, found: true });
      }
    }
  });

  it("says the given text and the limits", () => {
    const tooHigh = parsePainInput({ severity: 11, location: "knee" });
    if (tooHigh.ok) throw new Error("11 was accepted");
    expect(translator("en-US").say(problemMessage(tooHigh.problem))).toBe(
      "“11” isn't a pain score I can use. Please give a whole number from 0 to 10: 0 is no pain, 10 the worst you can imagine.",
    );
    expect(translator("de").say(problemMessage(tooHigh.problem))).toContain("„11“");
    const long = parsePainInput({ severity: 1, location: "knee", note: "a".repeat(501) });
    if (long.ok) throw new Error("a long note was accepted");
    expect(translator("fr").say(problemMessage(long.problem))).toBe(
      "Ta note fait 501 caractères ; garde-la à 500 maximum.",
    );
  });
});

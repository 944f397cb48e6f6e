import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DatedMeasure,
  interpretMeasure,
  measureStanding,
  parseMeasureInput,
  sameDayMeasure,
} from "../../src/domain/measure.rules.js";
import { problemMessage, translator } from "../../src/i18n/i18n.js";
import { LOCALES } from "../../src/i18n/locales.js";

const measure = (localDate: string, left: number | null, right: number | null): DatedMeasure => ({
  localDate,
  left,
  right,
});

describe("parseMeasureInput", () => {
  it.each([
    [
      { left: 11.5, right: 9 },
      { left: 115, right: 90 },
    ],
    [
      { left: 0, right: 25 },
      { left: 0, right: 250 },
    ],
    [
      { left: 11.1, right: null },
      { left: 111, right: null },
    ],
    [
      { left: undefined, right: "12,5" },
      { left: null, right: 125 },
    ],
    [
      { left: " 7.0 ", right: "" },
      { left: 70, right: null },
    ],
  ])("accepts %j as millimetres %j", (raw, value) => {
    expect(parseMeasureInput(raw)).toEqual({ ok: true, value });
  });

  it.each([
    [{ left: -1, right: 10 }, "measure.left", "-1"],
    [{ left: 10, right: 25.1 }, "measure.right", "25.1"],
    [{ left: 12.34, right: null }, "measure.left", "12.34"],
    [{ left: null, right: "twelve" }, "measure.right", "twelve"],
    [{ left: Number.NaN, right: null }, "measure.left", "NaN"],
    [{ left: "1e1", right: null }, "measure.left", "1e1"],
  ])("refuses %j with %s, quoting it with the range", (raw, code, given) => {
    expect(parseMeasureInput(raw)).toEqual({
      ok: false,
      problem: { code, params: { given, min: 0, max: 25 } },
    });
  });

  it("needs at least one side", () => {
    expect(parseMeasureInput({ left: null, right: undefined })).toMatchObject({
      ok: false,
      problem: { code: "measure.none" },
    });
  });

  it("every problem reads as a sentence with the range in every locale", () => {
    for (const raw of [
      { left: -1, right: 1 },
      { left: 1, right: 99 },
      { left: null, right: null },
    ]) {
      const result = parseMeasureInput(raw);
      if (result.ok) throw new Error("expected a problem");
      for (const locale of LOCALES) {
        const text = translator(locale).say(problemMessage(result.problem));
        expect(text, locale).toContain("25");
        expect(text, locale).not.toContain("problems");
      }
    }
  });

  it("any value of at most one decimal in 0-25 is accepted exactly, as a number or as text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 250 }), (tenths) => {
        const cm = tenths / 10;
        expect(parseMeasureInput({ left: cm, right: String(cm) })).toEqual({
          ok: true,
          value: { left: tenths, right: tenths },
        });
      }),
    );
  });
});

describe("the interpretation table", () => {
  it("a difference of 1.5 cm or more names the stiffer side", () => {
    expect(interpretMeasure(measure("2026-11-24", 95, 110), []).difference).toEqual({
      mm: 15,
      stiffer: "left",
    });
    expect(interpretMeasure(measure("2026-11-24", 130, 100), []).difference).toEqual({
      mm: 30,
      stiffer: "right",
    });
  });

  it("a difference below 1.5 cm is normal", () => {
    expect(interpretMeasure(measure("2026-11-24", 96, 110), []).difference).toEqual({
      mm: 14,
      stiffer: null,
    });
    expect(interpretMeasure(measure("2026-11-24", 120, 120), []).difference).toEqual({
      mm: 0,
      stiffer: null,
    });
  });

  it("one side alone has no difference", () => {
    const reading = interpretMeasure(measure("2026-11-24", 80, null), []);
    expect(reading.difference).toBeNull();
    expect(reading.sides.map((side) => side.side)).toEqual(["left"]);
  });

  it("under 10 cm is below the typical range for runners; 10 cm is inside it", () => {
    const reading = interpretMeasure(measure("2026-11-24", 99, 100), []);
    expect(reading.sides.map((side) => [side.side, side.belowTypical])).toEqual([
      ["left", true],
      ["right", false],
    ]);
  });

  it.each([
    [100, 100, "none", 0],
    [100, 119, "within-error", 19],
    [100, 81, "within-error", -19],
    [100, 120, "gain", 20],
    [100, 80, "loss", -20],
  ])("from %i mm to %i mm is %s (%i mm)", (before, after, kind, deltaMm) => {
    const reading = interpretMeasure(measure("2026-12-15", after, null), [measure("2026-11-24", before, 90)]);
    expect(reading.sides[0]?.change).toEqual({ sinceDate: "2026-11-24", deltaMm, kind });
  });

  it("each side changes since its own previous measure; a first measure has no change", () => {
    const history = [measure("2026-11-01", 90, 100), measure("2026-11-20", 95, null)];
    const reading = interpretMeasure(measure("2026-12-01", 120, 130), history);
    expect(reading.sides.map((side) => side.change)).toEqual([
      { sinceDate: "2026-11-20", deltaMm: 25, kind: "gain" },
      { sinceDate: "2026-11-01", deltaMm: 30, kind: "gain" },
    ]);
    expect(interpretMeasure(measure("2026-11-01", 90, 100), history).sides[0]?.change).toBeNull();
  });

  const mm = fc.integer({ min: 0, max: 250 });

  it("swapping the sides swaps the stiffer side and keeps the difference", () => {
    fc.assert(
      fc.property(mm, mm, (left, right) => {
        const straight = interpretMeasure(measure("2026-11-24", left, right), []).difference;
        const swapped = interpretMeasure(measure("2026-11-24", right, left), []).difference;
        const other = { left: "right", right: "left" } as const;
        expect(swapped?.mm).toBe(straight?.mm);
        expect(swapped?.stiffer ?? null).toBe(straight?.stiffer ? other[straight.stiffer] : null);
      }),
    );
  });

  it("the same value twice is no change, on either side", () => {
    fc.assert(
      fc.property(mm, mm, (left, right) => {
        const reading = interpretMeasure(measure("2026-12-22", left, right), [
          measure("2026-11-24", left, right),
        ]);
        expect(reading.sides.map((side) => side.change?.kind)).toEqual(["none", "none"]);
      }),
    );
  });
});

describe("a second measure the same day", () => {
  it("replaces the first side by side, keeping a side not given", () => {
    expect(sameDayMeasure({ left: 90, right: 100 }, { left: 95, right: null })).toEqual({
      left: 95,
      right: 100,
    });
    expect(sameDayMeasure(undefined, { left: null, right: 100 })).toEqual({ left: null, right: 100 });
  });
});

describe("measureStanding", () => {
  it("takes the stiffer side from the latest measure with both sides", () => {
    const history = [measure("2026-11-01", 80, 110), measure("2026-11-29", 100, null)];
    expect(measureStanding(history)).toEqual({
      stiffer: { side: "left", behindMm: 30 },
      lastMeasuredOn: "2026-11-29",
    });
    expect(measureStanding([])).toEqual({ stiffer: null, lastMeasuredOn: null });
    expect(measureStanding([measure("2026-11-01", 100, 110)]).stiffer).toBeNull();
  });
});

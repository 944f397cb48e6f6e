import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drillAutocomplete, matchDrills, parseDrillInput } from "../../src/domain/drill-input.rules.js";
import { DRILL_WORDS } from "../../src/domain/drill-words.rules.js";
import {
  DRILLS,
  type DrillChoiceValue,
  drillAt,
  isDrill,
  isLevel,
  isRepsStep,
  LEVELS,
  REPS_STEP_COUNT,
  type RepsStep,
  repsFor,
} from "../../src/domain/drills.rules.js";
import { LOCALES } from "../../src/i18n/locales.js";

const REPS_STEP_NUMBERS = Array.from({ length: REPS_STEP_COUNT }, (_, i) => (i + 1) as RepsStep);

describe("catalogue", () => {
  it("does every level of both matrices in the three planes, in order", () => {
    for (const drill of DRILLS) {
      for (const level of LEVELS) {
        expect(drillAt(drill, level)).toEqual({ drill, level, planes: ["forward", "tilt", "rotation"] });
      }
    }
    expect(drillAt("straight-leg", 4).planes).toEqual(["forward", "tilt", "rotation"]);
  });

  it("grows reps inside every level, starting again low at the next", () => {
    expect(REPS_STEP_COUNT).toBeGreaterThanOrEqual(2);
    for (const level of LEVELS) {
      const reps = REPS_STEP_NUMBERS.map((step) => repsFor(level, step));
      for (let i = 1; i < reps.length; i++) expect(reps[i]).toBeGreaterThan(reps[i - 1] as number);
      for (const rep of reps) expect(Number.isInteger(rep) && rep > 0).toBe(true);
    }
    expect(repsFor(1, 1)).toBe(5);
    expect(repsFor(1, 2)).toBe(8);
    expect(repsFor(2, 1)).toBeLessThan(repsFor(1, 3));
  });

  it("guards levels, steps and drill names", () => {
    expect(LEVELS.every(isLevel)).toBe(true);
    expect([0, 5, 1.5, -1].some(isLevel)).toBe(false);
    expect(REPS_STEP_NUMBERS.every(isRepsStep)).toBe(true);
    expect([0, 4, 2.5].some(isRepsStep)).toBe(false);
    expect(isDrill("flexed-knee")).toBe(true);
    expect(isDrill("bent")).toBe(false);
  });
});

describe("parseDrillInput / matchDrills", () => {
  const table: [string, DrillChoiceValue | null][] = [
    ["flexed-knee", "flexed-knee"],
    ["Flexed-Knee", "flexed-knee"],
    ["flexed", "flexed-knee"],
    ["bent", "flexed-knee"],
    ["knee bent", "flexed-knee"],
    ["bent knee", "flexed-knee"],
    ["bent-knee", "flexed-knee"],
    ["  Bent_Knee!! ", "flexed-knee"],
    ["soleus", "flexed-knee"],
    ["SOLEUS", "flexed-knee"],
    ["flexed knee matrix", "flexed-knee"],
    ["flexed-knee 3-way ankle matrix", "flexed-knee"],
    ["flexedknee", "flexed-knee"],
    ["straight", "straight-leg"],
    ["straight-leg", "straight-leg"],
    ["straight leg", "straight-leg"],
    ["Straight  Leg", "straight-leg"],
    ["straightleg", "straight-leg"],
    ["gastroc", "straight-leg"],
    ["Gastrocnemius", "straight-leg"],
    ["straight-leg drill", "straight-leg"],
    ["both", "both"],
    ["Both!", "both"],
    ["all", "both"],
    ["ALL", "both"],
    ["both matrices", "both"],
    ["flexed and straight", "both"],
    ["bent + straight-leg", "both"],
    ["flexed-knee, straight-leg", "both"],
    ["bent and bent knee", "flexed-knee"],
    ["", null],
    ["   ", null],
    ["knee", null],
    ["leg", null],
    ["calf", null],
    ["matrix", null],
    ["hamstring", null],
    ["flexed-kneeX", null],
    ["straight banana", null],
    ["flexed and banana", null],
    ["both knees", null],
    ["🦶", null],
  ];

  const multilingual: [string, DrillChoiceValue | null][] = [
    // Spanish
    ["rodilla flexionada", "flexed-knee"],
    ["Rodilla doblada", "flexed-knee"],
    ["matriz de tobillo, rodilla flexionada", "flexed-knee"],
    ["sóleo", "flexed-knee"],
    ["pierna estirada", "straight-leg"],
    ["pierna recta", "straight-leg"],
    ["Matriz de pierna estirada", "straight-leg"],
    ["gemelos", "straight-leg"],
    ["ambas", "both"],
    ["las dos", "both"],
    ["rodilla flexionada y pierna estirada", "both"],
    ["rodilla", null],
    // German
    ["gebeugtes Knie", "flexed-knee"],
    ["Knie gebeugt", "flexed-knee"],
    ["Matrix mit gebeugtem Knie", "flexed-knee"],
    ["3-Wege-Sprunggelenk-Matrix, Knie gebeugt", "flexed-knee"],
    ["gestrecktes Bein", "straight-leg"],
    ["Bein gestreckt", "straight-leg"],
    ["beide", "both"],
    ["gebeugt und gestreckt", "both"],
    ["Knie", null],
    ["Wade", null],
    // French
    ["genou fléchi", "flexed-knee"],
    ["GENOU FLECHI", "flexed-knee"],
    ["genou plié", "flexed-knee"],
    ["matrice de cheville, genou fléchi", "flexed-knee"],
    ["jambe tendue", "straight-leg"],
    ["les deux", "both"],
    ["genou fléchi et jambe tendue", "both"],
    ["jambe droite", null],
    ["mollet", null],
    // Brazilian Portuguese
    ["joelho flexionado", "flexed-knee"],
    ["joelho dobrado", "flexed-knee"],
    ["matriz de tornozelo, joelho flexionado", "flexed-knee"],
    ["perna estendida", "straight-leg"],
    ["perna reta", "straight-leg"],
    ["ambos", "both"],
    ["as duas", "both"],
    ["joelho flexionado e perna estendida", "both"],
    ["panturrilha", null],
    // Mixed: one part per language
    ["bent + jambe tendue", "both"],
    ["gebeugtes Knie, gebeugt", "flexed-knee"],
  ];

  it.each([...table, ...multilingual])("%j -> %j", (text, expected) => {
    expect(parseDrillInput(text)).toBe(expected);
    const drills = matchDrills(text);
    if (expected === null) expect(drills).toEqual([]);
    else if (expected === "both") expect(drills).toEqual([...DRILLS]);
    else expect(drills).toEqual([expected]);
  });

  it("understands every name in every language's table as what it names", () => {
    expect(Object.keys(DRILL_WORDS).sort()).toEqual([...LOCALES].sort());
    for (const words of Object.values(DRILL_WORDS)) {
      for (const [value, names] of Object.entries(words.names)) {
        for (const name of names.split(","))
          expect({ name, parsed: parseDrillInput(name) }).toEqual({ name, parsed: value });
      }
    }
  });

  it("accepts each drill's own name and never throws", () => {
    for (const drill of DRILLS) expect(parseDrillInput(drill)).toBe(drill);
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseDrillInput(text);
        expect(parsed === null || parsed === "both" || isDrill(parsed)).toBe(true);
      }),
    );
  });
});

describe("drillAutocomplete", () => {
  it("offers every choice for empty text", () => {
    expect(drillAutocomplete("")).toEqual(["flexed-knee", "straight-leg", "both"]);
    expect(drillAutocomplete("  ", "de")).toEqual(["flexed-knee", "straight-leg", "both"]);
  });

  it("narrows and ranks while the member types", () => {
    expect(drillAutocomplete("fl")).toEqual(["flexed-knee"]);
    expect(drillAutocomplete("flexed-kn")).toEqual(["flexed-knee"]);
    expect(drillAutocomplete("be")).toEqual(["flexed-knee"]);
    expect(drillAutocomplete("sol")).toEqual(["flexed-knee"]);
    expect(drillAutocomplete("str")).toEqual(["straight-leg"]);
    expect(drillAutocomplete("straight l")).toEqual(["straight-leg"]);
    expect(drillAutocomplete("gas")).toEqual(["straight-leg"]);
    expect(drillAutocomplete("bo")).toEqual(["both"]);
    expect(drillAutocomplete("all")).toEqual(["both"]);
    expect(drillAutocomplete("flexed knee ma")).toEqual(["flexed-knee"]);
    // Ambiguous: both matrices mention the knee; an exact alias wins the ranking.
    expect(drillAutocomplete("knee")).toEqual(["flexed-knee", "straight-leg"]);
    expect(drillAutocomplete("knee straight")[0]).toBe("straight-leg");
    expect(drillAutocomplete("s")).toEqual(expect.arrayContaining(["straight-leg", "flexed-knee"]));
  });

  it("completes half-typed words in the member's language", () => {
    expect(drillAutocomplete("rodilla do", "es-ES")[0]).toBe("flexed-knee");
    expect(drillAutocomplete("pierna est", "es-ES")).toEqual(["straight-leg"]);
    expect(drillAutocomplete("amb", "es-ES")).toEqual(["both"]);
    expect(drillAutocomplete("gebeu", "de")).toEqual(["flexed-knee"]);
    expect(drillAutocomplete("gestr", "de")).toEqual(["straight-leg"]);
    expect(drillAutocomplete("Knie", "de")).toEqual(["flexed-knee", "straight-leg"]);
    // German "be" starts Bein and beide as well as English "bent".
    expect(drillAutocomplete("be", "de")).toEqual(["flexed-knee", "straight-leg", "both"]);
    expect(drillAutocomplete("genou fl", "fr")).toEqual(["flexed-knee"]);
    expect(drillAutocomplete("jambe", "fr")).toEqual(["straight-leg"]);
    expect(drillAutocomplete("joelho dob", "pt-BR")).toEqual(["flexed-knee"]);
    expect(drillAutocomplete("perna est", "pt-BR")).toEqual(["straight-leg"]);
  });

  it("finds whole words of every language whatever the member's locale", () => {
    expect(drillAutocomplete("rodilla doblada")).toEqual(["flexed-knee"]);
    expect(drillAutocomplete("gestrecktes Bein", "fr")[0]).toBe("straight-leg");
    expect(drillAutocomplete("jambe tendue", "es-ES")[0]).toBe("straight-leg");
    expect(drillAutocomplete("perna estendida", "de")[0]).toBe("straight-leg");
    expect(drillAutocomplete("beide")).toEqual(["both"]);
    // ...but a half-typed German word is not guessed for an English member.
    expect(drillAutocomplete("gebeu")).toEqual([]);
  });

  it("offers nothing for nonsense or fillers alone", () => {
    expect(drillAutocomplete("xyz")).toEqual([]);
    expect(drillAutocomplete("hamstring")).toEqual([]);
    expect(drillAutocomplete("flexed banana")).toEqual([]);
    expect(drillAutocomplete("matrix")).toEqual([]);
    expect(drillAutocomplete("Sprunggelenk Matrix", "de")).toEqual([]);
    expect(drillAutocomplete("tobillo", "es-ES")).toEqual([]);
  });

  it("returns at most the three values once each, the parsed drill first", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...LOCALES), (text, locale) => {
        const values = drillAutocomplete(text, locale);
        expect(values.length).toBeLessThanOrEqual(3);
        expect(new Set(values).size).toBe(values.length);
        for (const value of values) expect(parseDrillInput(value)).toBe(value);
        const parsed = parseDrillInput(text);
        if (parsed !== null && text.trim() !== "") expect(values[0]).toBe(parsed);
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DRILLS,
  drillAt,
  drillAutocomplete,
  drillHowTo,
  drillLabel,
  drillName,
  drillOneLiner,
  isDrill,
  isLevel,
  isRepsStep,
  LEVELS,
  levelTitle,
  matchDrills,
  PLANES,
  parseDrillInput,
  REPS_STEP_NUMBERS,
  REPS_STEPS,
  repsFor,
} from "../../src/domain/drills.js";

const CELLS = DRILLS.flatMap((drill) => LEVELS.map((level) => [drill, level] as const));

describe("catalogue", () => {
  it.each(CELLS)("%s level %i has a title, set-up, three motions and a safety line", (drill, level) => {
    const card = drillAt(drill, level);
    expect(card.drill).toBe(drill);
    expect(card.level).toBe(level);
    expect(card.name).toBe(drillName(drill));
    expect(card.title).toMatch(new RegExp(`^Level ${level} · \\S`));
    expect(card.setup.trim().length).toBeGreaterThan(10);
    expect(card.safety.trim().length).toBeGreaterThan(10);
    expect(card.safety.toLowerCase()).toMatch(/pain|hurts/);
    expect(card.motions.map((motion) => motion.plane)).toEqual([...PLANES]);
    for (const motion of card.motions) expect(motion.cue.trim().length).toBeGreaterThan(10);
  });

  it("names the matrices", () => {
    expect(drillAt("flexed-knee", 1).name).toBe("Flexed-knee 3-way ankle matrix");
    expect(drillAt("straight-leg", 1).name).toBe("Straight-leg 3-way ankle matrix");
    expect(drillAt("flexed-knee", 1).title).toBe("Level 1 · half-kneeling");
    expect(drillLabel("flexed-knee")).toBe("Flexed-knee matrix");
    expect(drillLabel("straight-leg")).toBe("Straight-leg matrix");
  });

  it("has a distinct set-up and title at every level of a matrix", () => {
    for (const drill of DRILLS) {
      const cards = LEVELS.map((level) => drillAt(drill, level));
      expect(new Set(cards.map((card) => card.setup)).size).toBe(LEVELS.length);
      expect(new Set(cards.map((card) => card.title)).size).toBe(LEVELS.length);
    }
  });

  it("keeps text short enough for a phone", () => {
    for (const [drill, level] of CELLS) {
      const card = drillAt(drill, level);
      for (const text of [card.setup, card.safety, ...card.motions.map((motion) => motion.cue)]) {
        expect(text.length).toBeLessThanOrEqual(120);
      }
    }
  });

  it("grows reps inside every level, starting again low at the next", () => {
    expect(REPS_STEPS.length).toBeGreaterThanOrEqual(2);
    for (const level of LEVELS) {
      const reps = REPS_STEP_NUMBERS.map((step) => repsFor(level, step));
      for (let i = 1; i < reps.length; i++) expect(reps[i]).toBeGreaterThan(reps[i - 1] as number);
      for (const rep of reps) expect(Number.isInteger(rep) && rep > 0).toBe(true);
    }
    expect(repsFor(1, 1)).toBe(5);
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

  it("gives a one-liner for reminders and a how-to for /drills", () => {
    expect(drillOneLiner("flexed-knee", 1, 2)).toBe(
      "Flexed-knee matrix, level 1 · half-kneeling: 8 reps each way (forward, tilt, rotation), both legs.",
    );
    for (const [drill, level] of CELLS) {
      expect(drillOneLiner(drill, level, 3)).toContain(`level ${level}`);
      const lines = drillHowTo(drill, level, 1);
      expect(lines[0]).toBe(`${drillName(drill)} · ${levelTitle(drill, level)}`);
      expect(lines.join("\n")).toContain(`${repsFor(level, 1)} slow reps each direction`);
      expect(lines.filter((line) => /^(Forward|Tilt|Rotation): /.test(line))).toHaveLength(3);
    }
  });
});

describe("parseDrillInput / matchDrills", () => {
  const table: [string, ReturnType<typeof parseDrillInput>][] = [
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

  it.each(table)("%j -> %j", (text, expected) => {
    expect(parseDrillInput(text)).toBe(expected);
    const drills = matchDrills(text);
    if (expected === null) expect(drills).toEqual([]);
    else if (expected === "both") expect(drills).toEqual([...DRILLS]);
    else expect(drills).toEqual([expected]);
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
  const values = (text: string) => drillAutocomplete(text).map((choice) => choice.value);

  it("offers every choice for empty text", () => {
    expect(values("")).toEqual(["flexed-knee", "straight-leg", "both"]);
    expect(values("  ")).toEqual(["flexed-knee", "straight-leg", "both"]);
  });

  it("narrows and ranks while the member types", () => {
    expect(values("fl")).toEqual(["flexed-knee"]);
    expect(values("flexed-kn")).toEqual(["flexed-knee"]);
    expect(values("be")).toEqual(["flexed-knee"]);
    expect(values("sol")).toEqual(["flexed-knee"]);
    expect(values("str")).toEqual(["straight-leg"]);
    expect(values("straight l")).toEqual(["straight-leg"]);
    expect(values("gas")).toEqual(["straight-leg"]);
    expect(values("bo")).toEqual(["both"]);
    expect(values("all")).toEqual(["both"]);
    expect(values("flexed knee ma")).toEqual(["flexed-knee"]);
    // Ambiguous: both matrices mention the knee; an exact alias wins the ranking.
    expect(values("knee")).toEqual(["flexed-knee", "straight-leg"]);
    expect(values("knee straight")[0]).toBe("straight-leg");
    expect(values("s")).toEqual(expect.arrayContaining(["straight-leg", "flexed-knee"]));
  });

  it("offers nothing for nonsense or fillers alone", () => {
    expect(values("xyz")).toEqual([]);
    expect(values("hamstring")).toEqual([]);
    expect(values("flexed banana")).toEqual([]);
    expect(values("matrix")).toEqual([]);
  });

  it("returns valid Discord choices, the parsed drill first", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const choices = drillAutocomplete(text);
        expect(choices.length).toBeLessThanOrEqual(3);
        expect(new Set(choices.map((choice) => choice.value)).size).toBe(choices.length);
        for (const choice of choices) {
          expect(choice.name.length).toBeGreaterThan(0);
          expect(choice.name.length).toBeLessThanOrEqual(100);
          expect(parseDrillInput(choice.value)).toBe(choice.value);
        }
        const parsed = parseDrillInput(text);
        if (parsed !== null && text.trim() !== "") expect(choices[0]?.value).toBe(parsed);
      }),
    );
  });
});

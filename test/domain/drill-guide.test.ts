import { describe, expect, it } from "vitest";
import { drillGuide } from "../../src/domain/drill-guide.rules.js";
import type { Drill } from "../../src/domain/drills.rules.js";
import { initialProgression, type ProgressionState } from "../../src/domain/progression.rules.js";

const progressions = new Map<Drill, ProgressionState>([
  ["flexed-knee", { ...initialProgression("flexed-knee"), level: 3, repsStep: 2 }],
  ["straight-leg", initialProgression("straight-leg")],
]);
const described = (typed: string | null) =>
  drillGuide(typed, progressions)?.map((state) => [state.drill, state.level, state.repsStep]);

describe("drillGuide (/drills)", () => {
  it("describes both matrices, each at the member's own level, when no drill is typed", () => {
    expect(described(null)).toEqual([
      ["flexed-knee", 3, 2],
      ["straight-leg", 1, 1],
    ]);
  });

  it("describes only the matrix typed, in any of Dorsi's languages", () => {
    expect(described("straight-leg")).toEqual([["straight-leg", 1, 1]]);
    expect(described("rodilla flexionada")).toEqual([["flexed-knee", 3, 2]]);
    expect(described("gebeugt + gestreckt")).toEqual([
      ["flexed-knee", 3, 2],
      ["straight-leg", 1, 1],
    ]);
  });

  it("answers null when the text names no drill", () => {
    expect(drillGuide("Oberschenkel", progressions)).toBeNull();
    expect(drillGuide("calf stretch", progressions)).toBeNull();
  });

  it("leaves out a matrix the member has no progression for", () => {
    const onlyFlexed = new Map([["flexed-knee", initialProgression("flexed-knee")]] as const);
    expect(drillGuide(null, onlyFlexed)?.map((state) => state.drill)).toEqual(["flexed-knee"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBackOff } from "../../src/domain/back-off.rules.js";
import { initialProgression, ladderIndex, spotOf } from "../../src/domain/progression.rules.js";
import { at, backOffArb, HOUR, startArb, stateAt, T0 } from "../support/progression.js";

describe("applyBackOff transitions", () => {
  const state = stateAt(3, 2, { painFreeSets: 4, practiceDays: ["2026-02-27", "2026-02-28"] });

  it("none changes nothing", () => {
    const result = applyBackOff(state, { kind: "none" }, T0);
    expect(result.state).toBe(state);
    expect(result.outcome).toEqual({ kind: "none", at: { level: 3, repsStep: 2, reps: 8 } });
  });

  it("hold keeps level and reps, restarts the pain-free run, and holds for the given hours", () => {
    const result = applyBackOff(state, { kind: "hold", hours: 48 }, T0);
    expect(result.state).toEqual({ ...state, painFreeSets: 0, practiceDays: [], holdUntil: at(48) });
    expect(result.outcome).toEqual({ kind: "hold", at: spotOf(state), holdUntil: at(48), extended: true });
  });

  it("a hold never shortens an existing longer one", () => {
    const longHold = { ...state, holdUntil: at(7 * 24) };
    const result = applyBackOff(longHold, { kind: "hold", hours: 48 }, T0);
    expect(result.state.holdUntil).toEqual(at(7 * 24));
    expect(result.outcome).toMatchObject({ kind: "hold", holdUntil: at(7 * 24), extended: false });
  });

  it("step-down goes one level down to the first reps step, resets counters and holds", () => {
    const result = applyBackOff(state, { kind: "step-down", hours: 72 }, T0);
    expect(result.state).toEqual({
      drill: "flexed-knee",
      level: 2,
      repsStep: 1,
      painFreeSets: 0,
      practiceDays: [],
      holdUntil: at(72),
    });
    expect(result.outcome).toEqual({
      kind: "step-down",
      from: { level: 3, repsStep: 2, reps: 8 },
      to: { level: 2, repsStep: 1, reps: 5 },
      moved: true,
      holdUntil: at(72),
    });
  });

  it("step-down at level 1 stays at level 1, reps back to the first step", () => {
    const result = applyBackOff(stateAt(1, 3, { painFreeSets: 2 }), { kind: "step-down", hours: 72 }, T0);
    expect(result.state).toMatchObject({ level: 1, repsStep: 1, painFreeSets: 0, holdUntil: at(72) });
    expect(result.outcome).toMatchObject({ kind: "step-down", to: { level: 1, repsStep: 1 }, moved: true });
    const again = applyBackOff(result.state, { kind: "step-down", hours: 72 }, at(1));
    expect(again.outcome).toMatchObject({ kind: "step-down", moved: false, holdUntil: at(73) });
  });

  it("reset goes back to level 1 step 1 and holds", () => {
    const result = applyBackOff(stateAt(4, 3, { painFreeSets: 3 }), { kind: "reset", hours: 7 * 24 }, T0);
    expect(result.state).toEqual({ ...initialProgression("flexed-knee"), holdUntil: at(7 * 24) });
    expect(result.outcome).toEqual({
      kind: "reset",
      from: { level: 4, repsStep: 3, reps: 10 },
      to: { level: 1, repsStep: 1, reps: 5 },
      moved: true,
      holdUntil: at(7 * 24),
    });
  });

  it("rejects negative or non-finite hold hours", () => {
    expect(() => applyBackOff(state, { kind: "hold", hours: -1 }, T0)).toThrow(RangeError);
    expect(() => applyBackOff(state, { kind: "reset", hours: Number.NaN }, T0)).toThrow(RangeError);
  });
});

describe("back-off properties", () => {
  it("no back-off ever raises the level or the reps, or shortens a hold", () => {
    fc.assert(
      fc.property(
        startArb,
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.integer({ min: -500, max: 500 }), { nil: null }),
        backOffArb,
        (start, painFreeSets, holdHours, backOff) => {
          const before = { ...start, painFreeSets, holdUntil: holdHours === null ? null : at(holdHours) };
          const { state: after } = applyBackOff(before, backOff, T0);
          expect(after.level).toBeLessThanOrEqual(before.level);
          expect(after.repsStep).toBeLessThanOrEqual(before.repsStep);
          expect(ladderIndex(after)).toBeLessThanOrEqual(ladderIndex(before));
          if (before.holdUntil !== null) {
            expect(after.holdUntil?.getTime()).toBeGreaterThanOrEqual(before.holdUntil.getTime());
          }
          if (backOff.kind !== "none") {
            expect(after.holdUntil?.getTime()).toBeGreaterThanOrEqual(T0.getTime() + backOff.hours * HOUR);
          }
        },
      ),
    );
  });
});

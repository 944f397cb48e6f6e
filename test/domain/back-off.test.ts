import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBackOff } from "../../src/domain/back-off.rules.js";
import { DRILLS } from "../../src/domain/drills.rules.js";
import { decidePain, LOCATIONS, type PainDrill } from "../../src/domain/pain.rules.js";
import { initialProgression, ladderIndex, spotOf } from "../../src/domain/progression.rules.js";
import { at, backOffArb, HOUR, practiceOf, startArb, stateAt, T0 } from "../support/progression.js";

describe("applyBackOff transitions", () => {
  const state = stateAt(3, 2, { practice: practiceOf(2, 4) });

  it("none changes nothing", () => {
    const result = applyBackOff(state, { kind: "none" }, T0);
    expect(result.state).toBe(state);
    expect(result.outcome).toEqual({ kind: "none", at: { level: 3, repsStep: 2, reps: 8 } });
  });

  it("hold keeps level and reps, restarts the pain-free run, and holds for the given hours", () => {
    const result = applyBackOff(state, { kind: "hold", hours: 48 }, T0);
    expect(result.state).toEqual({ ...state, practice: [], holdUntil: at(48) });
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
      practice: [],
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
    const result = applyBackOff(
      stateAt(1, 3, { practice: practiceOf(1, 2) }),
      { kind: "step-down", hours: 72 },
      T0,
    );
    expect(result.state).toMatchObject({ level: 1, repsStep: 1, practice: [], holdUntil: at(72) });
    expect(result.outcome).toMatchObject({ kind: "step-down", to: { level: 1, repsStep: 1 }, moved: true });
    const again = applyBackOff(result.state, { kind: "step-down", hours: 72 }, at(1));
    expect(again.outcome).toMatchObject({ kind: "step-down", moved: false, holdUntil: at(73) });
  });

  it("reset goes back to level 1 step 1 and holds", () => {
    const result = applyBackOff(
      stateAt(4, 3, { practice: practiceOf(1, 3) }),
      { kind: "reset", hours: 7 * 24 },
      T0,
    );
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
        fc.integer({ min: 0, max: 13 }),
        fc.option(fc.integer({ min: -500, max: 500 }), { nil: null }),
        backOffArb,
        (start, days, holdHours, backOff) => {
          const practice = practiceOf(days, days * 2);
          const before = { ...start, practice, holdUntil: holdHours === null ? null : at(holdHours) };
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

  it("no pain report ever raises a level or the reps, or shortens a hold", () => {
    fc.assert(
      fc.property(
        startArb,
        fc.option(fc.integer({ min: -500, max: 500 }), { nil: null }),
        fc.record({
          severity: fc.integer({ min: 0, max: 10 }),
          location: fc.constantFrom(...LOCATIONS),
          drill: fc.constantFrom<PainDrill | null>(...DRILLS, "unknown", null),
        }),
        (start, holdHours, report) => {
          const before = { ...start, holdUntil: holdHours === null ? null : at(holdHours) };
          const decision = decidePain({ ...report, reportedAt: T0 });
          for (const drill of decision.plan.drills) {
            const { state: after } = applyBackOff({ ...before, drill }, decision.plan.backOff, T0);
            expect(ladderIndex(after)).toBeLessThanOrEqual(ladderIndex(before));
            if (before.holdUntil !== null) {
              expect(after.holdUntil?.getTime()).toBeGreaterThanOrEqual(before.holdUntil.getTime());
            }
          }
        },
      ),
    );
  });
});

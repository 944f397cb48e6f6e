import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVELS, REPS_STEP_COUNT } from "../../src/domain/drills.rules.js";
import {
  checkProgressionState,
  isHoldActive,
  isTop,
  ladderIndex,
  nextSpot,
  spotOf,
} from "../../src/domain/progression.rules.js";
import { applySets, toGo } from "../../src/domain/step-up.rules.js";
import { at, historyArb, localDateOf, run, STEP_UP_REQUIREMENTS, T0 } from "../support/progression.js";

describe("ladder", () => {
  it("climbs every step in order, 12 in all", () => {
    let position = spotOf({ level: 1, repsStep: 1 });
    const seen = [ladderIndex(position)];
    for (let next = nextSpot(position); next !== null; next = nextSpot(position)) {
      position = next;
      seen.push(ladderIndex(position));
    }
    expect(seen).toEqual(Array.from({ length: LEVELS.length * REPS_STEP_COUNT }, (_, i) => i));
    expect(position).toEqual({ level: 4, repsStep: 3, reps: 10 });
    expect(isTop(position)).toBe(true);
    expect(isTop({ level: 4, repsStep: 2 })).toBe(false);
  });
});

describe("isHoldActive", () => {
  it("is active strictly before holdUntil", () => {
    expect(isHoldActive({ holdUntil: null }, T0)).toBe(false);
    expect(isHoldActive({ holdUntil: at(1) }, T0)).toBe(true);
    expect(isHoldActive({ holdUntil: T0 }, T0)).toBe(false);
    expect(isHoldActive({ holdUntil: at(-1) }, T0)).toBe(false);
  });
});

describe("checkProgressionState", () => {
  it("accepts a stored row and normalises the days", () => {
    const row = {
      drill: "straight-leg" as const,
      level: 2,
      repsStep: 3,
      painFreeSets: 1,
      practiceDays: ["2026-03-02", "2026-03-01", "2026-03-02"],
      holdUntil: null,
    };
    expect(checkProgressionState(row)).toEqual({ ...row, practiceDays: ["2026-03-01", "2026-03-02"] });
  });

  it("rejects out-of-range values", () => {
    const base = { drill: "flexed-knee" as const, painFreeSets: 0, practiceDays: [], holdUntil: null };
    expect(() => checkProgressionState({ ...base, level: 5, repsStep: 1 })).toThrow(/level/);
    expect(() => checkProgressionState({ ...base, level: 1, repsStep: 0 })).toThrow(/Reps step/);
    expect(() => checkProgressionState({ ...base, level: 1, repsStep: 1, painFreeSets: -1 })).toThrow(/sets/);
    expect(() => checkProgressionState({ ...base, level: 1, repsStep: 1, practiceDays: ["x"] })).toThrow(
      /date/,
    );
  });
});

describe("progression properties", () => {
  it("never skips a step: each event moves up by at most one step", () => {
    fc.assert(
      fc.property(historyArb, ([start, events]) => {
        for (const step of run(start, events)) {
          const delta = ladderIndex(step.after) - ladderIndex(step.before);
          expect(delta).toBeLessThanOrEqual(1);
          if (step.event.type === "sets") {
            expect(delta === 0 || delta === 1).toBe(true);
            expect(delta === 1).toBe(step.outcomeKind === "stepped-up");
          }
        }
      }),
    );
  });

  it("never steps up without the required pain-free sets on distinct days at that step", () => {
    fc.assert(
      fc.property(historyArb, ([start, events]) => {
        // An independent count of what happened at the current step.
        let sets = 0;
        let days = new Set<string>();
        for (const step of run(start, events)) {
          const samePlace = ladderIndex(step.after) === ladderIndex(step.before);
          if (step.event.type === "sets") {
            sets += step.event.sets;
            days.add(localDateOf(step.now, step.event.dayOffset));
            if (!samePlace) {
              const need = STEP_UP_REQUIREMENTS[step.before.level];
              expect(sets).toBeGreaterThanOrEqual(need.sets);
              expect(days.size).toBeGreaterThanOrEqual(need.days);
            }
          }
          const countersReset =
            !samePlace || (step.event.type === "back-off" && step.event.backOff.kind !== "none");
          if (countersReset) {
            sets = 0;
            days = new Set();
          }
          if (!isTop(step.after)) {
            expect(step.after.painFreeSets).toBe(sets);
            expect(new Set(step.after.practiceDays)).toEqual(days);
          }
        }
      }),
    );
  });

  it("keeps level and reps step in range, and the days distinct and sorted", () => {
    fc.assert(
      fc.property(historyArb, ([start, events]) => {
        for (const { after } of run(start, events)) {
          expect(LEVELS).toContain(after.level);
          expect([1, 2, 3]).toContain(after.repsStep);
          expect(after.painFreeSets).toBeGreaterThanOrEqual(0);
          expect([...after.practiceDays].sort()).toEqual(after.practiceDays);
          expect(new Set(after.practiceDays).size).toBe(after.practiceDays.length);
          expect(toGo(after).setsToGo).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("a hold blocks every step up until it ends, and the first set after it steps up when due", () => {
    fc.assert(
      fc.property(historyArb, ([start, events]) => {
        for (const step of run(start, events)) {
          if (step.event.type !== "sets") continue;
          const active = isHoldActive(step.before, step.now);
          if (active) {
            expect(ladderIndex(step.after)).toBe(ladderIndex(step.before));
            expect(step.outcomeKind === "held" || step.outcomeKind === "top").toBe(true);
          }
          // Liveness: with the requirement met and no hold, a set always steps up (below the top).
          const counted = applySets(step.before, {
            sets: step.event.sets,
            localDate: localDateOf(step.now, step.event.dayOffset),
            now: step.now,
          });
          const remaining = toGo(counted.state);
          if (!active && !isTop(step.before) && counted.outcome.kind !== "stepped-up") {
            expect(remaining.setsToGo + remaining.daysToGo).toBeGreaterThan(0);
          }
        }
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBackOff, type BackOff } from "../../src/domain/back-off.rules.js";
import { LEVELS, REPS_STEP_COUNT } from "../../src/domain/drills.rules.js";
import { addDays } from "../../src/domain/local-time.rules.js";
import {
  checkProgressionState,
  isHoldActive,
  isTop,
  ladderIndex,
  nextSpot,
  spotOf,
} from "../../src/domain/progression.rules.js";
import { applySets, STEP_UP_COUNTING, toGo } from "../../src/domain/step-up.rules.js";
import {
  at,
  HOUR,
  historyArb,
  localDateOf,
  NEW_DAY,
  practiceOf,
  run,
  STEP_UP_REQUIREMENTS,
  type Step,
  startArb,
  T0,
} from "../support/progression.js";

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
  it("accepts a stored row and normalises the practice days", () => {
    const row = {
      drill: "straight-leg" as const,
      level: 2,
      repsStep: 3,
      practice: [
        { date: "2026-03-02", sets: 1 },
        { date: "2026-03-01", sets: 2 },
        { date: "2026-03-02", sets: 1 },
      ],
      holdUntil: null,
    };
    expect(checkProgressionState(row)).toEqual({
      ...row,
      practice: [
        { date: "2026-03-01", sets: 2 },
        { date: "2026-03-02", sets: 2 },
      ],
    });
  });

  it("rejects out-of-range values", () => {
    const base = { drill: "flexed-knee" as const, practice: [], holdUntil: null };
    expect(() => checkProgressionState({ ...base, level: 5, repsStep: 1 })).toThrow(/level/);
    expect(() => checkProgressionState({ ...base, level: 1, repsStep: 0 })).toThrow(/Reps step/);
    const bad = (date: string, sets: number) =>
      checkProgressionState({ ...base, level: 1, repsStep: 1, practice: [{ date, sets }] });
    expect(() => bad("2026-03-01", 0)).toThrow(/sets/);
    expect(() => bad("2026-03-01", 1.5)).toThrow(/sets/);
    expect(() => bad("x", 1)).toThrow(/date/);
  });
});

const dateOf = (step: Step) => localDateOf(step.now, step.event.type === "sets" ? step.event.dayOffset : 0);

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

  it("never steps up without the required sets on distinct days, counted as the table says", () => {
    const { maxSetsPerDay, windowDays } = STEP_UP_COUNTING;
    fc.assert(
      fc.property(historyArb, ([start, events]) => {
        // An independent count of what happened at the current step: sets per date, capped, no hold.
        let counted = new Map<string, number>();
        const inWindow = (today: string) => {
          const first = addDays(today, 1 - windowDays);
          const days = [...counted].filter(([date]) => date >= first);
          return { days: days.length, sets: days.reduce((sum, [, sets]) => sum + sets, 0) };
        };
        for (const step of run(start, events)) {
          const samePlace = ladderIndex(step.after) === ladderIndex(step.before);
          const today = dateOf(step);
          if (step.event.type === "sets" && !isHoldActive(step.before, step.now)) {
            const before = counted.get(today) ?? 0;
            counted.set(today, Math.min(maxSetsPerDay, before + step.event.sets));
            // A day that has left the window is gone, even if a set dated earlier arrives later.
            const first = addDays(today, 1 - windowDays);
            counted = new Map([...counted].filter(([date]) => date >= first));
            if (!samePlace) {
              const need = STEP_UP_REQUIREMENTS[step.before.level];
              expect(inWindow(today).sets).toBeGreaterThanOrEqual(need.sets);
              expect(inWindow(today).days).toBeGreaterThanOrEqual(need.days);
            }
          }
          const countersReset =
            !samePlace || (step.event.type === "back-off" && step.event.backOff.kind !== "none");
          if (countersReset) counted = new Map();
          if (!isTop(step.after)) {
            const need = STEP_UP_REQUIREMENTS[step.after.level];
            const model = inWindow(today);
            expect(toGo(step.after, today)).toEqual({
              setsToGo: Math.max(0, need.sets - model.sets),
              daysToGo: Math.max(0, need.days - model.days),
            });
          }
        }
      }),
    );
  });

  it("keeps level and reps step in range, and the practice days distinct, sorted and capped", () => {
    fc.assert(
      fc.property(historyArb, ([start, events]) => {
        for (const step of run(start, events)) {
          const { after } = step;
          expect(LEVELS).toContain(after.level);
          expect([1, 2, 3]).toContain(after.repsStep);
          const dates = after.practice.map((day) => day.date);
          expect([...dates].sort()).toEqual(dates);
          expect(new Set(dates).size).toBe(dates.length);
          for (const day of after.practice) {
            expect(day.sets).toBeGreaterThanOrEqual(1);
            expect(day.sets).toBeLessThanOrEqual(STEP_UP_COUNTING.maxSetsPerDay);
          }
          expect(toGo(after, dateOf(step)).setsToGo).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("a hold blocks every step up and counts nothing until it ends; with the requirement met, a set steps up", () => {
    fc.assert(
      fc.property(historyArb, ([start, events]) => {
        for (const step of run(start, events)) {
          if (step.event.type !== "sets") continue;
          const active = isHoldActive(step.before, step.now);
          if (active) {
            expect(ladderIndex(step.after)).toBe(ladderIndex(step.before));
            expect(step.outcomeKind === "held" || step.outcomeKind === "top").toBe(true);
            if (step.outcomeKind === "held") expect(step.after).toBe(step.before);
          }
          // Liveness: with the requirement met and no hold, a set always steps up (below the top).
          const counted = applySets(step.before, {
            sets: step.event.sets,
            localDate: dateOf(step),
            now: step.now,
          });
          const remaining = toGo(counted.state, dateOf(step));
          if (!active && !isTop(step.before) && counted.outcome.kind !== "stepped-up") {
            expect(remaining.setsToGo + remaining.daysToGo).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it("a hold cannot be climbed through: the first set after a pain hold never steps up", () => {
    fc.assert(
      fc.property(
        startArb,
        fc.integer({ min: 0, max: 13 }),
        fc.constantFrom<BackOff["kind"]>("hold", "step-down", "reset"),
        fc.integer({ min: 1, max: 24 * 10 }),
        fc.array(
          fc.record({ sets: fc.integer({ min: 1, max: 20 }), dayOffset: fc.integer({ min: -2, max: 12 }) }),
        ),
        fc.integer({ min: 1, max: 20 }),
        (start, days, kind, hours, during, lastSets) => {
          const before = { ...start, practice: practiceOf(days, days * 3) };
          let { state } = applyBackOff(before, { kind, hours }, T0);
          const end = state.holdUntil as Date;
          for (const { sets, dayOffset } of during) {
            const now = new Date(T0.getTime() + Math.min(dayOffset + 2, hours - 1) * HOUR);
            if (now.getTime() >= end.getTime()) continue;
            state = applySets(state, { sets, localDate: localDateOf(now, dayOffset), now }).state;
          }
          expect(state.practice).toEqual([]);
          const first = applySets(state, { sets: lastSets, localDate: localDateOf(end, 0), now: end });
          expect(first.outcome.kind).not.toBe("stepped-up");
        },
      ),
    );
  });

  it("a bunched day counts at most 3 sets, and never steps up on its own", () => {
    fc.assert(
      fc.property(
        startArb,
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 30 }),
        (start, logs) => {
          let state = start;
          logs.forEach((sets, i) => {
            const result = applySets(state, { sets, localDate: NEW_DAY, now: at(i / 10) });
            expect(result.outcome.kind === "progress" || result.outcome.kind === "top").toBe(true);
            state = result.state;
          });
          const total = logs.reduce((sum, sets) => sum + sets, 0);
          expect(state.practice).toEqual([
            { date: NEW_DAY, sets: Math.min(total, STEP_UP_COUNTING.maxSetsPerDay) },
          ]);
        },
      ),
    );
  });
});

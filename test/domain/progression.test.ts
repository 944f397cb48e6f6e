import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BackOff } from "../../src/domain/back-off.rules.js";
import { DRILLS, LEVELS, type Level, REPS_STEP_COUNT, type RepsStep } from "../../src/domain/drills.rules.js";
import {
  applyBackOff,
  applySets,
  checkProgressionState,
  initialProgression,
  isHoldActive,
  isTop,
  ladderIndex,
  nextSpot,
  type ProgressionState,
  requirementFor,
  STEP_UP_REQUIREMENTS,
  spotOf,
  toGo,
} from "../../src/domain/progression.rules.js";

const HOUR = 3_600_000;
const T0 = new Date("2026-03-02T08:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

function stateAt(level: Level, repsStep: RepsStep, extra: Partial<ProgressionState> = {}): ProgressionState {
  return { ...initialProgression("flexed-knee"), level, repsStep, ...extra };
}

/** A state with the requirement met but for one set on a new day. */
function almostThere(
  level: Level,
  repsStep: RepsStep,
  extra: Partial<ProgressionState> = {},
): ProgressionState {
  const need = requirementFor(level);
  const days = Array.from({ length: need.days - 1 }, (_, i) => `2026-02-${String(10 + i).padStart(2, "0")}`);
  return stateAt(level, repsStep, { painFreeSets: need.sets - 1, practiceDays: days, ...extra });
}

const NEW_DAY = "2026-03-02";

describe("requirement table", () => {
  it("asks for several days and at least one set per day at every level, never easier higher up", () => {
    let previous = { sets: 0, days: 0 };
    for (const level of LEVELS) {
      const need = STEP_UP_REQUIREMENTS[level];
      expect(need.days).toBeGreaterThanOrEqual(3);
      expect(need.sets).toBeGreaterThanOrEqual(need.days);
      expect(need.sets).toBeGreaterThanOrEqual(previous.sets);
      expect(need.days).toBeGreaterThanOrEqual(previous.days);
      previous = need;
    }
  });
});

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

describe("applySets transitions", () => {
  it("progress: counts sets and distinct days", () => {
    const first = applySets(initialProgression("straight-leg"), { sets: 2, localDate: NEW_DAY, now: T0 });
    expect(first.state).toMatchObject({ level: 1, repsStep: 1, painFreeSets: 2, practiceDays: [NEW_DAY] });
    expect(first.outcome).toEqual({
      kind: "progress",
      at: { level: 1, repsStep: 1, reps: 5 },
      setsToGo: 4,
      daysToGo: 2,
    });
    const sameDay = applySets(first.state, { sets: 1, localDate: NEW_DAY, now: at(3) });
    expect(sameDay.state.practiceDays).toEqual([NEW_DAY]);
    expect(sameDay.outcome).toMatchObject({ kind: "progress", setsToGo: 3, daysToGo: 2 });
    const earlierDay = applySets(sameDay.state, { sets: 1, localDate: "2026-03-01", now: at(4) });
    expect(earlierDay.state.practiceDays).toEqual(["2026-03-01", NEW_DAY]);
  });

  it("many sets in one day do not step up: the days are still missing", () => {
    const result = applySets(initialProgression("flexed-knee"), { sets: 20, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toMatchObject({ kind: "progress", setsToGo: 0, daysToGo: 2 });
    expect(result.state.level).toBe(1);
    expect(result.state.repsStep).toBe(1);
  });

  it("steps up within a level and resets the counters", () => {
    const result = applySets(almostThere(1, 1), { sets: 1, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toEqual({
      kind: "stepped-up",
      from: { level: 1, repsStep: 1, reps: 5 },
      to: { level: 1, repsStep: 2, reps: 8 },
      newLevel: false,
      reachedTop: false,
    });
    expect(result.state).toEqual({ ...initialProgression("flexed-knee"), level: 1, repsStep: 2 });
  });

  it("does not step up when the last set lands on a day already counted", () => {
    const state = almostThere(1, 1);
    const result = applySets(state, { sets: 1, localDate: state.practiceDays[0] as string, now: T0 });
    expect(result.outcome).toMatchObject({ kind: "progress", setsToGo: 0, daysToGo: 1 });
  });

  it("steps up to the next level's first reps step after a level's last step", () => {
    const result = applySets(almostThere(2, 3), { sets: 1, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toMatchObject({
      kind: "stepped-up",
      from: { level: 2, repsStep: 3 },
      to: { level: 3, repsStep: 1, reps: 5 },
      newLevel: true,
    });
    expect(result.state).toMatchObject({ level: 3, repsStep: 1, painFreeSets: 0, practiceDays: [] });
  });

  it("steps up once at most, however many sets are logged", () => {
    const result = applySets(almostThere(1, 1), { sets: 50, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toMatchObject({ kind: "stepped-up", to: { level: 1, repsStep: 2 } });
    expect(result.state.painFreeSets).toBe(0);
  });

  it("reaches the top and stays there", () => {
    const reach = applySets(almostThere(4, 2), { sets: 1, localDate: NEW_DAY, now: T0 });
    expect(reach.outcome).toMatchObject({
      kind: "stepped-up",
      to: { level: 4, repsStep: 3 },
      reachedTop: true,
    });
    let state = reach.state;
    for (let day = 0; day < 30; day++) {
      const date = `2026-04-${String(day + 1).padStart(2, "0")}`;
      const result = applySets(state, { sets: 3, localDate: date, now: at(24 * (day + 31)) });
      expect(result.outcome).toEqual({ kind: "top", at: { level: 4, repsStep: 3, reps: 10 } });
      state = result.state;
    }
    expect(state).toMatchObject({ level: 4, repsStep: 3, painFreeSets: 90 });
    expect(state.practiceDays.length).toBeLessThanOrEqual(requirementFor(4).days);
  });

  it("an active hold blocks the step up but still counts the sets", () => {
    const holdUntil = at(48);
    const result = applySets(almostThere(1, 2, { holdUntil }), { sets: 1, localDate: NEW_DAY, now: at(47) });
    expect(result.outcome).toEqual({
      kind: "held",
      at: { level: 1, repsStep: 2, reps: 8 },
      until: holdUntil,
      setsToGo: 0,
      daysToGo: 0,
    });
    expect(result.state).toMatchObject({ level: 1, repsStep: 2, painFreeSets: 6, holdUntil });
  });

  it("the hold ends at holdUntil: the next set then steps up and clears it", () => {
    const holdUntil = at(48);
    const held = applySets(almostThere(1, 2, { holdUntil }), { sets: 1, localDate: NEW_DAY, now: at(1) });
    expect(held.outcome.kind).toBe("held");
    const after = applySets(held.state, { sets: 1, localDate: "2026-03-04", now: holdUntil });
    expect(after.outcome).toMatchObject({ kind: "stepped-up", to: { level: 1, repsStep: 3 } });
    expect(after.state.holdUntil).toBeNull();
  });

  it("an expired hold does not block", () => {
    const result = applySets(almostThere(3, 1, { holdUntil: at(-1) }), {
      sets: 1,
      localDate: NEW_DAY,
      now: T0,
    });
    expect(result.outcome.kind).toBe("stepped-up");
  });

  it("rejects bad input", () => {
    const state = initialProgression("flexed-knee");
    expect(() => applySets(state, { sets: 0, localDate: NEW_DAY, now: T0 })).toThrow(RangeError);
    expect(() => applySets(state, { sets: 1.5, localDate: NEW_DAY, now: T0 })).toThrow(RangeError);
    expect(() => applySets(state, { sets: 1, localDate: "2026-02-30", now: T0 })).toThrow(RangeError);
    expect(() => applySets(state, { sets: 1, localDate: "2026-3-2", now: T0 })).toThrow(RangeError);
  });
});

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

describe("toGo", () => {
  it("counts the sets and days still missing at a step, never below zero", () => {
    expect(toGo(initialProgression("flexed-knee"))).toEqual({ setsToGo: 6, daysToGo: 3 });
    expect(toGo(almostThere(3, 1))).toEqual({ setsToGo: 1, daysToGo: 1 });
    const overDone = stateAt(1, 1, { painFreeSets: 40, practiceDays: ["2026-03-01", "2026-03-02"] });
    expect(toGo(overDone)).toEqual({ setsToGo: 0, daysToGo: 1 });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random histories.

type Event =
  | {
      readonly type: "sets";
      readonly sets: number;
      readonly dayOffset: number;
      readonly advanceHours: number;
    }
  | { readonly type: "back-off"; readonly backOff: BackOff; readonly advanceHours: number };

const backOffArb: fc.Arbitrary<BackOff> = fc.oneof(
  fc.constant<BackOff>({ kind: "none" }),
  fc.integer({ min: 0, max: 24 * 10 }).map((hours): BackOff => ({ kind: "hold", hours })),
  fc.integer({ min: 0, max: 24 * 10 }).map((hours): BackOff => ({ kind: "step-down", hours })),
  fc.integer({ min: 0, max: 24 * 10 }).map((hours): BackOff => ({ kind: "reset", hours })),
);

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant("sets" as const),
      sets: fc.integer({ min: 1, max: 12 }),
      // Mostly today's date; sometimes a day or two earlier (a late log, or a zone change).
      dayOffset: fc.oneof(
        { weight: 5, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: -2, max: 0 }) },
      ),
      advanceHours: fc.integer({ min: 0, max: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("back-off" as const),
      backOff: backOffArb,
      advanceHours: fc.integer({ min: 0, max: 40 }),
    }),
  },
);

const startArb: fc.Arbitrary<ProgressionState> = fc
  .record({
    drill: fc.constantFrom(...DRILLS),
    level: fc.constantFrom(...LEVELS),
    repsStep: fc.constantFrom<RepsStep>(1, 2, 3),
  })
  .map(({ drill, level, repsStep }) => ({ ...initialProgression(drill), level, repsStep }));

function localDateOf(instant: Date, dayOffset: number): string {
  return new Date(instant.getTime() + dayOffset * 24 * HOUR).toISOString().slice(0, 10);
}

interface Step {
  readonly before: ProgressionState;
  readonly after: ProgressionState;
  readonly event: Event;
  readonly now: Date;
  readonly outcomeKind: string;
}

function run(start: ProgressionState, events: readonly Event[]): Step[] {
  const steps: Step[] = [];
  let state = start;
  let clock = T0.getTime();
  for (const event of events) {
    clock += event.advanceHours * HOUR;
    const now = new Date(clock);
    const result =
      event.type === "sets"
        ? applySets(state, { sets: event.sets, localDate: localDateOf(now, event.dayOffset), now })
        : applyBackOff(state, event.backOff, now);
    steps.push({ before: state, after: result.state, event, now, outcomeKind: result.outcome.kind });
    state = result.state;
  }
  return steps;
}

const historyArb = fc.tuple(startArb, fc.array(eventArb, { maxLength: 120 }));

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
              const need = requirementFor(step.before.level);
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

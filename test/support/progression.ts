import fc from "fast-check";
import { applyBackOff, type BackOff } from "../../src/domain/back-off.rules.js";
import { DRILLS, LEVELS, type Level, type RepsStep } from "../../src/domain/drills.rules.js";
import { addDays } from "../../src/domain/local-time.rules.js";
import {
  initialProgression,
  type PracticeDay,
  type ProgressionState,
} from "../../src/domain/progression.rules.js";
import { applySets } from "../../src/domain/step-up.rules.js";

/**
 * Sets and distinct days it takes to leave a step at each level, stated here a second time: a
 * change to the step-up table in src must fail the tests, since it decides how fast load rises.
 */
export const STEP_UP_REQUIREMENTS: Readonly<Record<Level, { sets: number; days: number }>> = {
  1: { sets: 6, days: 3 },
  2: { sets: 6, days: 3 },
  3: { sets: 8, days: 4 },
  4: { sets: 8, days: 4 },
};

export const HOUR = 3_600_000;
export const T0 = new Date("2026-03-02T08:00:00Z");
export const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

export function stateAt(
  level: Level,
  repsStep: RepsStep,
  extra: Partial<ProgressionState> = {},
): ProgressionState {
  return { ...initialProgression("flexed-knee"), level, repsStep, ...extra };
}

export const NEW_DAY = "2026-03-02";

/** `days` practice days ending the day before NEW_DAY, with `sets` spread over them (at most 3 a day). */
export function practiceOf(days: number, sets: number): PracticeDay[] {
  return Array.from({ length: days }, (_, i) => ({
    date: addDays(NEW_DAY, i - days),
    sets: Math.floor(sets / days) + (i < sets % days ? 1 : 0),
  }));
}

/** A state with the requirement met but for one set on a new day (NEW_DAY). */
export function almostThere(
  level: Level,
  repsStep: RepsStep,
  extra: Partial<ProgressionState> = {},
): ProgressionState {
  const need = STEP_UP_REQUIREMENTS[level];
  return stateAt(level, repsStep, { practice: practiceOf(need.days - 1, need.sets - 1), ...extra });
}

/** Random histories of logged sets and back-offs, for the property tests. */
export type Event =
  | {
      readonly type: "sets";
      readonly sets: number;
      readonly dayOffset: number;
      readonly advanceHours: number;
    }
  | { readonly type: "back-off"; readonly backOff: BackOff; readonly advanceHours: number };

export const backOffArb: fc.Arbitrary<BackOff> = fc.oneof(
  fc.constant<BackOff>({ kind: "none" }),
  fc.integer({ min: 0, max: 24 * 10 }).map((hours): BackOff => ({ kind: "hold", hours })),
  fc.integer({ min: 0, max: 24 * 10 }).map((hours): BackOff => ({ kind: "step-down", hours })),
  fc.integer({ min: 0, max: 24 * 10 }).map((hours): BackOff => ({ kind: "reset", hours })),
);

export const eventArb: fc.Arbitrary<Event> = fc.oneof(
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
      // Mostly within two days; sometimes weeks later, so that old days leave the window.
      advanceHours: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 40 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 24 * 20 }) },
      ),
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

export const startArb: fc.Arbitrary<ProgressionState> = fc
  .record({
    drill: fc.constantFrom(...DRILLS),
    level: fc.constantFrom(...LEVELS),
    repsStep: fc.constantFrom<RepsStep>(1, 2, 3),
  })
  .map(({ drill, level, repsStep }) => ({ ...initialProgression(drill), level, repsStep }));

export function localDateOf(instant: Date, dayOffset: number): string {
  return new Date(instant.getTime() + dayOffset * 24 * HOUR).toISOString().slice(0, 10);
}

export interface Step {
  readonly before: ProgressionState;
  readonly after: ProgressionState;
  readonly event: Event;
  readonly now: Date;
  readonly outcomeKind: string;
}

export function run(start: ProgressionState, events: readonly Event[]): Step[] {
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

export const historyArb = fc.tuple(startArb, fc.array(eventArb, { maxLength: 120 }));

/**
 * Progression per member per matrix: where they are on the ladder (level and reps step), what they
 * have done at this step, and whether a pain report holds them there.
 *
 * Pure rules `(state, event, now) -> { state, outcome }`: logged sets move a member up one step at a
 * time once the requirement below is met and no hold is active; a back-off (decided by the pain
 * rules) moves them down or holds them, never up. Every instant comes in as an argument.
 *
 * Logged sets count as pain-free: pain is reported separately (/pain, the reminder's Pain button) and
 * arrives here as a BackOff.
 */
import { DateTime } from "luxon";
import type { BackOff } from "./back-off.rules.js";
import {
  type Drill,
  isLevel,
  isRepsStep,
  LEVELS,
  type Level,
  REPS_STEP_COUNT,
  type RepsStep,
  repsFor,
  TOP_LEVEL,
} from "./drills.rules.js";

const HOUR_MS = 3_600_000;

export interface StepUpRequirement {
  /** Pain-free sets logged at the current step. */
  readonly sets: number;
  /** Distinct local dates on which the member practised at the current step. */
  readonly days: number;
}

/**
 * What it takes to leave a step (the next reps step, or the next level after a level's last step).
 * THE one place to tune the pace of the ladder.
 *
 * - days: "Spread over several days" is the rule that matters. Tissue adapts between sessions, not
 *   within one, and a drill that went too far often shows up only the next morning; every extra
 *   distinct day gives the member a night and a morning to notice (and /pain to report) before the
 *   load rises. 3 days is the least that is "several"; levels 3 and 4 ask for 4 because raising the
 *   foot adds range and the weight or slope adds load, so a mistake there costs more.
 * - sets: "Little and often": 2 short sets a day is the habit we want, so sets = 2 x days. A member
 *   who squeezes every set into one day still needs the other days; one who does one set a day
 *   still needs the sets. Neither number alone can be gamed by one big log.
 * - Same numbers for every reps step inside a level: reps already grow 5 -> 8 -> 10, and the days
 *   gate is what keeps each jump slow.
 * The whole ladder (11 step ups) takes at least 3*3 + 3*3 + 3*4 + 2*4 = 38 practice days: about 6
 * weeks of near-daily practice, 2-3 months at a relaxed pace.
 */
export const STEP_UP_REQUIREMENTS: Readonly<Record<Level, StepUpRequirement>> = {
  1: { sets: 6, days: 3 },
  2: { sets: 6, days: 3 },
  3: { sets: 8, days: 4 },
  4: { sets: 8, days: 4 },
};

export function requirementFor(level: Level): StepUpRequirement {
  return STEP_UP_REQUIREMENTS[level];
}

export interface ProgressionState {
  readonly drill: Drill;
  readonly level: Level;
  readonly repsStep: RepsStep;
  /** Pain-free sets logged at this step. */
  readonly painFreeSets: number;
  /** Distinct local dates ("YYYY-MM-DD") practised at this step, ascending. */
  readonly practiceDays: readonly string[];
  /** No step up before this instant; null when there is no hold. */
  readonly holdUntil: Date | null;
}

/** A place on the ladder, with its reps per direction (so a message needs nothing else). */
export interface Spot {
  readonly level: Level;
  readonly repsStep: RepsStep;
  readonly reps: number;
}

export function initialProgression(drill: Drill): ProgressionState {
  return { drill, level: 1, repsStep: 1, painFreeSets: 0, practiceDays: [], holdUntil: null };
}

export function spotOf(position: { readonly level: Level; readonly repsStep: RepsStep }): Spot {
  return {
    level: position.level,
    repsStep: position.repsStep,
    reps: repsFor(position.level, position.repsStep),
  };
}

/** 0 for level 1 step 1 up to 11 for the top: the order in which the ladder is climbed. */
export function ladderIndex(position: { readonly level: Level; readonly repsStep: RepsStep }): number {
  return (position.level - 1) * REPS_STEP_COUNT + (position.repsStep - 1);
}

/** The step after this one; null at the top of the ladder. */
export function nextSpot(position: { readonly level: Level; readonly repsStep: RepsStep }): Spot | null {
  if (position.repsStep < REPS_STEP_COUNT) {
    return spotOf({ level: position.level, repsStep: (position.repsStep + 1) as RepsStep });
  }
  if (position.level >= TOP_LEVEL) return null;
  return spotOf({ level: (position.level + 1) as Level, repsStep: 1 });
}

export function isTop(position: { readonly level: Level; readonly repsStep: RepsStep }): boolean {
  return nextSpot(position) === null;
}

/** A hold is active while now is before holdUntil (it ends at holdUntil). */
export function isHoldActive(state: { readonly holdUntil: Date | null }, now: Date): boolean {
  return state.holdUntil !== null && state.holdUntil.getTime() > now.getTime();
}

export interface ToGo {
  /** Pain-free sets still needed at this step. */
  readonly setsToGo: number;
  /** Distinct days of practice still needed at this step. */
  readonly daysToGo: number;
}

export function toGo(state: ProgressionState): ToGo {
  const need = requirementFor(state.level);
  return {
    setsToGo: Math.max(0, need.sets - state.painFreeSets),
    daysToGo: Math.max(0, need.days - state.practiceDays.length),
  };
}

/** Checks a state read from storage; throws a RangeError naming the bad field. */
export function checkProgressionState(state: {
  readonly drill: Drill;
  readonly level: number;
  readonly repsStep: number;
  readonly painFreeSets: number;
  readonly practiceDays: readonly string[];
  readonly holdUntil: Date | null;
}): ProgressionState {
  const { level, repsStep } = state;
  if (!isLevel(level))
    throw new RangeError(`Progression level must be one of ${LEVELS.join(", ")}: ${level}`);
  if (!isRepsStep(repsStep)) throw new RangeError(`Reps step must be 1 to ${REPS_STEP_COUNT}: ${repsStep}`);
  if (!Number.isInteger(state.painFreeSets) || state.painFreeSets < 0) {
    throw new RangeError(`Pain-free sets must be a whole number >= 0: ${state.painFreeSets}`);
  }
  for (const day of state.practiceDays) checkLocalDate(day);
  const practiceDays = [...new Set(state.practiceDays)].sort();
  return { ...state, level, repsStep, practiceDays };
}

function checkLocalDate(localDate: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate) || !DateTime.fromISO(localDate, { zone: "utc" }).isValid) {
    throw new RangeError(`Local date must be a calendar date "YYYY-MM-DD": ${localDate}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Logged sets.

export interface SetsEvent {
  /** Pain-free sets just logged (a whole number >= 1). */
  readonly sets: number;
  /** The member's local date of the practice, "YYYY-MM-DD". */
  readonly localDate: string;
  readonly now: Date;
}

export type SetsOutcome =
  /** Counted; the step needs more. */
  | ({ readonly kind: "progress"; readonly at: Spot } & ToGo)
  /** Moved up exactly one step. `reachedTop` when the new step is the top of the ladder. */
  | {
      readonly kind: "stepped-up";
      readonly from: Spot;
      readonly to: Spot;
      readonly newLevel: boolean;
      readonly reachedTop: boolean;
    }
  /** Counted, but a hold (after a pain report) blocks any step up until `until`. To-go may be 0. */
  | ({ readonly kind: "held"; readonly at: Spot; readonly until: Date } & ToGo)
  /** Counted; already at the top of the ladder, nothing above to step up to. */
  | { readonly kind: "top"; readonly at: Spot };

export interface SetsResult {
  readonly state: ProgressionState;
  readonly outcome: SetsOutcome;
}

/**
 * Adds pain-free sets practised on a local date. Steps up at most one step per call, however many
 * sets were logged, and only when the requirement is met and no hold is active. After a step up the
 * counters start again at zero for the new step (the extra sets of this log are not carried over).
 */
export function applySets(state: ProgressionState, event: SetsEvent): SetsResult {
  if (!Number.isInteger(event.sets) || event.sets < 1) {
    throw new RangeError(`Sets must be a whole number >= 1: ${event.sets}`);
  }
  checkLocalDate(event.localDate);
  const practiceDays = state.practiceDays.includes(event.localDate)
    ? state.practiceDays
    : [...state.practiceDays, event.localDate].sort();
  const counted: ProgressionState = { ...state, painFreeSets: state.painFreeSets + event.sets, practiceDays };
  const at = spotOf(state);
  const next = nextSpot(state);

  if (next === null) {
    // The top: nothing to gate, so keep only as many days as a step would need (bounded storage).
    const keep = requirementFor(state.level).days;
    return { state: { ...counted, practiceDays: practiceDays.slice(-keep) }, outcome: { kind: "top", at } };
  }
  const remaining = toGo(counted);
  const hold = state.holdUntil;
  if (hold !== null && isHoldActive({ holdUntil: hold }, event.now)) {
    return { state: counted, outcome: { kind: "held", at, until: hold, ...remaining } };
  }
  if (remaining.setsToGo > 0 || remaining.daysToGo > 0) {
    return { state: counted, outcome: { kind: "progress", at, ...remaining } };
  }
  return {
    state: {
      drill: state.drill,
      level: next.level,
      repsStep: next.repsStep,
      painFreeSets: 0,
      practiceDays: [],
      // An expired hold has done its job.
      holdUntil: null,
    },
    outcome: {
      kind: "stepped-up",
      from: at,
      to: next,
      newLevel: next.level !== at.level,
      reachedTop: nextSpot(next) === null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Back-off after pain.

export type BackOffOutcome =
  | { readonly kind: "none"; readonly at: Spot }
  /** Same level and reps, no step up before holdUntil (`extended` false when an existing hold already ran longer). */
  | { readonly kind: "hold"; readonly at: Spot; readonly holdUntil: Date; readonly extended: boolean }
  /** `moved` false when already at level 1 step 1 (the counters still start again). */
  | {
      readonly kind: "step-down" | "reset";
      readonly from: Spot;
      readonly to: Spot;
      readonly moved: boolean;
      readonly holdUntil: Date;
    };

export interface BackOffResult {
  readonly state: ProgressionState;
  readonly outcome: BackOffOutcome;
}

function holdEnd(state: ProgressionState, hours: number, now: Date): Date {
  if (!Number.isFinite(hours) || hours < 0)
    throw new RangeError(`Hold hours must be a number >= 0: ${hours}`);
  const end = now.getTime() + hours * HOUR_MS;
  const existing = state.holdUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  return new Date(Math.max(end, existing));
}

/**
 * Applies what the pain rules decided. Never raises the level or the reps; a hold never shortens an
 * existing one (holdUntil = the later of the two). Every back-off but "none" restarts the count of
 * pain-free sets and days: a step up needs a run of practice without pain.
 */
export function applyBackOff(state: ProgressionState, backOff: BackOff, now: Date): BackOffResult {
  const at = spotOf(state);
  switch (backOff.kind) {
    case "none":
      return { state, outcome: { kind: "none", at } };
    case "hold": {
      const holdUntil = holdEnd(state, backOff.hours, now);
      const extended = state.holdUntil === null || holdUntil.getTime() > state.holdUntil.getTime();
      // The run of pain-free practice that earns a step up starts again after any pain.
      return {
        state: { ...state, painFreeSets: 0, practiceDays: [], holdUntil },
        outcome: { kind: "hold", at, holdUntil, extended },
      };
    }
    case "step-down":
    case "reset": {
      const holdUntil = holdEnd(state, backOff.hours, now);
      const level: Level = backOff.kind === "reset" ? 1 : state.level > 1 ? ((state.level - 1) as Level) : 1;
      const to = spotOf({ level, repsStep: 1 });
      return {
        state: { drill: state.drill, level, repsStep: 1, painFreeSets: 0, practiceDays: [], holdUntil },
        outcome: {
          kind: backOff.kind,
          from: at,
          to,
          moved: ladderIndex(to) !== ladderIndex(at),
          holdUntil,
        },
      };
    }
  }
}

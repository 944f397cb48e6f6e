/**
 * Logged sets and the step up: pure rules `(state, sets) -> { state, outcome }`. Logged sets count
 * as pain-free (pain arrives separately, as a BackOff); a member moves up one step at a time once the
 * requirement below is met and no hold is active.
 */
import type { Level } from "./drills.rules.js";
import {
  checkLocalDate,
  isHoldActive,
  nextSpot,
  type Position,
  type ProgressionState,
  type Spot,
  spotOf,
} from "./progression.rules.js";

interface StepUpRequirement {
  /** Pain-free sets logged at the current step. */
  readonly sets: number;
  /** Distinct local dates on which the member practised at the current step. */
  readonly days: number;
}

/**
 * What it takes to leave a step (the next reps step, or the next level after a level's last step).
 *
 * - days: tissue adapts between sessions, not within one, and a drill that went too far often shows
 *   up only the next morning; each extra day gives a night and a morning to notice (and /pain to
 *   report) before the load rises. 3 is the least that is "several"; levels 3 and 4 ask for 4 because
 *   the raised foot adds range and the weight or slope adds load, so a mistake there costs more.
 * - sets: "little and often" is 2 short sets a day, so sets = 2 x days; neither number alone can be
 *   met by one big log.
 * - the same numbers for every reps step inside a level: reps already grow 5 -> 8 -> 10, and the
 *   days keep each jump slow.
 */
const STEP_UP_REQUIREMENTS: Readonly<Record<Level, StepUpRequirement>> = {
  1: { sets: 6, days: 3 },
  2: { sets: 6, days: 3 },
  3: { sets: 8, days: 4 },
  4: { sets: 8, days: 4 },
};

function requirementFor(level: Level): StepUpRequirement {
  return STEP_UP_REQUIREMENTS[level];
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

interface SetsEvent {
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

/**
 * Adds pain-free sets practised on a local date. Steps up at most one step per call, however many
 * sets were logged, and only when the requirement is met and no hold is active. After a step up the
 * counters start again at zero for the new step (the extra sets of this log are not carried over).
 */
export function applySets(
  state: ProgressionState,
  event: SetsEvent,
): { readonly state: ProgressionState; readonly outcome: SetsOutcome } {
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

/** A matrix's latest level change, and the earliest local date of a set logged after it. */
export interface LatestLevelChange {
  readonly fromLevel: number;
  readonly toLevel: number;
  /** Null when nothing was logged after the change (the set that earned it shares its instant). */
  readonly firstPracticeAfter: string | null;
}

/** Sets logged at this position may start a newly reached level: its first reps step, above level 1. */
export function mayStartNewLevel(position: Position): boolean {
  return position.level > 1 && position.repsStep === 1;
}

/**
 * True when sets logged on `localDate` at `position` fall on the first local day of practice at a
 * newly reached level: the latest change moved the matrix up a whole level and nothing was logged
 * after it on an earlier local day. That day's new load deserves a next-morning check.
 */
export function isFirstDayAtNewLevel(
  position: Position,
  latest: LatestLevelChange | null,
  localDate: string,
): boolean {
  if (!mayStartNewLevel(position) || latest === null || latest.toLevel <= latest.fromLevel) return false;
  return latest.firstPracticeAfter === null || latest.firstPracticeAfter >= localDate;
}

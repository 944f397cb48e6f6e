/**
 * Logged sets and the step up: pure rules `(state, sets) -> { state, outcome }`. Logged sets count
 * as pain-free (pain arrives separately, as a BackOff); a member moves up one step at a time once the
 * requirement below is met by the practice that counts (STEP_UP_COUNTING).
 */
import type { Level } from "./drills.rules.js";
import { addDays } from "./local-time.rules.js";
import {
  checkLocalDate,
  isHoldActive,
  nextSpot,
  type Position,
  type PracticeDay,
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

/**
 * What counts toward a step up, so that progress rewards the practice the seed asks for and pain
 * cannot be climbed past.
 */
export const STEP_UP_COUNTING = {
  // Sets logged while a hold is on are recorded (streak, boards) but not counted: the hold lets the
  // tissue settle before the load rises, and counting them would let the first set after it step up.
  countDuringHold: false,
  // Only the last 14 local days count, today included: a step up says the current load is tolerated
  // now, and days weeks apart say nothing about now. 14 days is also the pain rules' window.
  windowDays: 14,
  // At most 3 sets a local day count: little and often, and tissue adapts between sessions rather than
  // within one, so one long session cannot stand in for several small ones.
  maxSetsPerDay: 3,
} as const;

export interface ToGo {
  /** Pain-free sets still needed at this step. */
  readonly setsToGo: number;
  /** Distinct days of practice still needed at this step. */
  readonly daysToGo: number;
}

/** The practice that still counts on `today`: the days inside the window. */
function inWindow(practice: readonly PracticeDay[], today: string): PracticeDay[] {
  const first = addDays(today, 1 - STEP_UP_COUNTING.windowDays);
  return practice.filter((day) => day.date >= first);
}

/** What is still missing at this step on the member's local date `today`. */
export function toGo(state: ProgressionState, today: string): ToGo {
  const need = requirementFor(state.level);
  const counted = inWindow(state.practice, today);
  const sets = counted.reduce((sum, day) => sum + Math.min(day.sets, STEP_UP_COUNTING.maxSetsPerDay), 0);
  return {
    setsToGo: Math.max(0, need.sets - sets),
    daysToGo: Math.max(0, need.days - counted.length),
  };
}

/** Adds sets on a date, up to the day's cap; returns the new practice and how many sets counted. */
function count(
  practice: readonly PracticeDay[],
  date: string,
  sets: number,
): { practice: PracticeDay[]; counted: number } {
  const before = practice.find((day) => day.date === date)?.sets ?? 0;
  const counted = Math.max(0, Math.min(sets, STEP_UP_COUNTING.maxSetsPerDay - before));
  const others = practice.filter((day) => day.date !== date);
  const entry = { date, sets: before + counted };
  return { practice: [...others, entry].sort((a, b) => (a.date < b.date ? -1 : 1)), counted };
}

interface SetsEvent {
  /** Pain-free sets just logged (a whole number >= 1). */
  readonly sets: number;
  /** The member's local date of the practice, "YYYY-MM-DD". */
  readonly localDate: string;
  readonly now: Date;
}

export type SetsOutcome =
  /** Counted; the step needs more. `uncounted`: sets past the day's cap. */
  | ({ readonly kind: "progress"; readonly at: Spot; readonly uncounted: number } & ToGo)
  /** Moved up exactly one step. `reachedTop` when the new step is the top of the ladder. */
  | {
      readonly kind: "stepped-up";
      readonly from: Spot;
      readonly to: Spot;
      readonly newLevel: boolean;
      readonly reachedTop: boolean;
    }
  /** Not counted: a hold (after a pain report) runs until `until`; to-go is what is needed after it. */
  | ({ readonly kind: "held"; readonly at: Spot; readonly until: Date } & ToGo)
  /** Already at the top of the ladder, nothing above to step up to. */
  | { readonly kind: "top"; readonly at: Spot };

/**
 * Adds pain-free sets practised on a local date, as STEP_UP_COUNTING says. Steps up at most one step
 * per call, and only when the requirement is met; after a step up the count starts again at zero for
 * the new step (the extra sets of this log are not carried over).
 */
export function applySets(
  state: ProgressionState,
  event: SetsEvent,
): { readonly state: ProgressionState; readonly outcome: SetsOutcome } {
  if (!Number.isInteger(event.sets) || event.sets < 1) {
    throw new RangeError(`Sets must be a whole number >= 1: ${event.sets}`);
  }
  checkLocalDate(event.localDate);
  const at = spotOf(state);
  const next = nextSpot(state);
  const hold = isHoldActive(state, event.now) ? state.holdUntil : null;
  const added = count(state.practice, event.localDate, event.sets);
  const counted: ProgressionState =
    hold !== null && !STEP_UP_COUNTING.countDuringHold
      ? state
      : { ...state, practice: inWindow(added.practice, event.localDate) };
  if (next === null) return { state: counted, outcome: { kind: "top", at } };

  const remaining = toGo(counted, event.localDate);
  if (hold !== null) return { state: counted, outcome: { kind: "held", at, until: hold, ...remaining } };
  if (remaining.setsToGo > 0 || remaining.daysToGo > 0) {
    const uncounted = event.sets - added.counted;
    return { state: counted, outcome: { kind: "progress", at, uncounted, ...remaining } };
  }
  return {
    state: {
      drill: state.drill,
      level: next.level,
      repsStep: next.repsStep,
      practice: [],
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

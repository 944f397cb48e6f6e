/**
 * Progression per member per matrix: where they are on the ladder (level and reps step), what they
 * have done at this step, and whether a pain report holds them there. Logged sets move a member up
 * (step-up.rules.ts); a back-off after pain moves them down or holds them (back-off.rules.ts).
 */
import { DateTime } from "luxon";
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

/** Sets counted toward a step up on one local date ("YYYY-MM-DD"). */
export interface PracticeDay {
  readonly date: string;
  readonly sets: number;
}

export interface ProgressionState {
  readonly drill: Drill;
  readonly level: Level;
  readonly repsStep: RepsStep;
  /** Pain-free practice counted at this step, one entry per local date, ascending. */
  readonly practice: readonly PracticeDay[];
  /** No step up before this instant; null when there is no hold. */
  readonly holdUntil: Date | null;
}

/** A place on the ladder. */
export interface Position {
  readonly level: Level;
  readonly repsStep: RepsStep;
}

/** A place on the ladder, with its reps per direction (so a message needs nothing else). */
export interface Spot extends Position {
  readonly reps: number;
}

export function initialProgression(drill: Drill): ProgressionState {
  return { drill, level: 1, repsStep: 1, practice: [], holdUntil: null };
}

export function spotOf(position: Position): Spot {
  return {
    level: position.level,
    repsStep: position.repsStep,
    reps: repsFor(position.level, position.repsStep),
  };
}

/** 0 for level 1 step 1 up to 11 for the top: the order in which the ladder is climbed. */
export function ladderIndex(position: Position): number {
  return (position.level - 1) * REPS_STEP_COUNT + (position.repsStep - 1);
}

/** The step after this one; null at the top of the ladder. */
export function nextSpot(position: Position): Spot | null {
  if (position.repsStep < REPS_STEP_COUNT) {
    return spotOf({ level: position.level, repsStep: (position.repsStep + 1) as RepsStep });
  }
  if (position.level >= TOP_LEVEL) return null;
  return spotOf({ level: (position.level + 1) as Level, repsStep: 1 });
}

export function isTop(position: Position): boolean {
  return nextSpot(position) === null;
}

/** A hold is active while now is before holdUntil (it ends at holdUntil). */
export function isHoldActive(state: { readonly holdUntil: Date | null }, now: Date): boolean {
  return state.holdUntil !== null && state.holdUntil.getTime() > now.getTime();
}

/** Checks a state read from storage; throws a RangeError naming the bad field. */
export function checkProgressionState(state: {
  readonly drill: Drill;
  readonly level: number;
  readonly repsStep: number;
  readonly practice: readonly PracticeDay[];
  readonly holdUntil: Date | null;
}): ProgressionState {
  const { level, repsStep } = state;
  if (!isLevel(level))
    throw new RangeError(`Progression level must be one of ${LEVELS.join(", ")}: ${level}`);
  if (!isRepsStep(repsStep)) throw new RangeError(`Reps step must be 1 to ${REPS_STEP_COUNT}: ${repsStep}`);
  const byDate = new Map<string, number>();
  for (const { date, sets } of state.practice) {
    checkLocalDate(date);
    if (!Number.isInteger(sets) || sets < 1) {
      throw new RangeError(`Practice sets must be a whole number >= 1: ${sets}`);
    }
    byDate.set(date, (byDate.get(date) ?? 0) + sets);
  }
  const practice = [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, sets]) => ({ date, sets }));
  return { ...state, level, repsStep, practice };
}

export function checkLocalDate(localDate: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate) || !DateTime.fromISO(localDate, { zone: "utc" }).isValid) {
    throw new RangeError(`Local date must be a calendar date "YYYY-MM-DD": ${localDate}`);
  }
}

/**
 * The two 3-way ankle-mobility matrices, each on a ladder of four levels with reps growing in steps
 * inside a level. Structure only: the coaching words are in the `drills` catalogs.
 */

/** Members type these names (/log, /drills): renaming one breaks what they learned. */
export const DRILLS = ["flexed-knee", "straight-leg"] as const;
export type Drill = (typeof DRILLS)[number];

export function isDrill(value: string): value is Drill {
  return (DRILLS as readonly string[]).includes(value);
}

/** 1 kneeling, 2 standing with support, 3 standing raised, 4 standing loaded or on a slope. */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const TOP_LEVEL: Level = 4;

export function isLevel(value: number): value is Level {
  return (LEVELS as readonly number[]).includes(value);
}

/** The same at every level: a new level already adds load, so reps start low again. */
const REPS_STEPS = [5, 8, 10] as const;
export type RepsStep = 1 | 2 | 3;
export const REPS_STEP_COUNT = REPS_STEPS.length;
const REPS_STEP_NUMBERS: readonly RepsStep[] = [1, 2, 3];

export function isRepsStep(value: number): value is RepsStep {
  return (REPS_STEP_NUMBERS as readonly number[]).includes(value);
}

/** Per level, so that one level can be tuned alone. */
const REPS: Readonly<Record<Level, readonly [number, number, number]>> = {
  1: REPS_STEPS,
  2: REPS_STEPS,
  3: REPS_STEPS,
  4: REPS_STEPS,
};

export function repsFor(level: Level, repsStep: RepsStep): number {
  return REPS[level][repsStep - 1] as number;
}

/** Sagittal, frontal, transverse: the order a set goes through them. */
const PLANES = ["forward", "tilt", "rotation"] as const;
export type Plane = (typeof PLANES)[number];

interface DrillLevel {
  readonly drill: Drill;
  readonly level: Level;
  readonly planes: readonly Plane[];
}

export function drillAt(drill: Drill, level: Level): DrillLevel {
  return { drill, level, planes: PLANES };
}

export type DrillChoiceValue = Drill | "both";

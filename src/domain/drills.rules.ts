/**
 * The drill catalogue: two 3-way ankle-mobility matrices (knee bent, knee straight), each done in
 * three planes on a ladder of four levels, with reps per direction growing in steps inside a level.
 *
 * Structure only: the coaching words (set-up, cues, safety) live in the `drills` catalogs and
 * `src/discord/render/drill-words.render.ts` speaks them. What members type is read by `drill-input.ts`.
 * Pure: no I/O, no clock.
 */

/** The two 3-way ankle-mobility matrices. Their names are part of the public interface (/log, /drills). */
export const DRILLS = ["flexed-knee", "straight-leg"] as const;
export type Drill = (typeof DRILLS)[number];

export function isDrill(value: string): value is Drill {
  return (DRILLS as readonly string[]).includes(value);
}

/** The ladder: 1 kneeling / all fours, 2 standing with support, 3 standing raised, 4 standing loaded or on a slope. */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const TOP_LEVEL: Level = 4;

export function isLevel(value: number): value is Level {
  return (LEVELS as readonly number[]).includes(value);
}

/**
 * Reps per direction at each step inside a level (1-based: step 1 = 5 reps). The same steps at every
 * level: the level already adds the load, so reps restart low when the level changes.
 */
const REPS_STEPS = [5, 8, 10] as const;
/** A 1-based index into REPS_STEPS. */
export type RepsStep = 1 | 2 | 3;
export const REPS_STEP_COUNT = REPS_STEPS.length;
const REPS_STEP_NUMBERS: readonly RepsStep[] = [1, 2, 3];

export function isRepsStep(value: number): value is RepsStep {
  return (REPS_STEP_NUMBERS as readonly number[]).includes(value);
}

/** Reps per direction at a level and step (the table is per level so it can be tuned per level). */
const REPS: Readonly<Record<Level, readonly [number, number, number]>> = {
  1: REPS_STEPS,
  2: REPS_STEPS,
  3: REPS_STEPS,
  4: REPS_STEPS,
};

export function repsFor(level: Level, repsStep: RepsStep): number {
  return REPS[level][repsStep - 1] as number;
}

/** The three planes (sagittal, frontal, transverse), in the order a set goes through them. */
const PLANES = ["forward", "tilt", "rotation"] as const;
export type Plane = (typeof PLANES)[number];

/** One matrix at one level: what the how-to card shows, as data (the render layer words it). */
interface DrillLevel {
  readonly drill: Drill;
  readonly level: Level;
  /** The directions of one set, in the order they are done. */
  readonly planes: readonly Plane[];
}

export function drillAt(drill: Drill, level: Level): DrillLevel {
  return { drill, level, planes: PLANES };
}

/** The values a "drill" option accepts: one matrix, or both. */
export type DrillChoiceValue = Drill | "both";

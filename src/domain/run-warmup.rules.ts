/**
 * The warm-up before a planned run: one set of each matrix at the member's current level and reps
 * (a practice session's reminder asks for one set of one matrix; the warm-up does both, once), in an
 * order that suits the terrain, and the ordinary reminder it stands in for that day. Pure.
 */
import { DRILLS, type Drill, type Level, type Plane, type RepsStep, repsFor } from "./drills.rules.js";
import { localDateAt } from "./local-time.rules.js";
import type { Terrain } from "./runs.rules.js";
import { MINUTE_MS } from "./time-units.js";

interface WarmupStep {
  readonly drill: Drill;
  readonly plane: Plane;
  readonly level: Level;
  readonly reps: number;
}

export interface WarmupRoutine {
  /** Trails and descents ask for the most ankle bend, so the forward plane of both matrices leads. */
  readonly forwardFirst: boolean;
  readonly steps: readonly WarmupStep[];
  /** Each matrix once, in DRILLS order, at the level and reps its steps use (the DM's cards and pictures). */
  readonly matrices: readonly Omit<WarmupStep, "plane">[];
  /** A plain estimate, for the DM's "about N minutes". */
  readonly seconds: number;
}

/** Slow reps: about two seconds each, both legs; a few seconds to get into each matrix's position. */
const SECONDS_PER_REP = 2;
const LEGS = 2;
const SECONDS_TO_SET_UP = 10;
const PLANE_ORDER: readonly Plane[] = ["forward", "tilt", "rotation"];

/**
 * Road: each matrix through its three planes, as in practice. Trail and downhill: the forward plane
 * of both matrices first (flexed-knee leading, the bent knee a descent lands on), then the other
 * planes, so the ankle bend a descent needs is warmed first and most. While one ankle is 1.5 cm or
 * more behind (measure.rules.ts), that side gets one more set, which the estimate counts.
 */
export function warmupRoutine(
  terrain: Terrain,
  progressions: ReadonlyMap<Drill, { readonly level: Level; readonly repsStep: RepsStep }>,
  extraSetForOneSide = false,
): WarmupRoutine {
  const matrixOf = (drill: Drill) => {
    const state = progressions.get(drill) ?? { level: 1, repsStep: 1 };
    return { drill, level: state.level, reps: repsFor(state.level, state.repsStep) };
  };
  const stepOf = (drill: Drill, plane: Plane): WarmupStep => ({ ...matrixOf(drill), plane });
  const forwardFirst = terrain !== "road";
  const steps = forwardFirst
    ? [
        ...DRILLS.map((drill) => stepOf(drill, "forward")),
        ...DRILLS.flatMap((drill) =>
          PLANE_ORDER.filter((plane) => plane !== "forward").map((plane) => stepOf(drill, plane)),
        ),
      ]
    : DRILLS.flatMap((drill) => PLANE_ORDER.map((plane) => stepOf(drill, plane)));
  // The stiffer side's extra set goes through every step once more, on that leg alone.
  const legs = LEGS + (extraSetForOneSide ? 1 : 0);
  const moving = steps.reduce((sum, step) => sum + step.reps * legs * SECONDS_PER_REP, 0);
  // Forward-first changes position once more per matrix.
  const setUps = DRILLS.length * (forwardFirst ? 2 : 1);
  const matrices = DRILLS.map(matrixOf);
  return { forwardFirst, steps, matrices, seconds: moving + setUps * SECONDS_TO_SET_UP };
}

/** A warm-up stands in for an ordinary reminder at most this far from it, on the same local day. */
const REPLACE_WITHIN_MINUTES = 90;

/**
 * The ordinary reminder a warm-up replaces: the nearest one on the warm-up's local day within 90
 * minutes (the earlier of two equally near), so the member is not pinged twice for one practice.
 */
export function reminderReplacedBy<R extends { readonly dueAt: Date }>(
  warmupDueAt: Date,
  reminders: readonly R[],
  timeZone: string,
): R | null {
  const day = localDateAt(warmupDueAt, timeZone);
  let best: R | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const reminder of reminders) {
    const distance = Math.abs(reminder.dueAt.getTime() - warmupDueAt.getTime());
    if (distance > REPLACE_WITHIN_MINUTES * MINUTE_MS) continue;
    if (localDateAt(reminder.dueAt, timeZone) !== day) continue;
    const earlierTie = distance === bestDistance && best !== null && reminder.dueAt < best.dueAt;
    if (distance < bestDistance || earlierTie) {
      best = reminder;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * What a pain report (or a worse next-morning check) does to a matrix's progression: the pain rules
 * (pain.rules.ts) decide the BackOff, applyBackOff applies it. A back-off never moves anyone up.
 */
import type { Level } from "./drills.rules.js";
import { ladderIndex, type ProgressionState, type Spot, spotOf } from "./progression.rules.js";
import { HOUR_MS } from "./time-units.js";

export type BackOff =
  | { readonly kind: "none" }
  /** Keep level and reps; no step up before the hold ends. */
  | { readonly kind: "hold"; readonly hours: number }
  | { readonly kind: "step-down"; readonly hours: number }
  | { readonly kind: "reset"; readonly hours: number };

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
 * practice: a step up needs a run of practice without pain.
 */
export function applyBackOff(
  state: ProgressionState,
  backOff: BackOff,
  now: Date,
): { readonly state: ProgressionState; readonly outcome: BackOffOutcome } {
  const at = spotOf(state);
  switch (backOff.kind) {
    case "none":
      return { state, outcome: { kind: "none", at } };
    case "hold": {
      const holdUntil = holdEnd(state, backOff.hours, now);
      const extended = state.holdUntil === null || holdUntil.getTime() > state.holdUntil.getTime();
      return {
        state: { ...state, practice: [], holdUntil },
        outcome: { kind: "hold", at, holdUntil, extended },
      };
    }
    case "step-down":
    case "reset": {
      const holdUntil = holdEnd(state, backOff.hours, now);
      const level: Level = backOff.kind === "reset" ? 1 : state.level > 1 ? ((state.level - 1) as Level) : 1;
      const to = spotOf({ level, repsStep: 1 });
      return {
        state: { drill: state.drill, level, repsStep: 1, practice: [], holdUntil },
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

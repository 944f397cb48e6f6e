import { matchDrills } from "./drill-input.rules.js";
import { DRILLS, type Drill } from "./drills.rules.js";
import type { ProgressionState } from "./progression.rules.js";

/**
 * /drills: the matrices to describe, each at the member's current level: the one they typed, both
 * when they typed nothing, or null when the text names no drill.
 */
export function drillGuide(
  typed: string | null,
  progressions: ReadonlyMap<Drill, ProgressionState>,
): ProgressionState[] | null {
  const drills = typed === null ? DRILLS : matchDrills(typed);
  if (drills.length === 0) return null;
  return drills.flatMap((drill) => {
    const state = progressions.get(drill);
    return state ? [state] : [];
  });
}

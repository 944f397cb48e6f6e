import { drillGuide } from "../domain/drill-guide.rules.js";
import type { ProgressionState } from "../domain/progression.rules.js";
import { quote } from "../domain/result.js";
import type { AppDeps } from "./deps.js";
import { UserError } from "./errors.js";
import { currentProgressions } from "./progress.usecases.js";

/** /drills: the member's current level of each matrix they asked about (both when `typed` is null). */
export async function showDrillGuide(
  deps: AppDeps,
  userId: string,
  typed: string | null,
): Promise<ProgressionState[]> {
  const states = drillGuide(typed, await currentProgressions(deps.db, userId));
  if (states === null) throw new UserError("drills.unknownDrill", { input: quote(typed) });
  return states;
}

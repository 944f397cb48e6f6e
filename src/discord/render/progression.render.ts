import type { BackOffOutcome } from "../../domain/back-off.rules.js";
import type { Drill } from "../../domain/drills.rules.js";
import {
  isHoldActive,
  isTop,
  type ProgressionState,
  type Spot,
  spotOf,
} from "../../domain/progression.rules.js";
import { type SetsOutcome, STEP_UP_COUNTING, type ToGo, toGo } from "../../domain/step-up.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { drillLabel, levelTitle } from "./drill-words.render.js";
import { discordTime } from "./time.render.js";

/** "level 1 at 5 reps" inside a sentence. */
function spotText(spot: Spot, tr: Translator): string {
  return tr.t("progress.spot", { level: spot.level, count: spot.reps });
}

/** "4 more pain-free sets over 2 more days", "practice on 1 more day"; "" when nothing is left. */
function toGoText(remaining: ToGo, tr: Translator): string {
  const { setsToGo, daysToGo } = remaining;
  if (setsToGo > 0 && daysToGo > 0) {
    const days = tr.t("progress.toGo.overDays", { count: daysToGo });
    return tr.t("progress.toGo.setsOver", { count: setsToGo, days });
  }
  if (setsToGo > 0) return tr.t("progress.toGo.sets", { count: setsToGo });
  if (daysToGo > 0) return tr.t("progress.toGo.days", { count: daysToGo });
  return "";
}

/** One or two short sentences for the /log reply (or a reminder's Done). */
export function describeSetsOutcome(drill: Drill, outcome: SetsOutcome, tr: Translator): string {
  const label = drillLabel(tr, drill);
  switch (outcome.kind) {
    case "progress": {
      const line = tr.t("progress.sets.progress", {
        label,
        spot: spotText(outcome.at, tr),
        toGo: toGoText(outcome, tr),
      });
      if (outcome.uncounted === 0) return line;
      return `${line} ${tr.t("progress.sets.dailyCap", { max: STEP_UP_COUNTING.maxSetsPerDay })}`;
    }
    case "held":
      return tr.t("progress.sets.held", {
        label,
        spot: spotText(outcome.at, tr),
        until: discordTime(outcome.until),
        toGo: toGoText(outcome, tr),
      });
    case "stepped-up": {
      const { from, to } = outcome;
      const head = outcome.newLevel
        ? tr.t("progress.sets.newLevel", { label, level: levelTitle(tr, drill, to.level), count: to.reps })
        : tr.t("progress.sets.stepUp", { label, count: to.reps, from: from.reps, level: to.level });
      return outcome.reachedTop ? `${head} ${tr.t("progress.sets.reachedTop")}` : head;
    }
    case "top":
      return tr.t("progress.sets.top", { label, spot: spotText(outcome.at, tr) });
  }
}

/**
 * What a pain report did to one matrix, in one sentence, with the hold's real end: a matrix that
 * could not go lower is said to stay where it is.
 */
export function describeBackOffOutcome(drill: Drill, outcome: BackOffOutcome, tr: Translator): string {
  const label = drillLabel(tr, drill);
  switch (outcome.kind) {
    case "none":
      return tr.t("progress.backOff.none", { label, spot: spotText(outcome.at, tr) });
    case "hold":
      return tr.t(outcome.extended ? "progress.backOff.hold" : "progress.backOff.holdKept", {
        label,
        spot: spotText(outcome.at, tr),
        until: discordTime(outcome.holdUntil),
      });
    case "step-down":
    case "reset": {
      const { from, to } = outcome;
      const until = discordTime(outcome.holdUntil);
      if (!outcome.moved) return tr.t("progress.backOff.restarted", { label, spot: spotText(to, tr), until });
      if (from.level === to.level) {
        return tr.t("progress.backOff.repsDown", { label, level: to.level, reps: to.reps, until });
      }
      return tr.t("progress.backOff.moved", {
        label,
        to: spotText(to, tr),
        from: spotText(from, tr),
        until,
      });
    }
  }
}

/**
 * Where a member stands on their local date `today`, for /progress: "Level 1 · half-kneeling,
 * 5 reps: 2 more days … to step up."
 */
export function describeProgress(state: ProgressionState, now: Date, today: string, tr: Translator): string {
  const spot = spotOf(state);
  const where = tr.t("progress.standing.where", {
    level: levelTitle(tr, state.drill, spot.level),
    count: spot.reps,
  });
  if (isTop(state)) return tr.t("progress.standing.top", { where });
  const left = toGoText(toGo(state, today), tr);
  if (state.holdUntil !== null && isHoldActive(state, now)) {
    return tr.t("progress.standing.holdToGo", { where, toGo: left, until: discordTime(state.holdUntil) });
  }
  return left
    ? tr.t("progress.standing.toGo", { where, toGo: left })
    : tr.t("progress.standing.ready", { where });
}

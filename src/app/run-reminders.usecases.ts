import type { ClaimedReminder } from "../db/repos/reminders.repository.js";
import type { ReplacementPair } from "../db/repos/runs.repository.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { reminderNonce } from "../domain/reminders.rules.js";
import {
  plannedRunReminders,
  type RunReminderContent,
  runReminderContent,
  startOfWarmup,
} from "../domain/run-plan.rules.js";
import { reminderReplacedBy } from "../domain/run-warmup.rules.js";
import { runStartOn, runWhenOf, terrainOf } from "../domain/runs.rules.js";
import type { AppDeps } from "./deps.js";
import { measureStandingOf } from "./measure.usecases.js";
import { currentProgressions } from "./progress.usecases.js";

/**
 * Plans the warm-ups and check-ins of the runs starting within the planning horizon (one member's,
 * or everyone's for the planner job), then lets each new warm-up stand in for the ordinary reminder
 * nearest to it. Idempotent, like the drill reminders' planning.
 */
export async function planRunReminders(deps: AppDeps, userId: string | null): Promise<number> {
  const now = deps.clock.now();
  const rows = await deps.runs.plannable(userId);
  const planned = rows.flatMap((row) =>
    plannedRunReminders(row, [{ ...row, when: runWhenOf(row), terrain: terrainOf(row.terrain) }], now),
  );
  const inserted = await deps.reminders.insertPlanned(planned);
  await skipRemindersReplacedByWarmups(deps, userId);
  return inserted;
}

/**
 * Skips each planned ordinary reminder that a warm-up replaces (run-warmup.rules.ts). Called after
 * either kind is planned, so the order in which they were planned does not matter.
 */
export async function skipRemindersReplacedByWarmups(deps: AppDeps, userId: string | null): Promise<number> {
  const pairs = await deps.runs.replacementPairs(userId, deps.clock.now());
  const byWarmup = new Map<number, ReplacementPair[]>();
  for (const pair of pairs) byWarmup.set(pair.warmupId, [...(byWarmup.get(pair.warmupId) ?? []), pair]);
  const replaced: number[] = [];
  for (const group of byWarmup.values()) {
    const first = group[0];
    if (!first) continue;
    const candidates = group.map((pair) => ({ ...pair, dueAt: pair.reminderDueAt }));
    const chosen = reminderReplacedBy(first.warmupDueAt, candidates, first.timeZone);
    if (chosen?.reminderState === "planned") replaced.push(chosen.reminderId);
  }
  return deps.runs.skipReplaced(replaced);
}

/**
 * A run reminder's message: the routine at the member's current levels, shaped by their stiffer
 * ankle, or the check-in question.
 */
export async function runReminderContentOf(deps: AppDeps, row: ClaimedReminder): Promise<RunReminderContent> {
  const [run, member, progressions, measures] = await Promise.all([
    deps.runs.bySlot(row.userId, row.slot),
    deps.members.find(row.userId),
    currentProgressions(deps.db, row.userId),
    row.kind === "warmup" ? measureStandingOf(deps, row.userId) : undefined,
  ]);
  const terrain = terrainOf(run?.terrain ?? "road");
  const warmupMinutes = run?.warmupMinutes ?? 0;
  const kind = row.kind === "warmup" ? "warmup" : "run-check";
  const startAt =
    kind === "warmup"
      ? startOfWarmup(row.dueAt, warmupMinutes)
      : ((run && runStartOn(runWhenOf(run), row.localDate, memberTimeZone(member))) ?? row.dueAt);
  return runReminderContent(
    { kind, reminderId: row.id, nonce: reminderNonce(row), locale: row.locale, terrain, startAt },
    progressions,
    measures,
  );
}

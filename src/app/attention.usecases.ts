import type { ClaimedReminder } from "../db/repos/reminders.repository.js";
import { type AttentionContent, NUDGE_KIND, nudgeDecision } from "../domain/attention.rules.js";
import { isPaused } from "../domain/pause.rules.js";
import { reminderNonce } from "../domain/reminders.rules.js";
import type { AppDeps } from "./deps.js";

/** Members read at a time by the nudge planner. */
const NUDGE_PAGE = 1_000;

/**
 * Before the drill reminders are planned: members who answered a reminder or logged since their
 * nudge get all their reminders again (the planner then adds the ones the halving left out).
 */
export async function endHalvings(deps: AppDeps): Promise<number> {
  return deps.attention.endHalvings(deps.clock.now());
}

/**
 * After the drill reminders are planned: the nudges the fatigue rule (attention.rules.ts) calls
 * for, a page of members at a time, each in place of the member's next drill reminder; then the
 * halving of every member whose nudge stands. Idempotent, like the rest of planning. Returns the
 * nudges planned.
 */
export async function planNudges(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  let planned = 0;
  for (let after: string | null = null; ; ) {
    const page = await deps.attention.nudgeCandidates(after, NUDGE_PAGE, now);
    const due = page.filter(
      (candidate) => nudgeDecision({ ...candidate, paused: isPaused(candidate, now) }, now).nudge,
    );
    planned += await deps.attention.planNudges(
      due.map((candidate) => candidate.userId),
      now,
    );
    if (page.length < NUDGE_PAGE) break;
    after = page.at(-1)?.userId ?? null;
  }
  await deps.attention.trimHalved(now);
  return planned;
}

/** A claimed nudge's DM, or null when the member answered or logged since it was planned. */
export async function nudgeContentOf(deps: AppDeps, row: ClaimedReminder): Promise<AttentionContent | null> {
  const since = await deps.attention.nudgedAt(row.userId);
  if (since === null || (await deps.attention.respondedSince(row.userId, since))) return null;
  return { reminderId: row.id, nonce: reminderNonce(row), locale: row.locale, kind: NUDGE_KIND };
}

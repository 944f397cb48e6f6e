import type { Db } from "../db/db-client.js";
import { findMember, updateMember } from "../db/repos/members.repository.js";
import { endOpenPauses, startPause } from "../db/repos/pauses.repository.js";
import { isPaused } from "../domain/pause.rules.js";
import { DAY_MS } from "../domain/time-units.js";
import type { AppDeps, Caller } from "./deps.js";
import { UserError } from "./errors.js";
import { enterMember } from "./members.usecases.js";
import { planMemberReminders } from "./reminders.usecases.js";

export const MAX_PAUSE_DAYS = 365;

export interface PauseResult {
  /** Null: paused until /resume. */
  readonly until: Date | null;
}

/** A declared pause does not break the streak. */
export async function pauseReminders(
  deps: AppDeps,
  caller: Caller,
  days: number | null,
): Promise<PauseResult> {
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_PAUSE_DAYS)) {
    throw new UserError("schedule.pause.badDays", { max: MAX_PAUSE_DAYS });
  }
  const now = deps.clock.now();
  const until = days === null ? null : new Date(now.getTime() + days * DAY_MS);
  await enterMember(deps.db, caller, now);
  await deps.db.transaction((tx) => recordPause(tx, caller.userId, now, until));
  return { until };
}

/** The pause itself, inside the caller's transaction: the member's state and the declared interval. */
export async function recordPause(tx: Db, userId: string, now: Date, until: Date | null): Promise<void> {
  await updateMember(tx, userId, { pausedAt: now, pausedUntil: until }, now);
  await startPause(tx, userId, now, until);
}

/**
 * Ends a pause, and re-opens reminders for a member whose DMs were found closed (they come back
 * here after opening them). Returns false when there was nothing to resume.
 */
export async function resumeReminders(deps: AppDeps, userId: string): Promise<boolean> {
  const now = deps.clock.now();
  const member = await findMember(deps.db, userId);
  if (!member || (!isPaused(member, now) && member.dmsClosedAt === null)) return false;
  const changes = { pausedAt: null, pausedUntil: null, dmsClosedAt: null, dmsClosedNoticeSentAt: null };
  await deps.db.transaction(async (tx) => {
    await updateMember(tx, userId, changes, now);
    await endOpenPauses(tx, userId, now);
  });
  await planMemberReminders(deps, { ...member, ...changes });
  return true;
}

import { pauseIntervals } from "../db/repos/pauses.repository.js";
import type { ClaimedReminder } from "../db/repos/reminders.repository.js";
import { recentPracticeDates } from "../db/repos/set-logs.repository.js";
import {
  type AttentionContent,
  plannedStreakWarnings,
  STREAK_WARNING_KIND,
  streakAtRisk,
} from "../domain/attention.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { reminderNonce } from "../domain/reminders.rules.js";
import { pausedLocalDates } from "../domain/streak.rules.js";
import { DAY_MS } from "../domain/time-units.js";
import type { AppDeps } from "./deps.js";

/** Members read at a time by the streak warning planner. */
const WARNER_PAGE = 1_000;
/** Enough practice days to tell a streak of STREAK_WARNING.minStreak, with pauses in between. */
const STREAK_LOOKBACK_DAYS = 60;

/** The planner: a streak warning at 21:00 local on each day in the horizon, for every member who opted in. */
export async function planStreakWarnings(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  let planned = 0;
  for (let after: string | null = null; ; ) {
    const page = await deps.attention.streakWarners(after, WARNER_PAGE);
    planned += await deps.reminders.insertPlanned(
      page.flatMap((member) => plannedStreakWarnings(member, now)),
    );
    if (page.length < WARNER_PAGE) return planned;
    after = page.at(-1)?.userId ?? null;
  }
}

/** After /schedule: the member's planned streak warnings follow their zone and their choice. */
export async function replanStreakWarnings(deps: AppDeps, userId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.reminders.deleteFuturePlanned(userId, now, STREAK_WARNING_KIND);
  const member = await deps.members.find(userId);
  if (!member?.streakWarning || member.timeZone === null || member.enrolledAt === null) return;
  await deps.reminders.insertPlanned(plannedStreakWarnings({ userId, timeZone: member.timeZone }, now));
}

/**
 * A claimed streak warning's DM, or null when it is no longer due: the member switched it off,
 * logged a set that day, or has a streak too short to warn about.
 */
export async function streakWarningContentOf(
  deps: AppDeps,
  row: ClaimedReminder,
): Promise<AttentionContent | null> {
  const now = deps.clock.now();
  const [member, practice, pauses] = await Promise.all([
    deps.members.find(row.userId),
    recentPracticeDates(deps.db, row.userId, STREAK_LOOKBACK_DAYS),
    pauseIntervals(deps.db, row.userId, new Date(now.getTime() - STREAK_LOOKBACK_DAYS * DAY_MS), now),
  ]);
  if (!member?.streakWarning) return null;
  const paused = pausedLocalDates(pauses, memberTimeZone(member));
  const streakDays = streakAtRisk(new Set(practice), row.localDate, paused);
  if (streakDays === null) return null;
  const envelope = { reminderId: row.id, nonce: reminderNonce(row), locale: row.locale };
  return { ...envelope, kind: STREAK_WARNING_KIND, streakDays };
}

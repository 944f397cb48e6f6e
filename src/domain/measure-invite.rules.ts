/**
 * When Dorsi invites a member to measure their ankles: four weeks after their last measure, or, for
 * a member who never measured, once in their first week of practice; always at the time of a drill
 * reminder of theirs, so inside their reminder window and on one of their reminder days. Pure.
 */
import { addDays, localDateAt } from "./local-time.rules.js";
import { type MemberSchedule, scheduledReminders, scheduleOf } from "./reminders.rules.js";

/** The reminders row kind of an invitation. */
export const MEASURE_INVITE_KIND = "measure-invite";

/** Re-test every four weeks (design/domain.md): long enough for the drills to show beyond the error. */
export const RETEST_DAYS = 28;
/** A newcomer is invited on their third day, once the drills are a habit but still new. */
const FIRST_INVITE_DAY = 2;

/** An enrolled member with open DMs who has not been invited since their last measure. */
export interface MeasureInviteCandidate extends MemberSchedule {
  /** When they asked for reminders, in ms since the epoch. */
  readonly enrolledMs: number;
  /** Null: never measured. */
  readonly lastMeasuredOn: string | null;
}

/** The invitation to store: one per member and local date, at slot 0 of its own kind. */
interface PlannedMeasureInvite {
  readonly userId: string;
  readonly kind: typeof MEASURE_INVITE_KIND;
  readonly localDate: string;
  readonly slot: 0;
  readonly dueAt: Date;
}

/**
 * The member's invitation, once it falls in the planning horizon: at their first drill reminder on
 * or after the day it is due (a newcomer who enrolled long ago gets theirs at the next one). Null
 * while it is further off, or for a member without reminder settings.
 */
export function measureInvite(member: MeasureInviteCandidate, now: Date): PlannedMeasureInvite | null {
  const settings = scheduleOf(member);
  if (!settings) return null;
  const dueOn = member.lastMeasuredOn
    ? addDays(member.lastMeasuredOn, RETEST_DAYS)
    : addDays(localDateAt(new Date(member.enrolledMs), settings.timeZone), FIRST_INVITE_DAY);
  const slot = scheduledReminders(member, now).find((reminder) => reminder.localDate >= dueOn);
  if (!slot) return null;
  return {
    userId: member.userId,
    kind: MEASURE_INVITE_KIND,
    localDate: slot.localDate,
    slot: 0,
    dueAt: slot.dueAt,
  };
}

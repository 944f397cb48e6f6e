/**
 * Who may answer a reminder's buttons (Done, Pain, Snooze, a morning check's bands) and what a
 * snooze does. Pure: the caller passes the reminder as stored and the time.
 */
import { MINUTE_MS } from "./time-units.js";

const SNOOZE_MINUTES = 30;
export const MAX_SNOOZES = 2;

/** What the answer rules read of a stored reminder. */
interface AnsweredReminder {
  readonly userId: string;
  readonly kind: string;
  readonly state: string;
  /** How it was answered ("done", "pain", "morning:1-2"), or null while unanswered. */
  readonly outcome: string | null;
  readonly snoozes: number;
}

/** Why a button changes nothing: someone else's reminder, an answered one, or one not out now. */
export type AnswerRefusal =
  | { readonly reason: "not-yours" }
  | { readonly reason: "already-answered"; readonly outcome: string }
  | { readonly reason: "inactive" };

/** Null when `userId` may answer this reminder with a button of `kind`'s reminders. */
export function answerRefusal(
  reminder: AnsweredReminder,
  userId: string,
  kind: string,
): AnswerRefusal | null {
  if (reminder.userId !== userId || reminder.kind !== kind) return { reason: "not-yours" };
  if (reminder.outcome !== null) return { reason: "already-answered", outcome: reminder.outcome };
  // A button exists only on a delivered DM: while its delivery is still being recorded ("sending")
  // it is as out as a "sent" one.
  if (reminder.state !== "sending" && reminder.state !== "sent") return { reason: "inactive" };
  return null;
}

/** When a snoozed reminder comes again, or null once it was snoozed MAX_SNOOZES times. */
export function snoozedUntil(reminder: Pick<AnsweredReminder, "snoozes">, now: Date): Date | null {
  if (reminder.snoozes >= MAX_SNOOZES) return null;
  return new Date(now.getTime() + SNOOZE_MINUTES * MINUTE_MS);
}

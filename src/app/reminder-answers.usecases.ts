import type { ReminderRow } from "../db/repos/reminders.repository.js";
import type { Drill } from "../domain/drills.rules.js";
import type { RawPainInput } from "../domain/pain-input.rules.js";
import {
  type AnswerRefusal,
  answerRefusal,
  MAX_SNOOZES,
  snoozedUntil,
} from "../domain/reminder-answers.rules.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { UserError } from "./errors.js";
import { type LogSetsResult, logSets } from "./log-sets.usecases.js";
import { type ReportPainResult, reportPain } from "./report-pain.usecases.js";

/**
 * Locks the reminder a button belongs to and checks it can still be answered by this member;
 * a button on someone else's, an old or an already answered reminder changes nothing.
 */
export async function lockOpenReminder(
  tx: AppDeps,
  userId: string,
  reminderId: number,
  kind: string,
): Promise<ReminderRow> {
  const row = await tx.reminders.lock(reminderId);
  if (!row) throw refused({ reason: "not-yours" });
  const refusal = answerRefusal(row, userId, kind);
  if (refusal) throw refused(refusal);
  return row;
}

function refused(refusal: AnswerRefusal): UserError {
  switch (refusal.reason) {
    case "not-yours":
      return new UserError("reminders.errors.notYours");
    case "already-answered":
      return new UserError("reminders.errors.alreadyAnswered", { outcome: answeredAs(refusal.outcome) });
    case "inactive":
      return new UserError("reminders.errors.inactive");
  }
}

/**
 * A stored outcome ("done", "pain", "morning:1-2") as the key under reminders.answeredAs that words
 * it ("morning-1-2"): the sentence nests that key, and ":" would read as a namespace there.
 */
function answeredAs(outcome: string): string {
  return outcome.replace(":", "-");
}

/**
 * Done: logs one set of the reminder's drill (both matrices for a warm-up, which names none), once,
 * however often the button is clicked.
 */
export async function answerDone(
  deps: AppDeps,
  caller: Caller,
  reminderId: number,
  interactionId: string,
  kind: "drill" | "warmup" = "drill",
): Promise<LogSetsResult> {
  return inTransaction(deps, async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, kind);
    await tx.reminders.markAnswered(row.id, "done", deps.clock.now());
    return logSets(tx, { caller, drill: row.drill ?? "both", sets: 1, interactionId, source: "reminder" });
  });
}

/** Snooze: the same reminder comes again in 30 minutes, at most twice. */
export async function snoozeReminder(deps: AppDeps, caller: Caller, reminderId: number): Promise<Date> {
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, "drill");
    const dueAt = snoozedUntil(row, now);
    if (dueAt === null) throw new UserError("reminders.errors.snoozeLimit", { count: MAX_SNOOZES });
    await tx.reminders.snooze(row.id, dueAt, row.snoozes + 1);
    return dueAt;
  });
}

/**
 * Checks a reminder's Pain button before the form opens (the answer comes with the form), and gives
 * the reminder's drill for the form to start on.
 */
export async function checkReminderOpen(
  deps: AppDeps,
  userId: string,
  reminderId: number,
): Promise<Drill | null> {
  const row = await inTransaction(deps, (tx) => lockOpenReminder(tx, userId, reminderId, "drill"));
  return row.drill;
}

/** Pain from a reminder: the same rules as /pain, about the reminder's drill unless the form says else. */
export async function answerPain(
  deps: AppDeps,
  caller: Caller,
  reminderId: number,
  raw: RawPainInput,
  interactionId: string,
): Promise<ReportPainResult> {
  return inTransaction(deps, async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, "drill");
    const result = await reportPain(tx, {
      caller,
      // The form starts on the reminder's drill; the member may have said it was something else.
      raw: raw.context === undefined ? { ...raw, drill: row.drill ?? "unknown" } : raw,
      interactionId,
      source: "reminder",
    });
    await tx.reminders.markAnswered(row.id, "pain", deps.clock.now());
    return result;
  });
}

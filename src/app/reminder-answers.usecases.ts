import { eq } from "drizzle-orm";
import type { Db } from "../db/db-client.js";
import { findMember } from "../db/repos/members.repository.js";
import { insertPainReport } from "../db/repos/pain-reports.repository.js";
import type { ReminderRow } from "../db/repos/reminders.repository.js";
import { painReports, reminders } from "../db/schema.js";
import { memberTimeZone } from "../domain/members.rules.js";
import {
  decideMorningCheck,
  type MorningBand,
  type MorningCheckResult,
  PAIN_RULES,
  type PainDrill,
  type PainLocation,
} from "../domain/pain.rules.js";
import type { RawPainInput } from "../domain/pain-input.rules.js";
import { localDateAt } from "../domain/schedule.rules.js";
import type { AppDeps, Caller } from "./deps.js";
import { UserError } from "./errors.js";
import { type LogSetsResult, logSets } from "./log-sets.usecases.js";
import {
  applyDecision,
  type PainChange,
  painHistory,
  type ReportPainResult,
  reportPain,
} from "./report-pain.usecases.js";

export const SNOOZE_MINUTES = 30;
export const MAX_SNOOZES = 2;

/**
 * Locks the reminder a button belongs to and checks it can still be answered by this member;
 * a button on someone else's, an old or an already answered reminder changes nothing.
 */
async function lockOpenReminder(
  tx: Db,
  userId: string,
  reminderId: number,
  kind: string,
): Promise<ReminderRow> {
  const [row] = await tx.select().from(reminders).where(eq(reminders.id, reminderId)).for("update");
  if (!row || row.userId !== userId || row.kind !== kind) throw new UserError("reminders.errors.notYours");
  if (row.outcome !== null)
    throw new UserError("reminders.errors.alreadyAnswered", { outcome: answeredAs(row.outcome) });
  if (row.state !== "sent") throw new UserError("reminders.errors.inactive");
  return row;
}

/**
 * A stored outcome ("done", "pain", "morning:1-2") as the key under reminders.answeredAs that words
 * it ("morning-1-2"): the sentence nests that key, and ":" would read as a namespace there.
 */
function answeredAs(outcome: string): string {
  return outcome.replace(":", "-");
}

async function markAnswered(tx: Db, id: number, outcome: string, now: Date): Promise<void> {
  await tx.update(reminders).set({ outcome, answeredAt: now }).where(eq(reminders.id, id));
}

/** Done: logs one set of the reminder's drill, once, however often the button is clicked. */
export async function answerDone(
  deps: AppDeps,
  caller: Caller,
  reminderId: number,
  interactionId: string,
): Promise<LogSetsResult> {
  return deps.db.transaction(async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, "drill");
    await markAnswered(tx, row.id, "done", deps.clock.now());
    return logSets(
      { ...deps, db: tx },
      { caller, drill: row.drill ?? "both", sets: 1, interactionId, source: "reminder" },
    );
  });
}

/** Snooze: the same reminder comes again in 30 minutes, at most twice. */
export async function snoozeReminder(deps: AppDeps, caller: Caller, reminderId: number): Promise<Date> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, "drill");
    if (row.snoozes >= MAX_SNOOZES) {
      throw new UserError("reminders.errors.snoozeLimit", { count: MAX_SNOOZES });
    }
    const dueAt = new Date(now.getTime() + SNOOZE_MINUTES * 60_000);
    await tx
      .update(reminders)
      .set({ state: "planned", dueAt, snoozes: row.snoozes + 1, sentAt: null, messageId: null })
      .where(eq(reminders.id, row.id));
    return dueAt;
  });
}

/** Checks a reminder's Pain button before the form opens (the answer comes with the form). */
export async function checkReminderOpen(deps: AppDeps, userId: string, reminderId: number): Promise<void> {
  await deps.db.transaction((tx) => lockOpenReminder(tx, userId, reminderId, "drill"));
}

/** Pain from a reminder: the same rules and code as /pain, about the reminder's drill. */
export async function answerPain(
  deps: AppDeps,
  caller: Caller,
  reminderId: number,
  raw: RawPainInput,
  interactionId: string,
): Promise<ReportPainResult> {
  return deps.db.transaction(async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, "drill");
    const result = await reportPain(
      { ...deps, db: tx },
      { caller, raw: { ...raw, drill: row.drill ?? "unknown" }, interactionId, source: "reminder" },
    );
    await markAnswered(tx, row.id, "pain", deps.clock.now());
    return result;
  });
}

export interface MorningAnswer {
  readonly result: MorningCheckResult;
  readonly changes: readonly PainChange[];
}

/**
 * The next-morning check: worse than the evening before backs off as /pain would; settled keeps
 * the plan. The answer is kept as a report so that escalation sees it.
 */
export async function answerMorningCheck(
  deps: AppDeps,
  caller: Caller,
  reminderId: number,
  band: MorningBand,
  interactionId: string,
): Promise<MorningAnswer> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, "morning-check");
    const [evening] = row.painReportId
      ? await tx.select().from(painReports).where(eq(painReports.id, row.painReportId))
      : [];
    const result = decideMorningCheck({
      eveningSeverity: evening?.severity ?? 0,
      morningBand: band,
      // Stored reports were validated against these types when they were written.
      drill: (evening?.drill ?? row.drill) as PainDrill | null,
      location: (evening?.location ?? "other") as PainLocation,
      history: { checkedAt: now, recent: await painHistory(tx, caller.userId, now) },
    });
    const member = await findMember(tx, caller.userId);
    await insertPainReport(tx, {
      userId: caller.userId,
      severity: PAIN_RULES.morning.severity[band],
      location: evening?.location ?? "other",
      drill: evening?.drill ?? row.drill,
      context: "morning",
      source: "morning-check",
      reportedAt: now,
      localDate: localDateAt(now, memberTimeZone(member)),
      interactionId,
    });
    const changes = result.decision ? await applyDecision(tx, caller.userId, result.decision, now) : [];
    await markAnswered(tx, row.id, `morning:${band}`, now);
    return { result, changes };
  });
}

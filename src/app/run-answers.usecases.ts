import type { PainContext } from "../domain/pain.rules.js";
import type { RawPainInput } from "../domain/pain-input.rules.js";
import { type CheckInAnswer, painContextOf } from "../domain/run-plan.rules.js";
import { terrainOf } from "../domain/runs.rules.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { lockOpenReminder } from "./reminder-answers.usecases.js";
import { type ReportPainResult, reportPain } from "./report-pain.usecases.js";

/** A pain form opened from a warm-up ("That hurt") or from a check-in ("A bit sore", "Painful"). */
export type RunPainAnswer = "hurt" | Exclude<CheckInAnswer, "fine">;

const kindOf = (answer: RunPainAnswer) => (answer === "hurt" ? "warmup" : "run-check");

/** Skip: the warm-up is answered, nothing is logged. */
export async function warmupSkip(deps: AppDeps, caller: Caller, reminderId: number): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, "warmup");
    await tx.reminders.markAnswered(row.id, "skip", deps.clock.now());
  });
}

/**
 * Checks the button before its pain form opens, and says what the pain is about: the drills for a
 * warm-up, the run (or its descents, on trail and downhill) for a check-in.
 */
export async function runPainContext(
  deps: AppDeps,
  userId: string,
  reminderId: number,
  answer: RunPainAnswer,
): Promise<PainContext> {
  return inTransaction(deps, async (tx) => {
    const row = await lockOpenReminder(tx, userId, reminderId, kindOf(answer));
    if (answer === "hurt") return "drills";
    const run = await tx.runs.bySlot(userId, row.slot);
    return painContextOf(terrainOf(run?.terrain ?? "road"));
  });
}

/** Fine: a pain-free run, recorded with the check-in's date. */
export async function checkInFine(deps: AppDeps, caller: Caller, reminderId: number): Promise<void> {
  const now = deps.clock.now();
  await inTransaction(deps, async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, "run-check");
    await tx.reminders.markAnswered(row.id, "run:fine", now);
    const run = await tx.runs.bySlot(caller.userId, row.slot);
    if (run) {
      await tx.runs.recordCheckIn({
        userId: caller.userId,
        runId: run.id,
        localDate: row.localDate,
        answer: "fine",
        answeredAt: now,
      });
    }
  });
}

/**
 * The pain form of a warm-up or a check-in, through the same rules and code as /pain; a check-in
 * keeps its answer and the report it led to. The context is the form's, else the button's.
 */
export async function reportRunPain(
  deps: AppDeps,
  caller: Caller,
  reminderId: number,
  answer: RunPainAnswer,
  raw: RawPainInput,
  interactionId: string,
): Promise<ReportPainResult> {
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const row = await lockOpenReminder(tx, caller.userId, reminderId, kindOf(answer));
    const run = await tx.runs.bySlot(caller.userId, row.slot);
    const fallback = answer === "hurt" ? "drills" : painContextOf(terrainOf(run?.terrain ?? "road"));
    const result = await reportPain(tx, {
      caller,
      raw: { ...raw, context: raw.context ?? fallback, drill: raw.drill ?? "unknown" },
      interactionId,
      source: "reminder",
    });
    await tx.reminders.markAnswered(row.id, answer === "hurt" ? "pain" : `run:${answer}`, now);
    if (answer !== "hurt" && run) {
      await tx.runs.recordCheckIn({
        userId: caller.userId,
        runId: run.id,
        localDate: row.localDate,
        answer,
        painReportId: result.reportId,
        answeredAt: now,
      });
    }
    return result;
  });
}

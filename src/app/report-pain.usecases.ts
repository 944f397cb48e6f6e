import type { Db } from "../db/db-client.js";
import { insertPainReport, painReportsSince } from "../db/repos/pain-reports.repository.js";
import { lockProgression, saveProgression } from "../db/repos/progressions.repository.js";
import { applyBackOff, type BackOffOutcome } from "../domain/back-off.rules.js";
import type { Drill } from "../domain/drills.rules.js";
import { localDateAt } from "../domain/local-time.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { decidePain, type PainDecision, type PastReport } from "../domain/pain.rules.js";
import { type ParsedPainInput, parsePainInput, type RawPainInput } from "../domain/pain-input.rules.js";
import { DAY_MS } from "../domain/time-units.js";
import type { AppDeps, Caller } from "./deps.js";
import { unwrap } from "./errors.js";
import { enterMember } from "./members.usecases.js";
import { planMorningCheck } from "./morning-checks.usecases.js";

/** Escalation looks back this far (domain/pain.ts decides what counts). */
const HISTORY_DAYS = 28;

interface ReportPainInput {
  readonly caller: Caller;
  readonly raw: RawPainInput;
  readonly interactionId: string | null;
  /** Where it came from: the /pain command, a reminder's Pain button, or a morning check. */
  readonly source: "command" | "reminder" | "morning-check";
}

export interface PainChange {
  readonly drill: Drill;
  readonly outcome: BackOffOutcome;
}

export interface ReportPainResult {
  /** False when this interaction had been recorded already: nothing changed again. */
  readonly recorded: boolean;
  readonly decision: PainDecision;
  readonly changes: readonly PainChange[];
  /** When Dorsi will ask how it feels (null for a pain-free check-in). */
  readonly morningCheckAt: Date | null;
}

/** Checks the raw input first: a bad value is refused with its problem and nothing is written. */
function validatePainInput(raw: RawPainInput): ParsedPainInput {
  return unwrap(parsePainInput(raw));
}

/**
 * Records a pain report and makes the plan gentler at once, in one transaction: the report, the
 * back-off of each implicated matrix and the next-morning check land together or not at all.
 */
export async function reportPain(deps: AppDeps, input: ReportPainInput): Promise<ReportPainResult> {
  const report = validatePainInput(input.raw);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const member = await enterMember(tx, input.caller, now);
    const decision = decidePain({ ...report, reportedAt: now }, await painHistory(tx, member.userId, now));
    const row = await insertPainReport(tx, {
      userId: member.userId,
      severity: report.severity,
      location: report.location,
      drill: report.drill,
      context: report.context ?? null,
      note: report.note ?? null,
      source: input.source,
      reportedAt: now,
      localDate: localDateAt(now, memberTimeZone(member)),
      interactionId: input.interactionId,
    });
    if (!row) return { recorded: false, decision, changes: [], morningCheckAt: null };
    const changes = await applyDecision(tx, member.userId, decision, now);
    const morningCheckAt =
      report.severity > 0
        ? await planMorningCheck(tx, member, now, { painReportId: row.id, drill: null })
        : null;
    return { recorded: true, decision, changes, morningCheckAt };
  });
}

/** The member's reports of the last HISTORY_DAYS, as the pain rules take them (they pick their windows). */
export async function painHistory(tx: Db, userId: string, now: Date): Promise<PastReport[]> {
  const rows = await painReportsSince(tx, userId, new Date(now.getTime() - HISTORY_DAYS * DAY_MS));
  // Stored locations were validated against PainLocation when they were written.
  return rows.map((row) => ({
    severity: row.severity,
    location: row.location as PastReport["location"],
    reportedAt: row.reportedAt,
  }));
}

/** Backs off every implicated matrix as the decision says. */
export async function applyDecision(
  tx: Db,
  userId: string,
  decision: PainDecision,
  now: Date,
): Promise<PainChange[]> {
  const changes: PainChange[] = [];
  for (const drill of decision.plan.drills) {
    const before = await lockProgression(tx, userId, drill, now);
    const { state, outcome } = applyBackOff(before, decision.plan.backOff, now);
    await saveProgression(tx, userId, before, state, `pain report (${decision.band})`, now);
    changes.push({ drill, outcome });
  }
  return changes;
}

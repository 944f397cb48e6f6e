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
import { shouldAskSigns } from "../domain/warning-signs.rules.js";
import type { AppDeps, Caller } from "./deps.js";
import { unwrap } from "./errors.js";
import { enterMember } from "./members.usecases.js";
import { planMorningCheck } from "./morning-checks.usecases.js";
import { type PauseResult, recordPause } from "./pause.usecases.js";

/** Longer than any window of the pain rules, which pick their own. */
const HISTORY_DAYS = 28;

interface ReportPainInput {
  readonly caller: Caller;
  readonly raw: RawPainInput;
  readonly interactionId: string | null;
  readonly source: "command" | "reminder" | "morning-check";
}

export interface PainChange {
  readonly drill: Drill;
  readonly outcome: BackOffOutcome;
}

export interface ReportPainResult {
  /** False for a replayed interaction: nothing changed again. */
  readonly recorded: boolean;
  readonly decision: PainDecision;
  readonly changes: readonly PainChange[];
  readonly morningCheckAt: Date | null;
  /** The stored report (null when it had been recorded already). */
  readonly reportId: number | null;
  /** The reply asks about warning signs (once; the answer comes back with reportId). */
  readonly askSigns: boolean;
  /** The pause this report started: with no end for an urgent sign, until they have been seen. */
  readonly pause: PauseResult | null;
}

function validatePainInput(raw: RawPainInput): ParsedPainInput {
  return unwrap(parsePainInput(raw));
}

/** One transaction, so that no report lands without its back-off and morning check. */
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
      signs: report.signs === null ? null : [...report.signs],
      source: input.source,
      reportedAt: now,
      localDate: localDateAt(now, memberTimeZone(member)),
      interactionId: input.interactionId,
    });
    if (!row) {
      return {
        recorded: false,
        decision,
        changes: [],
        morningCheckAt: null,
        reportId: null,
        askSigns: false,
        pause: null,
      };
    }
    const changes = await applyDecision(tx, member.userId, decision, now);
    const pause = await pauseUntilSeen(tx, member.userId, decision, now);
    const morningCheckAt =
      report.severity > 0 || decision.signs.tier !== null
        ? await planMorningCheck(tx, member, now, { painReportId: row.id, drill: null })
        : null;
    const askSigns = shouldAskSigns(report.severity, report.signs, decision.signs.tier);
    return { recorded: true, decision, changes, morningCheckAt, reportId: row.id, askSigns, pause };
  });
}

export async function painHistory(tx: Db, userId: string, now: Date): Promise<PastReport[]> {
  const rows = await painReportsSince(tx, userId, new Date(now.getTime() - HISTORY_DAYS * DAY_MS));
  // Stored locations were validated against PainLocation when they were written.
  return rows.map((row) => ({
    severity: row.severity,
    location: row.location as PastReport["location"],
    reportedAt: row.reportedAt,
  }));
}

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

/**
 * An urgent sign stops the reminders (and the morning checks) with no end, as /pause would, until
 * the member says they have been seen ("I've been seen" or /resume). Null for any other decision.
 */
export async function pauseUntilSeen(
  tx: Db,
  userId: string,
  decision: PainDecision,
  now: Date,
): Promise<PauseResult | null> {
  if (!decision.pauseUntilSeen) return null;
  await recordPause(tx, userId, now, null);
  return { until: null };
}

import type { Db } from "../db/db-client.js";
import { lockProgression, saveProgression } from "../db/repos/progressions.repository.js";
import { applyBackOff, type BackOffOutcome } from "../domain/back-off.rules.js";
import type { Drill } from "../domain/drills.rules.js";
import { localDateAt } from "../domain/local-time.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { decidePain, type PainDecision } from "../domain/pain.rules.js";
import { placeReport } from "../domain/pain-episodes.rules.js";
import { type ParsedPainInput, parsePainInput, type RawPainInput } from "../domain/pain-input.rules.js";
import { shouldAskSigns } from "../domain/warning-signs.rules.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { unwrap } from "./errors.js";
import { enterMember } from "./members.usecases.js";
import { followUpReport, painHistory } from "./pain-episodes.usecases.js";
import { type PauseResult, recordPause } from "./pause.usecases.js";

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

/**
 * One transaction, so that no report (a new episode, or a follow-up of one) lands without its
 * back-off and morning checks.
 */
export async function reportPain(deps: AppDeps, input: ReportPainInput): Promise<ReportPainResult> {
  const report = validatePainInput(input.raw);
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const member = await enterMember(tx.db, input.caller, now);
    const history = await painHistory(tx, member.userId, now);
    const decision = decidePain({ ...report, reportedAt: now }, history);
    const row = await tx.painReports.insert({
      userId: member.userId,
      severity: report.severity,
      location: report.location,
      side: report.side ?? null,
      episodeId: placeReport(history, { ...report, at: now }).current?.id ?? null,
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
    const changes = await applyDecision(tx.db, member.userId, decision, now);
    const pause = await pauseUntilSeen(tx.db, member.userId, decision, now);
    const morningCheckAt =
      report.severity > 0 || decision.signs.tier !== null
        ? await followUpReport(tx, member, row, history, now)
        : null;
    const askSigns = shouldAskSigns(report.severity, report.signs, decision.signs.tier);
    return { recorded: true, decision, changes, morningCheckAt, reportId: row.id, askSigns, pause };
  });
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

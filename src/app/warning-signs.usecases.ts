import { lockPainReport, setPainReportSigns } from "../db/repos/pain-reports.repository.js";
import { decidePain, type PainDecision, type PainDrill, type PainLocation } from "../domain/pain.rules.js";
import { findSigns, parseSignChoices } from "../domain/warning-signs.rules.js";
import type { AppDeps, Caller } from "./deps.js";
import { UserError, unwrap } from "./errors.js";
import type { PauseResult } from "./pause.usecases.js";
import { applyDecision, type PainChange, pauseUntilSeen } from "./report-pain.usecases.js";

export interface SignAnswerResult {
  /** The report decided again with the signs; null when they change nothing (no tier, or the note's). */
  readonly decision: PainDecision | null;
  readonly changes: readonly PainChange[];
  readonly pause: PauseResult | null;
}

/**
 * The member's answer to "any of these warning signs?" after a report: stored on that report once,
 * and a sign's tier applied to the plan at once (the number's own back-off was applied with the
 * report). A second answer, or one about a report that is gone or someone else's, changes nothing.
 */
export async function answerWarningSigns(
  deps: AppDeps,
  caller: Caller,
  reportId: number,
  raw: unknown,
): Promise<SignAnswerResult> {
  const selected = unwrap(parseSignChoices(raw)) ?? [];
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const report = await lockPainReport(tx, reportId);
    if (!report || report.userId !== caller.userId) throw new UserError("signs.errors.stale");
    if (report.signs !== null) throw new UserError("signs.errors.answered");
    await setPainReportSigns(tx, report.id, selected);
    const decision = decidePain({
      severity: report.severity,
      // Stored values were validated against these types when the report was written.
      location: report.location as PainLocation,
      drill: report.drill as PainDrill | null,
      ...(report.note === null ? {} : { note: report.note }),
      signs: selected,
      reportedAt: report.reportedAt,
    });
    // The note's own signs were applied with the report: only a higher tier is news.
    if (decision.signs.tier === findSigns([], report.note).tier) {
      return { decision: null, changes: [], pause: null };
    }
    const changes = await applyDecision(tx, caller.userId, decision, now);
    return { decision, changes, pause: await pauseUntilSeen(tx, caller.userId, decision, now) };
  });
}

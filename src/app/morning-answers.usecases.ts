import type { MemberRow } from "../db/repos/members.repository.js";
import type { PainReportRow } from "../db/repos/pain-reports.repository.js";
import type { ReminderRow } from "../db/repos/reminders.repository.js";
import { localDateAt } from "../domain/local-time.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import {
  decideMorningCheck,
  episodeAwaitingChecks,
  type MorningBand,
  type MorningCheckResult,
} from "../domain/morning-check.rules.js";
import type { PainDrill } from "../domain/pain.rules.js";
import { firstReport, groupEpisodes } from "../domain/pain-episodes.rules.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { planEpisodeChecks } from "./morning-checks.usecases.js";
import { painHistoryRows, pastReport } from "./pain-episodes.usecases.js";
import { lockOpenReminder } from "./reminder-answers.usecases.js";
import { applyDecision, type PainChange } from "./report-pain.usecases.js";

export interface MorningAnswer {
  readonly result: MorningCheckResult;
  readonly changes: readonly PainChange[];
  /** When Dorsi asks again (null: it has settled, or its week is over). */
  readonly nextCheckAt: Date | null;
}

/**
 * A morning check's answer, stored as a follow-up of the episode it asks about: settled ends the
 * checks, worse backs off as /pain would, and anything short of settled is asked again the next
 * morning (worse even after the episode's week).
 */
export async function answerMorningCheck(
  deps: AppDeps,
  caller: Caller,
  reminderId: number,
  band: MorningBand,
  interactionId: string,
): Promise<MorningAnswer> {
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const check = await lockOpenReminder(tx, caller.userId, reminderId, "morning-check");
    const member = await tx.members.find(caller.userId);
    if (!member) throw new Error(`morning check ${check.id} of unknown member ${caller.userId}`);
    const rows = await painHistoryRows(tx, caller.userId, now);
    const drill = drillOf(rows, check);
    const result = decideMorningCheck({
      band,
      episodeId: check.painReportId,
      drill,
      localDate: check.localDate,
      answeredAt: now,
      recent: rows.map(pastReport),
    });
    const stored = await tx.painReports.insert({
      userId: caller.userId,
      severity: result.severity,
      location: result.location,
      side: result.side,
      drill,
      context: "morning",
      source: "morning-check",
      reportedAt: now,
      localDate: localDateAt(now, memberTimeZone(member)),
      interactionId,
      episodeId: result.episodeId,
    });
    const changes = await applyDecision(tx.db, caller.userId, result.decision, now);
    const nextCheckAt = stored ? await planAfterAnswer(tx, member, result, stored, rows) : null;
    await tx.reminders.markAnswered(check.id, `morning:${band}`, now);
    return { result, changes, nextCheckAt };
  });
}

/** The drill the answer is about: the one its episode last named, or the new level's. */
function drillOf(rows: readonly PainReportRow[], check: ReminderRow): PainDrill | null {
  const episodeId = check.painReportId;
  const named = rows.findLast(
    (row) => (row.id === episodeId || row.episodeId === episodeId) && row.drill !== null,
  );
  // Stored drills were validated against PainDrill when they were written.
  return (named?.drill ?? check.drill) as PainDrill | null;
}

/**
 * The checks after an answer: the next mornings of its episode when it is to be asked again;
 * once settled, its planned checks go and the mornings pass to another episode still waiting.
 */
async function planAfterAnswer(
  tx: AppDeps,
  member: MemberRow,
  result: MorningCheckResult,
  stored: PainReportRow,
  rows: readonly PainReportRow[],
): Promise<Date | null> {
  const now = stored.reportedAt;
  if (result.askAgain) {
    const id = result.episodeId ?? stored.id;
    const openedOn = rows.find((row) => row.id === id)?.localDate ?? stored.localDate;
    return planEpisodeChecks(tx, member, { id, openedOn }, now, result.outcome === "worse");
  }
  if (result.outcome !== "settled" || result.episodeId === null) return null;
  await tx.reminders.cancelMorningChecks(member.userId, result.episodeId, now);
  const others = groupEpisodes(rows.map(pastReport)).filter((episode) => episode.id !== result.episodeId);
  const waiting = episodeAwaitingChecks(others, stored.localDate);
  if (waiting) {
    const openedOn = firstReport(waiting).localDate;
    await planEpisodeChecks(tx, member, { id: waiting.id, openedOn }, now, false);
  }
  return null;
}

import type { MemberRow } from "../db/repos/members.repository.js";
import type { PainReportRow } from "../db/repos/pain-reports.repository.js";
import type { PainLocation, PastReport } from "../domain/pain.rules.js";
import type { PainSide } from "../domain/pain-episodes.rules.js";
import { DAY_MS } from "../domain/time-units.js";
import { findSigns, type WarningSign } from "../domain/warning-signs.rules.js";
import type { AppDeps } from "./deps.js";
import { planEpisodeChecks } from "./morning-checks.usecases.js";

/** The rules look back this far (they pick their own windows); an episode is read from its start. */
const HISTORY_DAYS = 28;

/** The member's recent reports as stored, with the first report of each episode they follow up. */
export async function painHistoryRows(deps: AppDeps, userId: string, now: Date): Promise<PainReportRow[]> {
  return deps.painReports.withEpisodesSince(userId, new Date(now.getTime() - HISTORY_DAYS * DAY_MS));
}

/** A stored report as the pain and episode rules read it. */
export function pastReport(row: PainReportRow): PastReport {
  // Stored values were validated against these types when they were written.
  const signs = (row.signs ?? []) as WarningSign[];
  return {
    id: row.id,
    episodeId: row.episodeId,
    severity: row.severity,
    location: row.location as PainLocation,
    side: row.side as PainSide | null,
    reportedAt: row.reportedAt,
    localDate: row.localDate,
    morningAnswer: row.source === "morning-check",
    signTier: findSigns(signs, row.note).tier,
  };
}

/** The member's recent reports, as the pain rules take them. */
export async function painHistory(deps: AppDeps, userId: string, now: Date): Promise<PastReport[]> {
  return (await painHistoryRows(deps, userId, now)).map(pastReport);
}

/**
 * After a report of pain or a warning sign: its episode (the one it follows up, or its own) is asked about each
 * morning until it settles. `history` holds the episode's first report when the new one follows up.
 */
export async function followUpReport(
  deps: AppDeps,
  member: MemberRow,
  report: PainReportRow,
  history: readonly PastReport[],
  now: Date,
): Promise<Date | null> {
  const id = report.episodeId ?? report.id;
  const openedOn = history.find((past) => past.id === id)?.localDate ?? report.localDate;
  return planEpisodeChecks(deps, member, { id, openedOn }, now, true);
}

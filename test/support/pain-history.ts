import type { PastReport } from "../../src/domain/pain.rules.js";

const HOUR_MS = 3_600_000;

/**
 * A stored report as the pain rules read it, `hoursAgo` before `now`: by default a pain of 2 at the
 * knee, side not given and no warning sign, that opened its own episode. Its local date is the UTC
 * date.
 */
export function pastReport(
  now: Date,
  id: number,
  hoursAgo: number,
  fields: Partial<Omit<PastReport, "id" | "reportedAt" | "localDate">> = {},
): PastReport {
  const reportedAt = new Date(now.getTime() - hoursAgo * HOUR_MS);
  return {
    id,
    episodeId: null,
    severity: 2,
    location: "knee",
    side: null,
    morningAnswer: false,
    signTier: null,
    ...fields,
    reportedAt,
    localDate: reportedAt.toISOString().slice(0, 10),
  };
}

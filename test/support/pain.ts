import { decidePain, type PainLocation, type PastReport } from "../../src/domain/pain.rules.js";
import type { PainSide } from "../../src/domain/pain-episodes.rules.js";

/** The band decidePain gives a 0-10 severity reported with no warning sign. */
export function painBand(severity: number): ReturnType<typeof decidePain>["band"] {
  return decidePain({ severity, location: "other", reportedAt: new Date(0) }).band;
}

/** Why decidePain escalates a report of `severity` at `place`: [] when it does not. */
export function escalationReasons(
  severity: number,
  place: { readonly location: PainLocation; readonly side?: PainSide | null; readonly at: Date },
  recent: readonly PastReport[],
): string[] {
  const { at, ...where } = place;
  return [...(decidePain({ severity, ...where, reportedAt: at }, recent).escalation?.reasons ?? [])];
}

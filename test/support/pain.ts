import { decidePain, type PainLocation, type PastReport } from "../../src/domain/pain.rules.js";

/** The band decidePain gives a 0-10 severity reported with no warning sign. */
export function painBand(severity: number): ReturnType<typeof decidePain>["band"] {
  return decidePain({ severity, location: "other", reportedAt: new Date(0) }).band;
}

/** Why decidePain escalates a report of `severity` at `location`: [] when it does not. */
export function escalationReasons(
  severity: number,
  location: PainLocation,
  at: Date,
  recent: readonly PastReport[],
): string[] {
  return [...(decidePain({ severity, location, reportedAt: at }, recent).escalation?.reasons ?? [])];
}

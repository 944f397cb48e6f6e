/**
 * What a /pain report or a worse morning check does to the plan, and when to advise a physician,
 * offer a pause or point to urgent care. The bot never diagnoses: it backs off and says why. What an
 * episode is (a report and its follow-ups) is pain-episodes.rules.ts's; the morning check's answers
 * are morning-check.rules.ts's.
 */
import type { BackOff } from "./back-off.rules.js";
import { DRILLS, type Drill } from "./drills.rules.js";
import {
  type EpisodeReport,
  firstReport,
  lastReport,
  type PainSide,
  painfulEpisodesInWindow,
  placeReport,
  type ReportPlace,
} from "./pain-episodes.rules.js";
import { type RunningAdvice, type RunningPain, runningAdviceFor } from "./running-advice.rules.js";
import { HOUR_MS } from "./time-units.js";
import { findSigns, type SignFinding, TIER_RULES, type WarningSign } from "./warning-signs.rules.js";

const DAY_HOURS = 24;

type PainBand = "none" | "mild" | "moderate" | "severe";

interface BandRule {
  readonly band: PainBand;
  readonly min: number;
  readonly max: number;
  readonly backOff: BackOff;
  readonly advisePhysician: boolean;
}

/** Every number the pain rules decide with, each with its reason. */
const PAIN_RULES = {
  bands: [
    // A pain-free check-in is good news, not a trigger.
    { band: "none", min: 0, max: 0, backOff: { kind: "none" }, advisePhysician: false },
    // A warning sign: no added load for two days, so the tissue settles before anything gets harder.
    { band: "mild", min: 1, max: 2, backOff: { kind: "hold", hours: 48 }, advisePhysician: false },
    // The level is too much for now: one level down and three days to settle.
    { band: "moderate", min: 3, max: 5, backOff: { kind: "step-down", hours: 72 }, advisePhysician: false },
    // Strong pain: the gentlest level for a week, and the cause deserves a professional's eyes.
    { band: "severe", min: 6, max: 10, backOff: { kind: "reset", hours: 168 }, advisePhysician: true },
  ] as const satisfies readonly BandRule[],

  escalation: {
    // domain.md's window for "pain that does not resolve".
    windowDays: 14,
    // Episodes with pain in the window (pain-episodes.rules.ts), the new report's own included, are
    // not a one-off overload; follow-ups of an episode never add to the count.
    recurringCount: 3,
    // Higher than the previous report of its episode and at least this: 1 -> 2 is a wobble, a rise
    // into the moderate band is getting worse.
    risingMinSeverity: 3,
    // domain.md: "any severity of 7+".
    highSeverity: 7,
    // An episode this old that still hurts has not resolved.
    notSettlingDays: 7,
  },

  // A few sentences of context, short enough to show back in one Discord message.
  noteMax: 500,
} as const;

export const LOCATIONS = ["knee", "ankle", "calf", "shin", "foot", "hip", "other"] as const;
export type PainLocation = (typeof LOCATIONS)[number];

export const CONTEXTS = ["drills", "run", "downhill", "morning", "other"] as const;
export type PainContext = (typeof CONTEXTS)[number];

export const NOTE_MAX = PAIN_RULES.noteMax;
export const SEVERITY_MIN = 0;
export const SEVERITY_MAX = 10;

export type PainDrill = Drill | "unknown";

interface PainReportInput {
  readonly severity: number;
  readonly location: PainLocation;
  readonly side?: PainSide | null;
  /** The episode it is known to follow up (a morning-check answer); otherwise found by place and time. */
  readonly episodeId?: number | null;
  readonly drill?: PainDrill | null;
  readonly context?: PainContext;
  readonly note?: string;
  /** The warning signs the member picked (the note is scanned too). */
  readonly signs?: readonly WarningSign[] | null;
  readonly reportedAt: Date;
}

export type PastReport = EpisodeReport;

/** Why to see a physician; the last two come from the morning checks (morning-check.rules.ts). */
export type EscalationReason =
  | "three-in-14-days"
  | "rising"
  | "severity-7-plus"
  | "not-settling"
  | "worse-overnight"
  | "unsettled-two-mornings";

export interface PainDecision {
  readonly band: PainBand;
  /** drills is empty exactly when backOff is "none". */
  readonly plan: { readonly drills: readonly Drill[]; readonly backOff: BackOff };
  readonly advisePhysician: boolean;
  readonly escalation: null | { readonly reasons: readonly EscalationReason[] };
  readonly offerPause: boolean;
  /** Warning signs found (picked or in the note) and their tier (warning-signs.rules.ts). */
  readonly signs: SignFinding;
  /** An urgent sign: reminders stop, with no end, until the member says they have been seen. */
  readonly pauseUntilSeen: boolean;
  /** For pain on a run or a descent: what changes about running (running-advice.rules.ts). */
  readonly runningAdvice: readonly RunningAdvice[];
}

export function isValidSeverity(severity: number): boolean {
  return Number.isInteger(severity) && severity >= SEVERITY_MIN && severity <= SEVERITY_MAX;
}

function bandRule(severity: number): BandRule {
  if (!isValidSeverity(severity)) {
    throw new RangeError(`pain severity must be an integer 0-10, got ${severity}`);
  }
  const rule = PAIN_RULES.bands.find((row) => severity >= row.min && severity <= row.max);
  if (!rule) throw new RangeError(`no pain band covers severity ${severity}`);
  return rule;
}

/** Both matrices when the member did not say which one hurt. */
function implicatedDrills(drill: PainDrill | null | undefined): readonly Drill[] {
  return drill === undefined || drill === null || drill === "unknown" ? [...DRILLS] : [drill];
}

function elapsedHours(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / HOUR_MS;
}

/**
 * Why a report of `severity` at `place` escalates, given the member's earlier reports: how many
 * painful episodes the window holds, and how the report's own episode went so far. A pain-free
 * report never escalates.
 */
function escalationReasons(
  severity: number,
  place: ReportPlace,
  recent: readonly PastReport[],
): EscalationReason[] {
  if (severity < 1) return [];
  const rules = PAIN_RULES.escalation;
  const valid = recent.filter((report) => isValidSeverity(report.severity));
  const { episodes, current } = placeReport(valid, place);
  const reasons: EscalationReason[] = [];
  const windowHours = rules.windowDays * DAY_HOURS;
  if (painfulEpisodesInWindow(episodes, current, place.at, windowHours) >= rules.recurringCount) {
    reasons.push("three-in-14-days");
  }
  if (current && severity > lastReport(current).severity && severity >= rules.risingMinSeverity) {
    reasons.push("rising");
  }
  if (severity >= rules.highSeverity) reasons.push("severity-7-plus");
  if (
    current &&
    elapsedHours(firstReport(current).reportedAt, place.at) >= rules.notSettlingDays * DAY_HOURS
  ) {
    reasons.push("not-settling");
  }
  return reasons;
}

/**
 * What a new report does, given the member's earlier ones. A warning sign (picked or in the note)
 * outranks the number: its tier's row applies whatever the severity (TIER_RULES), and an urgent one
 * pauses the reminders instead of offering the pause.
 */
export function decidePain(report: PainReportInput, recent: readonly PastReport[] = []): PainDecision {
  const byNumber = bandRule(report.severity);
  const signs = findSigns(report.signs ?? [], report.note);
  const tier = signs.tier ? TIER_RULES[signs.tier] : null;
  const rule = tier ? bandRule(Math.max(report.severity, tier.backOffAsSeverity)) : byNumber;
  const reasons = escalationReasons(report.severity, { ...report, at: report.reportedAt }, recent);
  const escalation = reasons.length > 0 ? { reasons } : null;
  const drills = rule.backOff.kind === "none" ? [] : implicatedDrills(report.drill);
  const pauseUntilSeen = tier?.pauseUntilSeen ?? false;
  return {
    band: rule.band,
    plan: { drills, backOff: rule.backOff },
    advisePhysician: rule.advisePhysician || escalation !== null || tier !== null,
    escalation,
    offerPause: tier ? tier.offerPause : escalation !== null,
    signs,
    pauseUntilSeen,
    runningAdvice: runningAdviceFor(report.context, runningPain(rule.band, pauseUntilSeen)),
  };
}

/** How the running advice reads a decision's band: a warning sign has already raised it. */
function runningPain(band: PainBand, pauseUntilSeen: boolean): RunningPain | null {
  if (pauseUntilSeen) return "urgent";
  if (band === "none") return null;
  return band === "severe" ? "severe" : "painful";
}

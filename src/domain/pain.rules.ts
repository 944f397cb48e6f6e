/**
 * What a /pain report or a worse morning check does to the plan, and when to advise a physician,
 * offer a pause or point to urgent care. The bot never diagnoses: it backs off and says why.
 */
import type { BackOff } from "./back-off.rules.js";
import { DRILLS, type Drill } from "./drills.rules.js";
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
export const PAIN_RULES = {
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
    // Pain this many times in the window, the new report included, is not a one-off overload.
    recurringCount: 3,
    // Higher than the episode's previous report and at least this: 1 -> 2 is a wobble, a rise into
    // the moderate band is getting worse.
    risingMinSeverity: 3,
    // domain.md: "any severity of 7+".
    highSeverity: 7,
    // An episode this old that still hurts has not resolved.
    notSettlingDays: 7,
  },

  morning: {
    // Each button records its band's lower bound, the least the member told us: later reports then
    // lean towards "rising" (the cautious side), and "6+" never claims the 7+ escalation by itself.
    severity: { none: 0, "1-2": 1, "3-5": 3, "6+": 6 },
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
  readonly drill?: PainDrill | null;
  readonly context?: PainContext;
  readonly note?: string;
  /** The warning signs the member picked (the note is scanned too). */
  readonly signs?: readonly WarningSign[] | null;
  readonly reportedAt: Date;
}

export interface PastReport {
  readonly severity: number;
  readonly location: PainLocation;
  readonly reportedAt: Date;
}

type EscalationReason = "three-in-14-days" | "rising" | "severity-7-plus" | "not-settling";

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

function painBand(severity: number): PainBand {
  return bandRule(severity).band;
}

const BAND_ORDER: readonly PainBand[] = ["none", "mild", "moderate", "severe"];

function bandRank(band: PainBand): number {
  return BAND_ORDER.indexOf(band);
}

/** Both matrices when the member did not say which one hurt. */
function implicatedDrills(drill: PainDrill | null | undefined): readonly Drill[] {
  return drill === undefined || drill === null || drill === "unknown" ? [...DRILLS] : [drill];
}

function elapsedHours(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / HOUR_MS;
}

/** Only reports inside the window count; a pain-free report never escalates. */
function escalationReasons(
  severity: number,
  location: PainLocation,
  at: Date,
  recent: readonly PastReport[],
): EscalationReason[] {
  if (severity < 1) return [];
  const rules = PAIN_RULES.escalation;
  const windowHours = rules.windowDays * DAY_HOURS;
  const inWindow = recent
    .filter((r) => {
      const age = elapsedHours(r.reportedAt, at);
      return age >= 0 && age <= windowHours && isValidSeverity(r.severity);
    })
    .sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());

  const reasons: EscalationReason[] = [];

  const painful = inWindow.filter((r) => r.severity >= 1).length + 1;
  if (painful >= rules.recurringCount) reasons.push("three-in-14-days");

  // The current episode at this location: painful reports here since the last pain-free check-in.
  let lastPainFree = -1;
  inWindow.forEach((r, i) => {
    if (r.severity === 0) lastPainFree = i;
  });
  const episode = inWindow.slice(lastPainFree + 1).filter((r) => r.location === location);

  const previous = episode.at(-1);
  if (previous && severity > previous.severity && severity >= rules.risingMinSeverity) {
    reasons.push("rising");
  }

  if (severity >= rules.highSeverity) reasons.push("severity-7-plus");

  const first = episode[0];
  if (first && elapsedHours(first.reportedAt, at) >= rules.notSettlingDays * DAY_HOURS) {
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
  const reasons = escalationReasons(report.severity, report.location, report.reportedAt, recent);
  const escalation = reasons.length > 0 ? { reasons } : null;
  const drills = rule.backOff.kind === "none" ? [] : implicatedDrills(report.drill);
  return {
    band: rule.band,
    plan: { drills, backOff: rule.backOff },
    advisePhysician: rule.advisePhysician || escalation !== null || tier !== null,
    escalation,
    offerPause: tier ? tier.offerPause : escalation !== null,
    signs,
    pauseUntilSeen: tier?.pauseUntilSeen ?? false,
  };
}

export const MORNING_BANDS = ["none", "1-2", "3-5", "6+"] as const;
export type MorningBand = (typeof MORNING_BANDS)[number];

interface MorningCheckInput {
  /** 0 after a new level rather than a report. */
  readonly eveningSeverity: number;
  readonly morningBand: MorningBand;
  readonly drill?: PainDrill | null;
  readonly location?: PainLocation;
  readonly history?: { readonly checkedAt: Date; readonly recent: readonly PastReport[] };
}

type MorningOutcome = "settled" | "same" | "worse";

export interface MorningCheckResult {
  readonly outcome: MorningOutcome;
  readonly severity: number;
  readonly band: PainBand;
  /** Only when worse: the same back-off a /pain report of that band gets. */
  readonly decision: PainDecision | null;
}

/** Worse only when the morning's band is above the evening's; otherwise the plan stands. */
export function decideMorningCheck(input: MorningCheckInput): MorningCheckResult {
  const severity = PAIN_RULES.morning.severity[input.morningBand];
  const band = painBand(severity);
  if (input.morningBand === "none") return { outcome: "settled", severity, band, decision: null };
  if (bandRank(band) <= bandRank(painBand(input.eveningSeverity))) {
    return { outcome: "same", severity, band, decision: null };
  }
  const checkedAt = input.history?.checkedAt ?? new Date(0);
  const decision = decidePain(
    {
      severity,
      location: input.location ?? "other",
      drill: input.drill ?? "unknown",
      context: "morning",
      reportedAt: checkedAt,
    },
    input.history?.recent ?? [],
  );
  return { outcome: "worse", severity, band, decision };
}

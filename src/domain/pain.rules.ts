/**
 * The pain rules: what a /pain report (or a worse next-morning check) does to the plan, when to advise
 * seeing a physician, when to offer to pause reminders, and when to point to urgent care.
 *
 * Every number lives in PAIN_RULES below, each with the reason for it. The bot never diagnoses: it
 * backs off and says why; the words are src/discord/render/pain.render.ts's, in the member's language.
 * Checking member input is pain-input.ts's job; the warning-sign words of a note are pain-signs.ts's.
 *
 * Pure: time comes in as arguments (report.reportedAt, history.checkedAt); nothing reads the clock.
 */

import type { BackOff } from "./back-off.rules.js";
import { DRILLS, type Drill } from "./drills.rules.js";
import { findSigns, type SignFinding, TIER_RULES, type WarningSign } from "./warning-signs.rules.js";

const HOUR_MS = 3_600_000;
const DAY_HOURS = 24;

export type PainBand = "none" | "mild" | "moderate" | "severe";

export interface BandRule {
  readonly band: PainBand;
  /** Inclusive severity range on the 0-10 numeric rating scale. */
  readonly min: number;
  readonly max: number;
  readonly backOff: BackOff;
  /** The band alone is reason enough to advise seeing a professional. */
  readonly advisePhysician: boolean;
}

/**
 * THE table. Everything the pain rules decide with a number comes from here.
 */
export const PAIN_RULES = {
  bands: [
    // 0: a pain-free check-in is good news, not a trigger; nothing changes.
    { band: "none", min: 0, max: 0, backOff: { kind: "none" }, advisePhysician: false },
    // 1-2: a warning sign. Keep the level but do not add load for about two days, so the tissue can
    // settle before anything gets harder; the message reminds to stay out of pain.
    { band: "mild", min: 1, max: 2, backOff: { kind: "hold", hours: 48 }, advisePhysician: false },
    // 3-5: the current level is too much for now. One level down (reps back to the first step of that
    // level) and three days without a step up: a bigger change in load, a longer settling time.
    { band: "moderate", min: 3, max: 5, backOff: { kind: "step-down", hours: 72 }, advisePhysician: false },
    // 6-10: strong pain. Back to the gentlest level (1, kneeling / on the floor) for a week and advise
    // having it looked at: at this level the cause deserves a professional's eyes.
    { band: "severe", min: 6, max: 10, backOff: { kind: "reset", hours: 168 }, advisePhysician: true },
  ] as const satisfies readonly BandRule[],

  escalation: {
    // Reports further back than this are not part of "the current problem"; 14 days is the window
    // domain.md names for "pain that does not resolve".
    windowDays: 14,
    // Pain (severity >= 1, any location) reported this many times in the window, counting the new
    // report: it keeps coming back, so it is not just a one-off overload.
    recurringCount: 3,
    // "Rising": the new report is strictly higher than the previous report of the same episode (same
    // location, no pain-free check-in since) AND at least this high. 1 -> 2 stays a mild wobble; a
    // rise into the moderate band (>= 3) means it is getting worse, not settling.
    risingMinSeverity: 3,
    // Any report this high is escalated on its own (domain.md: "any severity of 7+").
    highSeverity: 7,
    // "Not settling": the same episode (same location, no pain-free check-in since) started at least
    // this long before the new report. A week of pain that is still there has not resolved.
    notSettlingDays: 7,
  },

  morning: {
    // The quick buttons of the next-morning check, as the severity recorded for them. We take the
    // band's LOWER bound, the least the member told us: later reports then err towards counting as
    // "rising" (the cautious side for escalation), and "6+" never claims the 7+ escalation by itself.
    // The back-off is chosen by band, so it does not depend on this choice.
    severity: { none: 0, "1-2": 1, "3-5": 3, "6+": 6 },
  },

  // The longest note we keep with a report (characters): enough for a few sentences of context, short
  // enough to show back in one Discord message.
  noteMax: 500,
} as const;

// ---------------------------------------------------------------------------------------------------
// Inputs and outputs

export const LOCATIONS = ["knee", "ankle", "calf", "shin", "foot", "hip", "other"] as const;
export type PainLocation = (typeof LOCATIONS)[number];

export const CONTEXTS = ["drills", "run", "downhill", "morning", "other"] as const;
export type PainContext = (typeof CONTEXTS)[number];

export const NOTE_MAX = PAIN_RULES.noteMax;
export const SEVERITY_MIN = 0;
export const SEVERITY_MAX = 10;

/** The drill a report is about; "unknown" (or null / absent) implicates both matrices. */
export type PainDrill = Drill | "unknown";

export interface PainReportInput {
  /** 0-10 integer. */
  readonly severity: number;
  readonly location: PainLocation;
  readonly drill?: PainDrill | null;
  readonly context?: PainContext;
  readonly note?: string;
  /** The warning signs the member picked (the note is scanned too). */
  readonly signs?: readonly WarningSign[] | null;
  readonly reportedAt: Date;
}

/** A previous report of the same member (any age; the rules pick the window). */
export interface PastReport {
  readonly severity: number;
  readonly location: PainLocation;
  readonly reportedAt: Date;
}

export type EscalationReason = "three-in-14-days" | "rising" | "severity-7-plus" | "not-settling";

export interface PainDecision {
  readonly band: PainBand;
  /** What to apply to which matrices. drills is empty exactly when backOff is "none". */
  readonly plan: { readonly drills: readonly Drill[]; readonly backOff: BackOff };
  readonly advisePhysician: boolean;
  readonly escalation: null | { readonly reasons: readonly EscalationReason[] };
  readonly offerPause: boolean;
  /** Warning signs found (picked or in the note) and their tier (warning-signs.rules.ts). */
  readonly signs: SignFinding;
  /** An urgent sign: reminders stop, with no end, until the member says they have been seen. */
  readonly pauseUntilSeen: boolean;
}

// ---------------------------------------------------------------------------------------------------
// The rules

export function isValidSeverity(severity: number): boolean {
  return Number.isInteger(severity) && severity >= SEVERITY_MIN && severity <= SEVERITY_MAX;
}

/** The table row for a 0-10 integer severity. Throws a RangeError for anything else. */
export function bandRule(severity: number): BandRule {
  if (!isValidSeverity(severity)) {
    throw new RangeError(`pain severity must be an integer 0-10, got ${severity}`);
  }
  const rule = PAIN_RULES.bands.find((row) => severity >= row.min && severity <= row.max);
  if (!rule) throw new RangeError(`no pain band covers severity ${severity}`);
  return rule;
}

export function painBand(severity: number): PainBand {
  return bandRule(severity).band;
}

const BAND_ORDER: readonly PainBand[] = ["none", "mild", "moderate", "severe"];

/** 0 none, 1 mild, 2 moderate, 3 severe. */
export function bandRank(band: PainBand): number {
  return BAND_ORDER.indexOf(band);
}

/** The matrices a report implicates: the named drill, or both when unknown or not given. */
export function implicatedDrills(drill: PainDrill | null | undefined): readonly Drill[] {
  return drill === undefined || drill === null || drill === "unknown" ? [...DRILLS] : [drill];
}

function elapsedHours(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / HOUR_MS;
}

/**
 * The escalation reasons for a report of `severity` at `location`, given earlier reports.
 * Only reports in the window [at - 14 days, at] count; later ones are ignored. A pain-free report
 * (severity 0) never escalates.
 */
export function escalationReasons(
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
 * Decide what a new pain report does. `recent` is the member's earlier reports (not including this
 * one); only the last 14 days matter. Throws a RangeError for a severity outside 0-10 (use
 * parsePainInput on member input first).
 *
 * A warning sign (picked or in the note) outranks the number: its tier's row applies whatever the
 * severity (TIER_RULES), and an urgent one pauses the reminders instead of offering the pause.
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

// ---------------------------------------------------------------------------------------------------
// The next-morning check

export const MORNING_BANDS = ["none", "1-2", "3-5", "6+"] as const;
export type MorningBand = (typeof MORNING_BANDS)[number];

export interface MorningCheckInput {
  /** The report that triggered the check, or 0 after a new level. */
  readonly eveningSeverity: number;
  readonly morningBand: MorningBand;
  /** The matrix the check is about (the evening report's drill, or the one that levelled up). */
  readonly drill?: PainDrill | null;
  /** Where the evening pain was; "other" when there was none. */
  readonly location?: PainLocation;
  /** Earlier reports (including the evening one) and the time of the answer, for escalation. */
  readonly history?: { readonly checkedAt: Date; readonly recent: readonly PastReport[] };
}

export type MorningOutcome = "settled" | "same" | "worse";

export interface MorningCheckResult {
  readonly outcome: MorningOutcome;
  /** The severity to record for the answer (PAIN_RULES.morning.severity). */
  readonly severity: number;
  readonly band: PainBand;
  /** Only when worse: the back-off of the morning's band, from the same table as /pain. */
  readonly decision: PainDecision | null;
}

/**
 * "none" -> settled (keep the plan). A morning band above the evening's band -> worse: back off as a
 * /pain report of the morning's severity would. Otherwise (same band, or lower but not pain-free) ->
 * same: keep the plan as the evening report left it.
 */
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

/**
 * The warning signs: what Dorsi asks after pain (the /pain option, the follow-up menu, the Pain
 * form) and what it also looks for in a note, each with its tier and the reason for the row.
 * A sign outranks the number: a sign with severity 0 is still a sign (domain.md, "Warning signs").
 *
 * The words of a note are pain-signs.rules.ts's; what a tier does to the plan is decided here and
 * applied by decidePain (pain.rules.ts). Pure: nothing reads the clock.
 */

import { noteWarningSigns } from "./pain-signs.rules.js";
import { fail, ok, quote, type Result } from "./result.js";

/** urgent: get seen today, drills and reminders stop until then. soon: see a professional in days. */
type SignTier = "urgent" | "soon";

interface SignRow {
  readonly sign: string;
  readonly tier: SignTier;
  /** Offered as a choice (the /pain option and the menus); false: only ever found in a note. */
  readonly asked: boolean;
  readonly reason: string;
}

/** THE table, row by row. Ids are stored and sent as choice values: never rename one. */
export const WARNING_SIGN_TABLE = [
  {
    sign: "cannot_bear_weight",
    tier: "urgent",
    asked: true,
    reason:
      "Not being able to take weight (four steps) is what the Ottawa ankle and knee rules send for an " +
      "X-ray: a fracture or a complete tear has to be ruled out the same day.",
  },
  {
    sign: "deformity",
    tier: "urgent",
    asked: true,
    reason:
      "A bone or joint out of its usual shape may be a fracture or a dislocation: seen at once, never trained.",
  },
  {
    sign: "calf",
    tier: "urgent",
    asked: true,
    reason:
      "A hot, red or swollen calf can be a deep vein thrombosis, which can travel to the lungs: " +
      "assessed the same day, and no stretching or massage meanwhile.",
  },
  {
    sign: "fever",
    tier: "urgent",
    asked: true,
    reason: "Fever or feeling unwell with a painful joint or limb can be an infection: a same-day matter.",
  },
  {
    sign: "swelling_worse",
    tier: "soon",
    asked: true,
    reason:
      "Swelling that grows means the tissue is still irritated by load: a professional should look " +
      "within days. A note's 'swollen' counts here too, since a note cannot say whether it is growing.",
  },
  {
    sign: "numbness",
    tier: "soon",
    asked: true,
    reason:
      "Numbness or tingling points at an irritated nerve rather than the joint: assessed, not loaded into.",
  },
  {
    sign: "night_pain",
    tier: "soon",
    asked: true,
    reason:
      "Pain at night or at rest does not come from training load alone (inflammation, a stress " +
      "fracture): it needs a professional's look.",
  },
  {
    sign: "gave_way",
    tier: "soon",
    asked: true,
    reason:
      "Giving way or a pop may be a ligament or meniscus injury: examined within days. Alone, with " +
      "weight borne and no swelling, it is not an emergency; with swelling it is (the combination below).",
  },
  {
    sign: "limping",
    tier: "soon",
    asked: false,
    reason:
      "A limp (from a note) means the leg is being protected. The Ottawa rules count a limp as bearing " +
      "weight, so it is not the urgent row, but it needs a look soon.",
  },
] as const satisfies readonly SignRow[];

export type WarningSign = (typeof WARNING_SIGN_TABLE)[number]["sign"];

/** Signs that together are worse than each alone. */
export const SIGN_COMBINATIONS = [
  {
    signs: ["gave_way", "swelling_worse"],
    tier: "urgent",
    reason:
      "A pop followed by swelling is the story of a torn ligament or a fracture, where bleeding into " +
      "the joint swells it within hours: seen the same day.",
  },
] as const satisfies readonly { signs: readonly WarningSign[]; tier: SignTier; reason: string }[];

type AskedRow = Extract<(typeof WARNING_SIGN_TABLE)[number], { asked: true }>;
export type AskedSign = AskedRow["sign"];

/** The signs a member can pick, in the order the menus show them. */
export const ASKED_SIGNS: readonly AskedSign[] = WARNING_SIGN_TABLE.filter(
  (row): row is AskedRow => row.asked,
).map((row) => row.sign);

/** "None of these": an answer, so Dorsi does not ask again. */
export const NO_SIGN = "none";
export const SIGN_CHOICES = [...ASKED_SIGNS, NO_SIGN] as const;

/** What each tier does to the plan. */
export const TIER_RULES = {
  // Get seen today. The drills stop (reminders pause with no end until the member says they have
  // been seen) and no "keep going" is offered: training cannot help and may harm until then. The
  // plan waits at the severe row so that the way back starts at level 1.
  urgent: { backOffAsSeverity: 6, pauseUntilSeen: true, offerPause: false },
  // See a physician or physiotherapist in the next days; meanwhile back off as for severity 6-10
  // (level 1, hold about 7 days) and offer the pause, which the member may take or not.
  soon: { backOffAsSeverity: 6, pauseUntilSeen: false, offerPause: true },
} as const satisfies Record<
  SignTier,
  { backOffAsSeverity: number; pauseUntilSeen: boolean; offerPause: boolean }
>;

/**
 * From this severity a reply without a sign asks for one (once). From 3 the plan steps down: pain
 * that strong deserves the question, while asking after every twinge would train members to skip it.
 */
const ASK_SIGNS_FROM_SEVERITY = 3;

export interface SignFinding {
  /** Every sign found, the member's and the note's, in table order. */
  readonly signs: readonly WarningSign[];
  readonly tier: SignTier | null;
}

const TIER_ORDER: readonly SignTier[] = ["urgent", "soon"];

/** The tier of a set of signs: the highest of their rows and of the combinations they complete. */
function signTier(signs: readonly WarningSign[]): SignTier | null {
  const present = new Set(signs);
  const tiers = new Set<SignTier>([
    ...WARNING_SIGN_TABLE.filter((row) => present.has(row.sign)).map((row) => row.tier),
    ...SIGN_COMBINATIONS.filter((combo) => combo.signs.every((sign) => present.has(sign))).map(
      (combo) => combo.tier,
    ),
  ]);
  return TIER_ORDER.find((tier) => tiers.has(tier)) ?? null;
}

/** The member's signs plus those the note describes (the note is a second net, never the only one). */
export function findSigns(selected: readonly WarningSign[], note: string | null | undefined): SignFinding {
  const present = new Set<WarningSign>([...selected, ...noteWarningSigns(note)]);
  const signs = WARNING_SIGN_TABLE.map((row) => row.sign).filter((sign) => present.has(sign));
  return { signs, tier: signTier(signs) };
}

/** Whether a reply asks about the signs: none given, pain from 3 up, and not urgent already. */
export function shouldAskSigns(
  severity: number,
  selected: readonly WarningSign[] | null,
  tier: SignTier | null,
): boolean {
  return selected === null && severity >= ASK_SIGNS_FROM_SEVERITY && tier !== "urgent";
}

function isAskedSign(value: string): value is AskedSign {
  return (ASKED_SIGNS as readonly string[]).includes(value);
}

/**
 * The member's answer as given (one choice, or a menu's values): null when not answered, [] for
 * "none". A sign beside "none" counts: a sign matters more than the word "none".
 */
export function parseSignChoices(raw: unknown): Result<readonly AskedSign[] | null, "pain.sign"> {
  const values = (Array.isArray(raw) ? raw : [raw]).filter(
    (value) => value !== undefined && value !== null && !(typeof value === "string" && value.trim() === ""),
  );
  const texts = values.map((value) => (typeof value === "string" ? value.trim().toLowerCase() : ""));
  const unknown = texts.findIndex((text) => text !== NO_SIGN && !isAskedSign(text));
  if (unknown >= 0) return fail("pain.sign", { given: quote(values[unknown]) });
  if (texts.length === 0) return ok(null);
  return ok(ASKED_SIGNS.filter((sign) => texts.includes(sign)));
}

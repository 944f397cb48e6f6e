/**
 * The knee-to-wall test (weight-bearing lunge test): what a member types, and what their numbers
 * mean. Values are kept in millimetres, i.e. tenths of a centimetre, the test's one decimal, so
 * that sums and comparisons are exact. Pure.
 *
 * The interpretation table (design/domain.md, issue 15):
 * | rule                                  | threshold     | source                                    |
 * | left-right difference worth working on | >= 1.5 cm     | Hoch and McKeon 2011 (asymmetry in healthy adults) |
 * | below the typical range for runners   | < 10 cm       | Chisholm et al. 2012; healthy adults ~12 cm, SD ~3 |
 * | change within the measurement error   | < 2 cm        | Powden et al. 2015 (MDC 1.5-2 cm, ICC 0.80-0.99)   |
 */
import { fail, ok, quote, type Result } from "./result.js";

export const ANKLE_SIDES = ["left", "right"] as const;
export type AnkleSide = (typeof ANKLE_SIDES)[number];

/** Both ankles in millimetres; null for a side not measured. */
interface AnkleMeasure {
  readonly left: number | null;
  readonly right: number | null;
}

export interface DatedMeasure extends AnkleMeasure {
  /** The member's local date of the measure: one measure per day. */
  readonly localDate: string;
}

/** What /measure accepts, in centimetres, and what the database checks again (in millimetres). */
export const MEASURE_RANGE_CM = { min: 0, max: 25 } as const;
const MM_PER_CM = 10;

/** A left-right difference this large (1.5 cm) is worth working on (Hoch and McKeon 2011). */
export const STIFFER_SIDE_MM = 15;
/** Under 10 cm is below the typical range for runners (healthy adults ~12 cm, SD ~3). */
export const TYPICAL_LOW_MM = 100;
/** The typical range's top as the chart shades it: the healthy mean plus one SD (12 + 3 cm). */
export const TYPICAL_HIGH_MM = 150;
/**
 * A change smaller than this is within the measurement error: the minimal detectable change is
 * about 1.5-2 cm (Powden et al. 2015), and the upper end keeps Dorsi from praising noise.
 */
export const MEASUREMENT_ERROR_MM = 20;

type MeasureProblemCode = "measure.left" | "measure.right" | "measure.none";

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** Centimetres with at most one decimal, as a number or as typed ("11,5" with a decimal comma too). */
function centimetresOf(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim().replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

function parseSide(side: AnkleSide, raw: unknown): Result<number | null, MeasureProblemCode> {
  if (isAbsent(raw)) return ok(null);
  const cm = centimetresOf(raw);
  const mm = cm === null ? Number.NaN : Math.round(cm * MM_PER_CM);
  // A float such as 11.1 is 110.99999... tenths: one decimal means within rounding of a whole tenth.
  const oneDecimal = cm !== null && Math.abs(cm * MM_PER_CM - mm) < 1e-6;
  const inRange = mm >= MEASURE_RANGE_CM.min * MM_PER_CM && mm <= MEASURE_RANGE_CM.max * MM_PER_CM;
  if (oneDecimal && inRange) return ok(mm);
  return fail(`measure.${side}`, { given: quote(raw), ...MEASURE_RANGE_CM });
}

/** The two optional values of /measure, checked: 0-25 cm, one decimal, at least one side. */
export function parseMeasureInput(raw: {
  readonly left: unknown;
  readonly right: unknown;
}): Result<AnkleMeasure, MeasureProblemCode> {
  const left = parseSide("left", raw.left);
  if (!left.ok) return left;
  const right = parseSide("right", raw.right);
  if (!right.ok) return right;
  if (left.value === null && right.value === null) return fail("measure.none", MEASURE_RANGE_CM);
  return ok({ left: left.value, right: right.value });
}

/**
 * A second measure on the same day replaces the first, side by side: a side given now replaces the
 * earlier value, a side left out keeps it (so the left in the morning and the right at noon make one
 * measure).
 */
export function sameDayMeasure(earlier: AnkleMeasure | undefined, given: AnkleMeasure): AnkleMeasure {
  return { left: given.left ?? earlier?.left ?? null, right: given.right ?? earlier?.right ?? null };
}

/** The side behind by 1.5 cm or more, and by how much; null when level enough or a side is missing. */
function stifferSide(measure: AnkleMeasure): { readonly side: AnkleSide; readonly behindMm: number } | null {
  if (measure.left === null || measure.right === null) return null;
  const behindMm = Math.abs(measure.left - measure.right);
  if (behindMm < STIFFER_SIDE_MM) return null;
  return { side: measure.left < measure.right ? "left" : "right", behindMm };
}

/** "none": the same value; "within-error": a change too small to tell from measuring again. */
type ChangeKind = "none" | "within-error" | "gain" | "loss";

function changeKind(deltaMm: number): ChangeKind {
  if (deltaMm === 0) return "none";
  if (Math.abs(deltaMm) < MEASUREMENT_ERROR_MM) return "within-error";
  return deltaMm > 0 ? "gain" : "loss";
}

export interface SideReading {
  readonly side: AnkleSide;
  readonly mm: number;
  readonly belowTypical: boolean;
  /** Since that side's previous measure; null for its first. */
  readonly change: {
    readonly sinceDate: string;
    readonly deltaMm: number;
    readonly kind: ChangeKind;
  } | null;
}

export interface MeasureReading {
  readonly localDate: string;
  /** The sides measured, left first. */
  readonly sides: readonly SideReading[];
  /** Null unless both sides were measured; `stiffer` null when the difference is normal. */
  readonly difference: { readonly mm: number; readonly stiffer: AnkleSide | null } | null;
}

/** What a measure says, side by side and against each side's previous measure in `history`. */
export function interpretMeasure(current: DatedMeasure, history: readonly DatedMeasure[]): MeasureReading {
  const earlier = history
    .filter((measure) => measure.localDate < current.localDate)
    .sort((a, b) => b.localDate.localeCompare(a.localDate));
  const sides = ANKLE_SIDES.flatMap((side): SideReading[] => {
    const mm = current[side];
    if (mm === null) return [];
    const previous = earlier.find((measure) => measure[side] !== null);
    const previousMm = previous?.[side] ?? null;
    const change =
      previous && previousMm !== null
        ? { sinceDate: previous.localDate, deltaMm: mm - previousMm, kind: changeKind(mm - previousMm) }
        : null;
    return [{ side, mm, belowTypical: mm < TYPICAL_LOW_MM, change }];
  });
  const difference =
    current.left !== null && current.right !== null
      ? { mm: Math.abs(current.left - current.right), stiffer: stifferSide(current)?.side ?? null }
      : null;
  return { localDate: current.localDate, sides, difference };
}

/**
 * What shapes practice between measures: the stiffer side of the latest measure that has both
 * sides, and when the member last measured at all (null: never).
 */
export interface MeasureStanding {
  readonly stiffer: { readonly side: AnkleSide; readonly behindMm: number } | null;
  readonly lastMeasuredOn: string | null;
}

export function measureStanding(history: readonly DatedMeasure[]): MeasureStanding {
  const newestFirst = [...history].sort((a, b) => b.localDate.localeCompare(a.localDate));
  const both = newestFirst.find((measure) => measure.left !== null && measure.right !== null);
  return { stiffer: both ? stifferSide(both) : null, lastMeasuredOn: newestFirst[0]?.localDate ?? null };
}

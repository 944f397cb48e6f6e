/**
 * What pain on a run or a descent changes about running, beside the drills' back-off. The seed's
 * rule: running downhill needs more ankle bend than flat running, so a stiff ankle hands the load to
 * the knee on descents first, and descents are the last thing to return to.
 */
import type { PainContext } from "./pain.rules.js";

export type RunningAdvice =
  | "no-running"
  | "walk-descents"
  | "shorter-flatter"
  | "before-downhill"
  | "downhill-last";

/** Pain below 6; 6+ or a "soon" warning sign; an urgent warning sign. */
export type RunningPain = "painful" | "severe" | "urgent";

interface AdviceRow {
  readonly advice: RunningAdvice;
  readonly when: readonly RunningPain[];
  /** Only for pain felt going downhill, or for any running pain. */
  readonly downhillOnly: boolean;
}

/** The running advice, in the order it is said, each row with its reason. */
const RUNNING_ADVICE_TABLE: readonly AdviceRow[] = [
  // Strong pain or a warning sign: no running until it has settled or been seen. An urgent sign's
  // reply says only what to do now, so this is all it adds.
  { advice: "no-running", when: ["severe", "urgent"], downhillOnly: false },
  // Descents ask the most ankle bend; walking them keeps the knee out of the end of the range.
  { advice: "walk-descents", when: ["painful"], downhillOnly: false },
  // Flat ground asks the least; shorter runs give the tissue less to recover from.
  { advice: "shorter-flatter", when: ["painful"], downhillOnly: false },
  // A check a runner can do at home before trusting a descent again.
  { advice: "before-downhill", when: ["painful", "severe"], downhillOnly: false },
  // The seed's order of return: flat, then uphill, and downhill last.
  { advice: "downhill-last", when: ["painful", "severe"], downhillOnly: true },
];

/** Contexts that mean running: the drills' back-off alone would say nothing of the next run. */
const RUNNING_CONTEXTS: readonly PainContext[] = ["run", "downhill"];

/**
 * The running advice for a report: none unless the pain came on a run or a descent, and none for
 * pain-free news (`pain` null).
 */
export function runningAdviceFor(
  context: PainContext | undefined,
  pain: RunningPain | null,
): readonly RunningAdvice[] {
  if (context === undefined || !RUNNING_CONTEXTS.includes(context) || pain === null) return [];
  return RUNNING_ADVICE_TABLE.filter(
    (row) => row.when.includes(pain) && (!row.downhillOnly || context === "downhill"),
  ).map((row) => row.advice);
}

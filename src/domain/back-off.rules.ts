/**
 * What a pain report (or a worse next-morning check) does to a matrix's progression.
 * Decided by domain/pain.ts, applied by domain/progression.ts.
 */
export type BackOff =
  /** Nothing changes (a pain-free check-in). */
  | { readonly kind: "none" }
  /** Keep level and reps; no step up before the hold ends. */
  | { readonly kind: "hold"; readonly hours: number }
  /** One level down (reps back to the first step of that level), then hold. */
  | { readonly kind: "step-down"; readonly hours: number }
  /** Back to level 1, first reps step, then hold. */
  | { readonly kind: "reset"; readonly hours: number };

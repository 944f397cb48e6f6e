/** Decided by pain.rules.ts, applied by progression.rules.ts. */
export type BackOff =
  | { readonly kind: "none" }
  /** Keep level and reps; no step up before the hold ends. */
  | { readonly kind: "hold"; readonly hours: number }
  | { readonly kind: "step-down"; readonly hours: number }
  | { readonly kind: "reset"; readonly hours: number };

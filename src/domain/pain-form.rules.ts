/**
 * The Pain form's combined choices. Discord gives a form five fields, so "where" carries the side
 * and "when" carries the drill or the run: one pick each, which the pain rules then check like
 * /pain's options (pain-input.rules.ts).
 */
import { DRILLS, type Drill } from "./drills.rules.js";
import { LOCATIONS, type PainContext, type PainLocation } from "./pain.rules.js";
import { type PainSide, SIDES } from "./pain-episodes.rules.js";

interface FormPlace {
  readonly value: string;
  readonly location: PainLocation;
  readonly side?: PainSide;
}

/** "knee:left": every body part with each side; "other" has no side to name. */
export const FORM_PLACES: readonly FormPlace[] = LOCATIONS.flatMap((location): FormPlace[] =>
  location === "other"
    ? [{ value: location, location }]
    : SIDES.map((side) => ({ value: `${location}:${side}`, location, side })),
);

/** What the member was doing: one of the matrices, the drills in general, a run, a descent, or else. */
export const FORM_MOMENTS = [...DRILLS, "drills", "run", "downhill", "other"] as const;
export type FormMoment = (typeof FORM_MOMENTS)[number];

/** What opened the form knows already: the reminder's or /log's drill, or the run it follows. */
export interface PainFormPrefill {
  readonly drill?: Drill | null;
  readonly context?: PainContext | null;
}

/** The place pick as the report's location and side; an unknown pick is passed on to be refused. */
export function placeOfPick(pick: string): { location: string; side?: PainSide } {
  const place = FORM_PLACES.find((known) => known.value === pick);
  if (!place) return { location: pick };
  return place.side ? { location: place.location, side: place.side } : { location: place.location };
}

/** The moment pick as the report's drill and context; an unknown pick is passed on to be refused. */
export function momentOfPick(pick: string): { drill?: string; context: string } {
  if ((DRILLS as readonly string[]).includes(pick)) return { drill: pick, context: "drills" };
  return { context: pick };
}

/** The moment the form starts on: the drill that was named, else the context, else none. */
export function prefilledMoment(prefill: PainFormPrefill): FormMoment | null {
  if (prefill.drill) return prefill.drill;
  const context = prefill.context;
  return FORM_MOMENTS.find((moment) => moment === context) ?? null;
}

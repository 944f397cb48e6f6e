/** Checks what a member hands over for a pain report, from /pain or a reminder's pain form. */

import { isDrill } from "./drills.rules.js";
import {
  CONTEXTS,
  isValidSeverity,
  LOCATIONS,
  NOTE_MAX,
  type PainContext,
  type PainDrill,
  type PainLocation,
  SEVERITY_MAX,
  SEVERITY_MIN,
} from "./pain.rules.js";
import { type PainSide, SIDES } from "./pain-episodes.rules.js";
import { fail, ok, quote, type Result } from "./result.js";
import { type AskedSign, parseSignChoices } from "./warning-signs.rules.js";

/** As Discord gives it: any option may be missing or null. */
export interface RawPainInput {
  readonly severity: unknown;
  readonly location: unknown;
  readonly side?: unknown;
  readonly drill?: unknown;
  readonly context?: unknown;
  readonly note?: unknown;
  /** The warning signs picked: one choice, a menu's values, or "none". */
  readonly signs?: unknown;
}

export interface ParsedPainInput {
  readonly severity: number;
  readonly location: PainLocation;
  readonly side?: PainSide;
  readonly drill: PainDrill;
  readonly context?: PainContext;
  readonly note?: string;
  /** Null: not asked or not answered; []: "none of these". */
  readonly signs: readonly AskedSign[] | null;
}

type PainProblemCode =
  | "pain.severity-missing"
  | "pain.severity"
  | "pain.location-missing"
  | "pain.location"
  | "pain.side"
  | "pain.drill"
  | "pain.context"
  | "pain.note-not-text"
  | "pain.note-too-long"
  | "pain.sign";

type Checked<T> = Result<T, PainProblemCode>;

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function choiceText(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}

function parseSeverity(raw: unknown): Checked<number> {
  const range = { min: SEVERITY_MIN, max: SEVERITY_MAX };
  if (isAbsent(raw)) return fail("pain.severity-missing", range);
  const value = typeof raw === "string" && /^\s*\d{1,2}\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value === "number" && isValidSeverity(value)) return ok(value);
  return fail("pain.severity", { given: quote(raw), ...range });
}

function parseLocation(raw: unknown): Checked<PainLocation> {
  if (isAbsent(raw)) return fail("pain.location-missing");
  const text = choiceText(raw);
  if ((LOCATIONS as readonly string[]).includes(text)) return ok(text as PainLocation);
  return fail("pain.location", { given: quote(raw) });
}

function parseDrill(raw: unknown): Checked<PainDrill> {
  if (isAbsent(raw)) return ok("unknown");
  const text = choiceText(raw);
  if (text === "unknown" || isDrill(text)) return ok(text as PainDrill);
  return fail("pain.drill", { given: quote(raw) });
}

/** An optional pick from a fixed list (side, context): absent, one of `choices`, or `problem`. */
function parseOptionalChoice<T extends string>(
  raw: unknown,
  choices: readonly T[],
  problem: PainProblemCode,
): Checked<T | undefined> {
  if (isAbsent(raw)) return ok(undefined);
  const text = choiceText(raw);
  if ((choices as readonly string[]).includes(text)) return ok(text as T);
  return fail(problem, { given: quote(raw) });
}

function parseNote(raw: unknown): Checked<string | undefined> {
  if (isAbsent(raw)) return ok(undefined);
  if (typeof raw !== "string") return fail("pain.note-not-text");
  const note = raw.trim();
  if (note.length > NOTE_MAX) return fail("pain.note-too-long", { length: note.length, max: NOTE_MAX });
  return ok(note);
}

/** Checks a raw report field by field, in the order the member filled it in; the first problem wins. */
export function parsePainInput(raw: RawPainInput): Checked<ParsedPainInput> {
  const severity = parseSeverity(raw.severity);
  if (!severity.ok) return severity;
  const location = parseLocation(raw.location);
  if (!location.ok) return location;
  const side = parseOptionalChoice<PainSide>(raw.side, SIDES, "pain.side");
  if (!side.ok) return side;
  const drill = parseDrill(raw.drill);
  if (!drill.ok) return drill;
  const context = parseOptionalChoice<PainContext>(raw.context, CONTEXTS, "pain.context");
  if (!context.ok) return context;
  const note = parseNote(raw.note);
  if (!note.ok) return note;
  const signs = parseSignChoices(raw.signs);
  if (!signs.ok) return signs;
  return ok({
    severity: severity.value,
    location: location.value,
    ...(side.value === undefined ? {} : { side: side.value }),
    drill: drill.value,
    ...(context.value === undefined ? {} : { context: context.value }),
    ...(note.value === undefined ? {} : { note: note.value }),
    signs: signs.value,
  });
}

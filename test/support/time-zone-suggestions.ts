import { unknownTimeZone } from "../../src/domain/timezones.rules.js";

/** The zones a mistyped name is answered with ("Did you mean ..."), nearest first; [] for none. */
export function suggestTimeZones(badInput: string): string[] {
  const result = unknownTimeZone(badInput);
  const suggestions = result.ok ? undefined : result.problem.params?.suggestions;
  return typeof suggestions === "string" ? suggestions.split(", ") : [];
}

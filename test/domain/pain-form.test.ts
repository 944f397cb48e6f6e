import { describe, expect, it } from "vitest";
import { LOCATIONS } from "../../src/domain/pain.rules.js";
import {
  FORM_MOMENTS,
  FORM_PLACES,
  momentOfPick,
  placeOfPick,
  prefilledMoment,
} from "../../src/domain/pain-form.rules.js";
import { parsePainInput } from "../../src/domain/pain-input.rules.js";

describe("the Pain form's picks", () => {
  it("offers every place on each side, and 'other' once, within Discord's 25 options", () => {
    expect(FORM_PLACES.map((place) => place.value)).toContain("knee:left");
    expect(FORM_PLACES.map((place) => place.value)).toContain("other");
    expect(FORM_PLACES).toHaveLength((LOCATIONS.length - 1) * 3 + 1);
    expect(FORM_PLACES.length).toBeLessThanOrEqual(25);
    expect(new Set(FORM_PLACES.map((place) => place.value)).size).toBe(FORM_PLACES.length);
  });

  it("every place pick reads back as a valid report's location and side", () => {
    for (const { value, location, side } of FORM_PLACES) {
      const parsed = parsePainInput({ severity: 3, ...placeOfPick(value) });
      expect(parsed.ok && [parsed.value.location, parsed.value.side]).toEqual([location, side]);
    }
  });

  it("every moment pick reads back as the drill and context it names", () => {
    expect(momentOfPick("straight-leg")).toEqual({ drill: "straight-leg", context: "drills" });
    expect(momentOfPick("downhill")).toEqual({ context: "downhill" });
    for (const moment of FORM_MOMENTS) {
      const parsed = parsePainInput({ severity: 3, location: "knee", ...momentOfPick(moment) });
      expect(parsed.ok).toBe(true);
    }
  });

  it("a stale or forged pick is refused by the same checks as /pain, not guessed", () => {
    expect(parsePainInput({ severity: 3, ...placeOfPick("elbow:left") })).toMatchObject({
      ok: false,
      problem: { code: "pain.location" },
    });
    expect(parsePainInput({ severity: 3, location: "knee", ...momentOfPick("swimming") })).toMatchObject({
      ok: false,
      problem: { code: "pain.context" },
    });
  });

  it("starts on what opened it: the drill, else the run's context, else nothing", () => {
    expect(prefilledMoment({ drill: "flexed-knee", context: "drills" })).toBe("flexed-knee");
    expect(prefilledMoment({ context: "downhill" })).toBe("downhill");
    expect(prefilledMoment({ drill: null, context: "drills" })).toBe("drills");
    expect(prefilledMoment({ context: "morning" })).toBeNull();
    expect(prefilledMoment({})).toBeNull();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decidePain, LOCATIONS, type PainDrill } from "../../src/domain/pain.rules.js";
import {
  ASKED_SIGNS,
  findSigns,
  parseSignChoices,
  SIGN_CHOICES,
  SIGN_COMBINATIONS,
  shouldAskSigns,
  WARNING_SIGN_TABLE,
  type WarningSign,
} from "../../src/domain/warning-signs.rules.js";
import { pastReport } from "../support/pain-history.js";

/** The tier of picked signs alone, with no note. */
const signTier = (signs: readonly WarningSign[]) => findSigns(signs, null).tier;

const NOW = new Date("2026-11-24T19:00:00Z");

describe("the warning-sign table, row by row", () => {
  const expected: [WarningSign, "urgent" | "soon", boolean][] = [
    ["cannot_bear_weight", "urgent", true],
    ["deformity", "urgent", true],
    ["calf", "urgent", true],
    ["fever", "urgent", true],
    ["swelling_worse", "soon", true],
    ["numbness", "soon", true],
    ["night_pain", "soon", true],
    ["gave_way", "soon", true],
    ["limping", "soon", false],
  ];

  it("holds exactly these rows, each with its reason", () => {
    expect(WARNING_SIGN_TABLE.map((row) => [row.sign, row.tier, row.asked])).toEqual(expected);
    for (const row of WARNING_SIGN_TABLE) expect(row.reason.length).toBeGreaterThan(40);
  });

  it.each(expected)("%s is %s on its own, at any severity, even 0", (sign, tier) => {
    expect(signTier([sign])).toBe(tier);
    for (const severity of [0, 4, 9]) {
      const decision = decidePain({ severity, location: "ankle", signs: [sign], reportedAt: NOW });
      expect(decision.signs).toEqual({ signs: [sign], tier });
      // Both tiers back off as for 6-10: level 1, a week's hold.
      expect(decision.plan.backOff).toEqual({ kind: "reset", hours: 168 });
      expect(decision.advisePhysician).toBe(true);
      expect(decision.pauseUntilSeen).toBe(tier === "urgent");
      expect(decision.offerPause).toBe(tier === "soon");
    }
  });

  it("a pop with swelling is urgent, picked or written; either alone is not", () => {
    expect(SIGN_COMBINATIONS.map((combo) => [combo.signs, combo.tier])).toEqual([
      [["gave_way", "swelling_worse"], "urgent"],
    ]);
    expect(signTier(["gave_way", "swelling_worse"])).toBe("urgent");
    expect(findSigns(["gave_way"], "and now it's swollen").tier).toBe("urgent");
    expect(findSigns([], "felt a pop, then it swelled up").tier).toBe("urgent");
    expect(findSigns(["gave_way"], "no swelling").tier).toBe("soon");
    expect(signTier(["swelling_worse"])).toBe("soon");
  });

  it("the highest tier wins, and no sign is no tier", () => {
    expect(signTier(["numbness", "fever"])).toBe("urgent");
    expect(signTier(["numbness", "night_pain"])).toBe("soon");
    expect(signTier([])).toBeNull();
  });

  it("finds the member's signs and the note's together, once each, in table order", () => {
    expect(findSigns(["numbness", "fever"], "tengo fiebre y cojeo")).toEqual({
      signs: ["fever", "numbness", "limping"],
      tier: "urgent",
    });
  });

  it("the choices are the asked signs and none; limping is only read in notes", () => {
    expect(SIGN_CHOICES).toEqual([...expected.filter(([, , asked]) => asked).map(([sign]) => sign), "none"]);
    expect(ASKED_SIGNS).not.toContain("limping");
  });
});

describe("asking", () => {
  it.each([
    [3, null, null, true],
    [10, null, "soon", true],
    [2, null, null, false],
    [3, [], null, false],
    [5, ["numbness"], "soon", false],
    [8, null, "urgent", false],
  ] as const)("severity %i, picked %j, tier %s: asks %s", (severity, picked, tier, asks) => {
    expect(shouldAskSigns(severity, picked, tier)).toBe(asks);
  });

  it.each([
    [undefined, { ok: true, value: null }],
    [null, { ok: true, value: null }],
    ["", { ok: true, value: null }],
    [[], { ok: true, value: null }],
    ["none", { ok: true, value: [] }],
    [" Fever ", { ok: true, value: ["fever"] }],
    [["night_pain", "calf", "calf"], { ok: true, value: ["calf", "night_pain"] }],
    [["none", "deformity"], { ok: true, value: ["deformity"] }],
    ["limping", { ok: false, problem: { code: "pain.sign", params: { given: "limping" } } }],
    [["fever", "hot"], { ok: false, problem: { code: "pain.sign", params: { given: "hot" } } }],
    [true, { ok: false, problem: { code: "pain.sign", params: { given: "true" } } }],
  ])("reads %j", (raw, result) => {
    expect(parseSignChoices(raw)).toEqual(result);
  });
});

describe("properties", () => {
  const urgent = WARNING_SIGN_TABLE.filter((row) => row.tier === "urgent").map((row) => row.sign);
  const reportArb = fc.record({
    severity: fc.integer({ min: 0, max: 10 }),
    location: fc.constantFrom(...LOCATIONS),
    drill: fc.constantFrom<PainDrill>("flexed-knee", "straight-leg", "unknown"),
    signs: fc.subarray([...ASKED_SIGNS]),
    note: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("swollen", "no fever", "felt a pop", "")),
    recent: fc
      .array(
        fc.record({
          severity: fc.integer({ min: 0, max: 10 }),
          location: fc.constantFrom(...LOCATIONS),
          hoursAgo: fc.integer({ min: 1, max: 20 * 24 }),
        }),
        { maxLength: 6 },
      )
      .map((reports) =>
        reports.map(({ hoursAgo, ...fields }, index) => pastReport(NOW, index + 1, hoursAgo, fields)),
      ),
  });

  it("an urgent sign never leaves reminders running: paused until seen, no keep going, whatever else", () => {
    fc.assert(
      fc.property(reportArb, fc.constantFrom(...urgent), (r, sign) => {
        const decision = decidePain({ ...r, signs: [...r.signs, sign], reportedAt: NOW }, r.recent);
        expect(decision.pauseUntilSeen).toBe(true);
        expect(decision.offerPause).toBe(false);
        expect(decision.plan.backOff).toEqual({ kind: "reset", hours: 168 });
      }),
    );
  });

  it("a sign never makes the plan gentler on the member's tissue than the number alone", () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const withSigns = decidePain({ ...r, reportedAt: NOW }, r.recent);
        const numberOnly = decidePain({ ...r, signs: [], note: "", reportedAt: NOW }, r.recent);
        const strength = { none: 0, hold: 1, "step-down": 2, reset: 3 } as const;
        expect(strength[withSigns.plan.backOff.kind]).toBeGreaterThanOrEqual(
          strength[numberOnly.plan.backOff.kind],
        );
        if (numberOnly.advisePhysician) expect(withSigns.advisePhysician).toBe(true);
        expect(withSigns.pauseUntilSeen).toBe(withSigns.signs.tier === "urgent");
      }),
    );
  });
});

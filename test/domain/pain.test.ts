import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BackOff } from "../../src/domain/back-off.rules.js";
import { decidePain, LOCATIONS, type PainDrill, type PainLocation } from "../../src/domain/pain.rules.js";
import { ASKED_SIGNS } from "../../src/domain/warning-signs.rules.js";
import { painBand } from "../support/pain.js";
import { pastReport } from "../support/pain-history.js";

const NOW = new Date("2025-06-10T19:00:00Z");

const report = (severity: number, extra: Partial<Parameters<typeof decidePain>[0]> = {}) => ({
  severity,
  location: "knee" as PainLocation,
  reportedAt: NOW,
  ...extra,
});

const STRENGTH: Record<BackOff["kind"], number> = { none: 0, hold: 1, "step-down": 2, reset: 3 };
const hours = (b: BackOff): number => (b.kind === "none" ? 0 : b.hours);

describe("the rule table", () => {
  it("covers 0-10 exactly once, in order", () => {
    const bands = Array.from({ length: 11 }, (_, severity) => painBand(severity));
    expect(bands).toEqual([
      "none",
      "mild",
      "mild",
      "moderate",
      "moderate",
      "moderate",
      "severe",
      "severe",
      "severe",
      "severe",
      "severe",
    ]);
  });

  it.each([
    [0, "none", { kind: "none" }, false, []],
    [1, "mild", { kind: "hold", hours: 48 }, false, ["flexed-knee"]],
    [2, "mild", { kind: "hold", hours: 48 }, false, ["flexed-knee"]],
    [3, "moderate", { kind: "step-down", hours: 72 }, false, ["flexed-knee"]],
    [4, "moderate", { kind: "step-down", hours: 72 }, false, ["flexed-knee"]],
    [5, "moderate", { kind: "step-down", hours: 72 }, false, ["flexed-knee"]],
    [6, "severe", { kind: "reset", hours: 168 }, true, ["flexed-knee"]],
    [7, "severe", { kind: "reset", hours: 168 }, true, ["flexed-knee"]],
    [10, "severe", { kind: "reset", hours: 168 }, true, ["flexed-knee"]],
  ] as const)(
    "severity %i -> %s, %j, physician %s (drill given, no history)",
    (severity, band, backOff, doc, drills) => {
      const decision = decidePain(report(severity, { drill: "flexed-knee" }));
      expect(decision.band).toBe(band);
      expect(painBand(severity)).toBe(band);
      expect(decision.plan).toEqual({ drills, backOff });
      expect(decision.advisePhysician).toBe(doc);
      expect(decision.signs).toEqual({ signs: [], tier: null });
      expect(decision.pauseUntilSeen).toBe(false);
    },
  );

  it("a pain-free check-in changes nothing and offers nothing", () => {
    expect(
      decidePain(
        report(0),
        [5, 6, 4].map((severity, day) => pastReport(NOW, day + 1, (day + 1) * 24, { severity })),
      ),
    ).toEqual({
      band: "none",
      plan: { drills: [], backOff: { kind: "none" } },
      advisePhysician: false,
      escalation: null,
      offerPause: false,
      signs: { signs: [], tier: null },
      pauseUntilSeen: false,
      runningAdvice: [],
    });
  });

  it.each([
    ["unknown", ["flexed-knee", "straight-leg"]],
    [null, ["flexed-knee", "straight-leg"]],
    [undefined, ["flexed-knee", "straight-leg"]],
    ["straight-leg", ["straight-leg"]],
  ] as const)("drill %s implicates %j", (drill, drills) => {
    const extra = drill === undefined ? {} : { drill: drill as PainDrill | null };
    expect(decidePain(report(4, extra)).plan.drills).toEqual(drills);
  });

  it.each([-1, 11, 2.5, Number.NaN])("rejects severity %s with a RangeError", (severity) => {
    expect(() => decidePain(report(severity))).toThrow(RangeError);
  });
});

describe("escalation", () => {
  it("severity-7-plus on its own, with physician advice and a pause offer", () => {
    const decision = decidePain(report(7));
    expect(decision.escalation).toEqual({ reasons: ["severity-7-plus"] });
    expect(decision.advisePhysician).toBe(true);
    expect(decision.offerPause).toBe(true);
    expect(decidePain(report(6)).escalation).toBeNull();
    expect(decidePain(report(6)).offerPause).toBe(false);
  });

  it("a first, moderate report does not escalate", () => {
    const decision = decidePain(report(5));
    expect(decision.escalation).toBeNull();
    expect(decision.advisePhysician).toBe(false);
    expect(decision.offerPause).toBe(false);
  });
});

describe("warning signs", () => {
  it("an urgent sign, picked or in the note, uses the severe row and pauses until seen, whatever the number", () => {
    for (const decision of [
      decidePain(report(0, { signs: ["cannot_bear_weight"], drill: "straight-leg" })),
      decidePain(report(2, { note: "It's swollen and I can't bear weight", drill: "straight-leg" })),
      decidePain(report(2, { note: "No puedo apoyar el pie", drill: "straight-leg" })),
      decidePain(report(1, { signs: ["gave_way"], note: "y ahora está hinchado", drill: "straight-leg" })),
    ]) {
      expect(decision.band).toBe("severe");
      expect(decision.plan).toEqual({ drills: ["straight-leg"], backOff: { kind: "reset", hours: 168 } });
      expect(decision.signs.tier).toBe("urgent");
      expect(decision.pauseUntilSeen).toBe(true);
      expect(decision.advisePhysician).toBe(true);
      // The pause is not offered: it is already on, with no "keep going".
      expect(decision.offerPause).toBe(false);
    }
  });

  it("a soon sign backs off as for 6-10 and offers the pause, even at severity 0", () => {
    const decision = decidePain(report(0, { signs: ["numbness"], drill: "flexed-knee" }));
    expect(decision.band).toBe("severe");
    expect(decision.plan).toEqual({ drills: ["flexed-knee"], backOff: { kind: "reset", hours: 168 } });
    expect(decision.signs).toEqual({ signs: ["numbness"], tier: "soon" });
    expect(decision.advisePhysician).toBe(true);
    expect(decision.offerPause).toBe(true);
    expect(decision.pauseUntilSeen).toBe(false);
  });

  it("a negated sign in the note is no sign", () => {
    const decision = decidePain(report(2, { note: "sin hinchazón, kein Fieber", drill: "flexed-knee" }));
    expect(decision.signs).toEqual({ signs: [], tier: null });
    expect(decision.plan.backOff).toEqual({ kind: "hold", hours: 48 });
  });
});

describe("properties", () => {
  const severityArb = fc.integer({ min: 0, max: 10 });
  const locationArb = fc.constantFrom(...LOCATIONS);
  const drillArb = fc.constantFrom<PainDrill | null | undefined>(
    "flexed-knee",
    "straight-leg",
    "unknown",
    null,
    undefined,
  );
  const pastArb = fc
    .array(
      fc.record({
        severity: severityArb,
        location: locationArb,
        hoursAgo: fc.integer({ min: -2, max: 20 * 24 }),
      }),
      {
        maxLength: 8,
      },
    )
    .map((reports) =>
      reports.map(({ hoursAgo, ...fields }, index) => pastReport(NOW, index + 1, hoursAgo, fields)),
    );
  const noteArb = fc.option(
    fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("swollen", "no swelling", "popped", "sore")),
    { nil: undefined },
  );
  const inputArb = fc.record({
    severity: severityArb,
    location: locationArb,
    drill: drillArb,
    note: noteArb,
    signs: fc.option(fc.subarray([...ASKED_SIGNS]), { nil: undefined }),
    recent: pastArb,
  });

  type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;
  const decide = (i: Input, severity = i.severity) =>
    decidePain(
      {
        severity,
        location: i.location,
        reportedAt: NOW,
        ...(i.drill === undefined ? {} : { drill: i.drill }),
        ...(i.note === undefined ? {} : { note: i.note }),
        ...(i.signs === undefined ? {} : { signs: i.signs }),
      },
      i.recent,
    );

  it("never raises a level: only none/hold/step-down/reset, hours > 0 unless none", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const { backOff, drills } = decide(i).plan;
        expect(["none", "hold", "step-down", "reset"]).toContain(backOff.kind);
        if (backOff.kind === "none") expect(drills).toEqual([]);
        else {
          expect(backOff.hours).toBeGreaterThan(0);
          expect(drills.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("higher severity never gives a gentler back-off or less advice", () => {
    fc.assert(
      fc.property(inputArb, severityArb, (i, other) => {
        const [lo, hi] = i.severity <= other ? [i.severity, other] : [other, i.severity];
        const a = decide(i, lo);
        const b = decide(i, hi);
        expect(STRENGTH[b.plan.backOff.kind]).toBeGreaterThanOrEqual(STRENGTH[a.plan.backOff.kind]);
        if (a.plan.backOff.kind === b.plan.backOff.kind) {
          expect(hours(b.plan.backOff)).toBeGreaterThanOrEqual(hours(a.plan.backOff));
        }
        if (a.advisePhysician) expect(b.advisePhysician).toBe(true);
        if (a.offerPause) expect(b.offerPause).toBe(true);
      }),
    );
  });

  it("any 7+ advises a physician and offers a pause (or, with an urgent sign, pauses already)", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 7, max: 10 }), (i, severity) => {
        const decision = decide(i, severity);
        expect(decision.advisePhysician).toBe(true);
        expect(decision.escalation?.reasons).toContain("severity-7-plus");
        expect(decision.offerPause || decision.pauseUntilSeen).toBe(true);
      }),
    );
  });

  it("a report of 1 or more never results in no back-off", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 10 }), (i, severity) => {
        const decision = decide(i, severity);
        expect(decision.band).not.toBe("none");
        expect(decision.plan.backOff.kind).not.toBe("none");
      }),
    );
  });
});

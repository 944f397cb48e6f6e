import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BackOff } from "../../src/domain/back-off.js";
import {
  CONTEXTS,
  decideMorningCheck,
  decidePain,
  escalationReasons,
  explainMorningCheck,
  explainPainDecision,
  formatHold,
  LOCATIONS,
  MORNING_BANDS,
  NOT_MEDICAL_ADVICE,
  NOTE_MAX,
  noteMentionsSevereSigns,
  PAIN_RULES,
  type PainDrill,
  type PainLocation,
  type PastReport,
  painBand,
  parsePainInput,
} from "../../src/domain/pain.js";

const NOW = new Date("2025-06-10T19:00:00Z");
const daysAgo = (days: number, from: Date = NOW): Date => new Date(from.getTime() - days * 86_400_000);
const past = (severity: number, days: number, location: PainLocation = "knee"): PastReport => ({
  severity,
  location,
  reportedAt: daysAgo(days),
});

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
    const covered = PAIN_RULES.bands.flatMap((row) =>
      Array.from({ length: row.max - row.min + 1 }, (_, i) => row.min + i),
    );
    expect(covered).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
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
      expect(decision.urgentCare).toBe(false);
    },
  );

  it("a pain-free check-in changes nothing and offers nothing", () => {
    expect(decidePain(report(0), [past(5, 1), past(6, 2), past(4, 3)])).toEqual({
      band: "none",
      plan: { drills: [], backOff: { kind: "none" } },
      advisePhysician: false,
      escalation: null,
      offerPause: false,
      urgentCare: false,
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
  it("three-in-14-days: the third painful report within 14 days, any location", () => {
    const decision = decidePain(report(1), [past(2, 13, "ankle"), past(1, 2, "hip")]);
    expect(decision.escalation).toEqual({ reasons: ["three-in-14-days"] });
    expect(decision.advisePhysician).toBe(true);
    expect(decision.offerPause).toBe(true);
    expect(decision.plan.backOff).toEqual({ kind: "hold", hours: 48 });
  });

  it("three-in-14-days does not count reports older than 14 days, pain-free ones or later ones", () => {
    const reports = [
      past(2, 14.01, "ankle"),
      past(0, 3),
      { severity: 5, location: "hip" as const, reportedAt: daysAgo(-1) },
      past(1, 2, "hip"),
    ];
    expect(decidePain(report(1), reports).escalation).toBeNull();
    expect(decidePain(report(1), [past(2, 14, "ankle"), past(1, 2, "hip")]).escalation?.reasons).toEqual([
      "three-in-14-days",
    ]);
  });

  it("rising: higher than the previous report at the same place, and at least 3", () => {
    expect(escalationReasons(3, "knee", NOW, [past(2, 1)])).toEqual(["rising"]);
    expect(escalationReasons(5, "knee", NOW, [past(4, 1)])).toEqual(["rising"]);
  });

  it.each([
    ["a rise that stays mild", 2, [past(1, 1)]],
    ["the same severity", 4, [past(4, 1)]],
    ["lower than before", 3, [past(5, 1)]],
    ["a different place", 4, [past(2, 1, "ankle")]],
    ["a pain-free check-in in between", 4, [past(2, 3), past(0, 1, "other")]],
    ["the previous report too old", 4, [past(2, 15)]],
  ] as const)("not rising: %s", (_, severity, reports) => {
    expect(escalationReasons(severity, "knee", NOW, reports)).not.toContain("rising");
  });

  it("rising compares with the latest earlier report, not the lowest", () => {
    expect(escalationReasons(4, "knee", NOW, [past(5, 2), past(1, 4)])).not.toContain("rising");
    expect(escalationReasons(4, "knee", NOW, [past(1, 2), past(5, 4)])).toContain("rising");
  });

  it("severity-7-plus on its own, with physician advice and a pause offer", () => {
    const decision = decidePain(report(7));
    expect(decision.escalation).toEqual({ reasons: ["severity-7-plus"] });
    expect(decision.advisePhysician).toBe(true);
    expect(decision.offerPause).toBe(true);
    expect(decidePain(report(6)).escalation).toBeNull();
    expect(decidePain(report(6)).offerPause).toBe(false);
  });

  it("not-settling: the same episode started a week or more ago", () => {
    expect(escalationReasons(1, "knee", NOW, [past(2, 7)])).toEqual(["not-settling"]);
    expect(escalationReasons(1, "knee", NOW, [past(2, 6.9)])).toEqual([]);
    expect(escalationReasons(1, "knee", NOW, [past(2, 8), past(0, 4)])).toEqual([]);
    expect(escalationReasons(1, "knee", NOW, [past(2, 8, "calf")])).toEqual([]);
  });

  it("collects every reason that applies", () => {
    const reasons = escalationReasons(8, "knee", NOW, [past(2, 10), past(5, 1)]);
    expect(reasons).toEqual(["three-in-14-days", "rising", "severity-7-plus", "not-settling"]);
  });

  it("a first, moderate report does not escalate", () => {
    const decision = decidePain(report(5));
    expect(decision.escalation).toBeNull();
    expect(decision.advisePhysician).toBe(false);
    expect(decision.offerPause).toBe(false);
  });
});

describe("severe signs", () => {
  it.each([
    "I can't bear weight on it",
    "Can’t put weight on my foot",
    "cannot walk since the run",
    "unable to stand",
    "ankle is swollen",
    "Lots of SWELLING around the shin",
    "it looks deformed",
    "something popped",
    "heard a pop going downhill",
    "felt a snap",
    "no pain before, but now swollen",
  ])("detects %j", (note) => {
    expect(noteMentionsSevereSigns(note)).toBe(true);
  });

  it.each([
    "",
    "sore after the downhill",
    "no swelling",
    "not swollen, just stiff",
    "Without any swelling.",
    "less swelling than yesterday",
    "walked home fine",
    "I can walk",
  ])("ignores %j", (note) => {
    expect(noteMentionsSevereSigns(note)).toBe(false);
  });

  it("a severe sign uses the severe row and urgent care whatever the number", () => {
    for (const decision of [
      decidePain(report(2, { severeSigns: true, drill: "straight-leg" })),
      decidePain(report(2, { note: "It's swollen and I can't bear weight", drill: "straight-leg" })),
    ]) {
      expect(decision.band).toBe("severe");
      expect(decision.plan).toEqual({ drills: ["straight-leg"], backOff: { kind: "reset", hours: 168 } });
      expect(decision.urgentCare).toBe(true);
      expect(decision.advisePhysician).toBe(true);
      expect(decision.offerPause).toBe(true);
      expect(explainPainDecision(decision)).toMatch(/medical help today/);
    }
  });
});

describe("next-morning check", () => {
  it("maps the quick buttons to the lower bound of each band", () => {
    expect(PAIN_RULES.morning.severity).toEqual({ none: 0, "1-2": 1, "3-5": 3, "6+": 6 });
    for (const band of MORNING_BANDS) {
      expect(decideMorningCheck({ eveningSeverity: 0, morningBand: band }).severity).toBe(
        PAIN_RULES.morning.severity[band],
      );
    }
  });

  it.each([
    [0, "none", "settled"],
    [4, "none", "settled"],
    [2, "1-2", "same"],
    [1, "1-2", "same"],
    [4, "3-5", "same"],
    [6, "1-2", "same"],
    [8, "6+", "same"],
    [0, "1-2", "worse"],
    [0, "3-5", "worse"],
    [2, "3-5", "worse"],
    [5, "6+", "worse"],
  ] as const)("evening %i, morning %s -> %s", (eveningSeverity, morningBand, outcome) => {
    const result = decideMorningCheck({ eveningSeverity, morningBand });
    expect(result.outcome).toBe(outcome);
    expect(result.decision === null).toBe(outcome !== "worse");
  });

  it("worse backs off like the matching /pain band", () => {
    const cases = [
      ["1-2", { kind: "hold", hours: 48 }],
      ["3-5", { kind: "step-down", hours: 72 }],
      ["6+", { kind: "reset", hours: 168 }],
    ] as const;
    for (const [morningBand, backOff] of cases) {
      const result = decideMorningCheck({ eveningSeverity: 0, morningBand, drill: "flexed-knee" });
      expect(result.decision?.plan).toEqual({ drills: ["flexed-knee"], backOff });
      expect(result.decision?.band).toBe(painBand(PAIN_RULES.morning.severity[morningBand]));
    }
    expect(decideMorningCheck({ eveningSeverity: 0, morningBand: "6+" }).decision?.advisePhysician).toBe(
      true,
    );
  });

  it("worse uses the history for escalation", () => {
    const checkedAt = NOW;
    const result = decideMorningCheck({
      eveningSeverity: 2,
      morningBand: "3-5",
      drill: "straight-leg",
      location: "knee",
      history: { checkedAt, recent: [past(2, 0.5)] },
    });
    expect(result.decision?.escalation).toEqual({ reasons: ["rising"] });
  });

  it("explains each outcome kindly, always with the not-medical-advice line", () => {
    const settled = explainMorningCheck(decideMorningCheck({ eveningSeverity: 3, morningBand: "none" }));
    expect(settled).toMatch(/settled/);
    expect(settled).toMatch(/plan stays/);
    const same = explainMorningCheck(decideMorningCheck({ eveningSeverity: 7, morningBand: "6+" }));
    expect(same).toMatch(/physiotherapist/);
    const worse = explainMorningCheck(decideMorningCheck({ eveningSeverity: 0, morningBand: "3-5" }));
    expect(worse).toMatch(/Worse than last night/);
    expect(worse).toMatch(/down one level/);
    for (const text of [settled, same, worse]) expect(text.endsWith(NOT_MEDICAL_ADVICE)).toBe(true);
  });
});

describe("explainPainDecision", () => {
  it("pain-free: plan unchanged, no physician advice", () => {
    const text = explainPainDecision(decidePain(report(0)));
    expect(text).toMatch(/plan stays as it is/);
    expect(text).not.toMatch(/physio/);
    expect(text.split("\n").at(-1)).toBe(NOT_MEDICAL_ADVICE);
  });

  it("mild: hold for 2 days, stay out of pain", () => {
    const text = explainPainDecision(decidePain(report(2, { drill: "flexed-knee" })));
    expect(text).toMatch(/flexed-knee matrix for 2 days/);
    expect(text).toMatch(/pain-free/);
    expect(text).not.toMatch(/physio/);
  });

  it("moderate: step down both matrices, with the applied changes", () => {
    const text = explainPainDecision(decidePain(report(4)), [
      { drill: "flexed-knee", fromLevel: 3, toLevel: 2, reps: 5 },
      { drill: "straight-leg", fromLevel: 1, toLevel: 1, reps: 5 },
    ]);
    expect(text).toMatch(/stepped both matrices down one level/);
    expect(text).toMatch(/3 days/);
    expect(text).toMatch(/Flexed-knee matrix: level 3 → level 2, 5 reps per direction\./);
    expect(text).toMatch(/Straight-leg matrix: stays at level 1, 5 reps per direction\./);
  });

  it("severe: level 1 for 7 days and see a professional", () => {
    const text = explainPainDecision(decidePain(report(6, { drill: "straight-leg" })));
    expect(text).toMatch(/straight-leg matrix back to level 1/);
    expect(text).toMatch(/7 days/);
    expect(text).toMatch(/sports physician or physiotherapist/);
    expect(text).not.toMatch(/pause/);
  });

  it("escalation: gives the reasons and offers a pause", () => {
    const text = explainPainDecision(decidePain(report(8), [past(5, 1)]));
    expect(text).toMatch(/getting worse/);
    expect(text).toMatch(/7 or more out of 10/);
    expect(text).toMatch(/pause your reminders/);
  });

  it("never diagnoses", () => {
    const text = explainPainDecision(decidePain(report(9, { note: "swollen" }), [past(3, 8), past(5, 2)]));
    expect(text).not.toMatch(/tendin|sprain|fracture|strain|you have/i);
  });

  it("formats hold lengths", () => {
    expect([formatHold(48), formatHold(24), formatHold(168), formatHold(36), formatHold(1)]).toEqual([
      "2 days",
      "1 day",
      "7 days",
      "36 hours",
      "1 hour",
    ]);
  });
});

describe("parsePainInput", () => {
  it("accepts a full report and normalises it", () => {
    expect(
      parsePainInput({
        severity: "4",
        location: " Knee ",
        drill: "flexed-knee",
        context: "downhill",
        note: "  sore on the descent ",
        severeSigns: false,
      }),
    ).toEqual({
      ok: true,
      value: {
        severity: 4,
        location: "knee",
        drill: "flexed-knee",
        context: "downhill",
        note: "sore on the descent",
        severeSigns: false,
      },
    });
  });

  it("fills in unknown drill and leaves out missing options", () => {
    expect(parsePainInput({ severity: 0, location: "other", drill: null, context: null, note: "" })).toEqual({
      ok: true,
      value: { severity: 0, location: "other", drill: "unknown", severeSigns: false },
    });
  });

  it.each([-1, 11, 2.5, "seven", "", null, undefined])("rejects severity %j politely", (severity) => {
    const result = parsePainInput({ severity, location: "knee" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Please give a whole number from 0 to 10/);
  });

  it.each(["elbow", "", null])("rejects location %j, listing the choices", (location) => {
    const result = parsePainInput({ severity: 3, location });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/knee, ankle, calf, shin, foot, hip, other/);
  });

  it("rejects an unknown drill or context", () => {
    expect(parsePainInput({ severity: 3, location: "knee", drill: "squat" })).toMatchObject({ ok: false });
    expect(parsePainInput({ severity: 3, location: "knee", context: "gym" })).toMatchObject({ ok: false });
  });

  it("takes a note of exactly NOTE_MAX characters and rejects a longer one", () => {
    expect(NOTE_MAX).toBe(500);
    expect(parsePainInput({ severity: 1, location: "knee", note: "a".repeat(500) }).ok).toBe(true);
    const result = parsePainInput({ severity: 1, location: "knee", note: "a".repeat(501) });
    expect(result).toEqual({
      ok: false,
      error: "Your note is 501 characters; please keep it to 500 or fewer.",
    });
  });

  it("exports the choices for the command definitions", () => {
    expect(LOCATIONS).toEqual(["knee", "ankle", "calf", "shin", "foot", "hip", "other"]);
    expect(CONTEXTS).toEqual(["drills", "run", "downhill", "morning", "other"]);
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
  const pastArb = fc.array(
    fc.record({
      severity: severityArb,
      location: locationArb,
      reportedAt: fc.integer({ min: -20 * 24, max: 2 }).map((h) => new Date(NOW.getTime() + h * 3_600_000)),
    }),
    { maxLength: 8 },
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
    severeSigns: fc.option(fc.boolean(), { nil: undefined }),
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
        ...(i.severeSigns === undefined ? {} : { severeSigns: i.severeSigns }),
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

  it("any 7+ advises a physician and offers a pause", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 7, max: 10 }), (i, severity) => {
        const decision = decide(i, severity);
        expect(decision.advisePhysician).toBe(true);
        expect(decision.escalation?.reasons).toContain("severity-7-plus");
        expect(decision.offerPause).toBe(true);
        expect(explainPainDecision(decision)).toMatch(/sports physician or physiotherapist/);
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

  it("every explanation ends with the not-medical-advice line", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        expect(explainPainDecision(decide(i)).split("\n").at(-1)).toBe(NOT_MEDICAL_ADVICE);
      }),
    );
  });

  it("a morning answer never eases the plan: worse backs off, settled and same keep it", () => {
    fc.assert(
      fc.property(severityArb, fc.constantFrom(...MORNING_BANDS), (eveningSeverity, morningBand) => {
        const result = decideMorningCheck({ eveningSeverity, morningBand });
        if (result.outcome === "worse") {
          expect(result.decision?.plan.backOff.kind).not.toBe("none");
          expect(STRENGTH[result.decision?.plan.backOff.kind ?? "none"]).toBeGreaterThan(
            STRENGTH[decidePain(report(eveningSeverity)).plan.backOff.kind],
          );
        } else expect(result.decision).toBeNull();
      }),
    );
  });
});

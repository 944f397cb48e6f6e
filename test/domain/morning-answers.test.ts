import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBackOff } from "../../src/domain/back-off.rules.js";
import { LEVELS, type RepsStep } from "../../src/domain/drills.rules.js";
import {
  decideMorningCheck,
  MORNING_BANDS,
  type MorningBand,
  parseMorningBand,
} from "../../src/domain/morning-check.rules.js";
import type { PastReport } from "../../src/domain/pain.rules.js";
import { pastReport } from "../support/pain-history.js";

// The answer comes at 08:00 the morning after a 19:00 report.
const NOW = new Date("2026-11-25T08:00:00Z");
const TODAY = "2026-11-25";
const evening = (severity: number, fields: Partial<PastReport> = {}) =>
  pastReport(NOW, 1, 13, { severity, ...fields });
const answered = (id: number, hoursAgo: number, severity: number) =>
  pastReport(NOW, id, hoursAgo, { severity, episodeId: 1, morningAnswer: true });

function answer(
  band: MorningBand,
  recent: readonly PastReport[],
  extra: Partial<Parameters<typeof decideMorningCheck>[0]> = {},
) {
  return decideMorningCheck({
    band,
    episodeId: 1,
    drill: null,
    localDate: TODAY,
    answeredAt: NOW,
    recent,
    ...extra,
  });
}

describe("the answers", () => {
  it("carry the real band: each stored at its lower bound, so 8-10 meets the 7+ rule", () => {
    expect(MORNING_BANDS).toEqual(["none", "1-2", "3-5", "6-7", "8-10"]);
    const stored = MORNING_BANDS.map((band) => answer(band, [evening(9)]).severity);
    expect(stored).toEqual([0, 1, 3, 6, 8]);
    for (const band of MORNING_BANDS) expect(parseMorningBand(band)).toBe(band);
  });

  it("a button from before the split reads as its nearest band; anything else is refused", () => {
    expect(parseMorningBand("6+")).toBe("6-7");
    expect(parseMorningBand("7")).toBeNull();
    expect(parseMorningBand(undefined)).toBeNull();
  });
});

describe("settled, unsettled or worse", () => {
  it.each([
    [2, "none", "settled"],
    [2, "1-2", "settled"],
    [1, "1-2", "settled"],
    [4, "1-2", "settled"],
    [4, "3-5", "unsettled"],
    [7, "6-7", "unsettled"],
    [9, "6-7", "unsettled"],
    [1, "3-5", "worse"],
    [2, "3-5", "worse"],
    [5, "6-7", "worse"],
    [7, "8-10", "worse"],
  ] as const)("evening %i, morning %s -> %s", (night, band, outcome) => {
    const result = answer(band, [evening(night)]);
    expect(result.outcome).toBe(outcome);
    expect(result.episodeId).toBe(1);
    expect(result.askAgain).toBe(outcome !== "settled");
    expect(result.decision.plan.backOff.kind === "none").toBe(outcome !== "worse");
  });

  it("settled says nothing more: no advice, no pause offer", () => {
    const { decision } = answer("1-2", [evening(4)]);
    expect(decision.escalation).toBeNull();
    expect(decision.advisePhysician).toBe(false);
    expect(decision.offerPause).toBe(false);
  });

  it("the night before is the episode's last report: a morning answer, or a later /pain", () => {
    expect(answer("3-5", [evening(5), answered(2, 1, 1)]).outcome).toBe("worse");
    expect(answer("1-2", [evening(5), pastReport(NOW, 2, 2, { severity: 1, episodeId: 1 })]).outcome).toBe(
      "settled",
    );
  });

  it("an answer follows its episode's place", () => {
    const result = answer("3-5", [evening(4, { location: "calf", side: "left" })]);
    expect(result).toMatchObject({ location: "calf", side: "left", episodeId: 1 });
  });
});

describe("the physician advice", () => {
  it("any worse: backs off as /pain would, with the advice and the pause offer", () => {
    // The night before: 1, or pain-free by a later /pain 0 that followed the episode up.
    const one = [evening(1)];
    const free = [
      pastReport(NOW, 1, 30, { severity: 2 }),
      pastReport(NOW, 2, 13, { severity: 0, episodeId: 1 }),
    ];
    const cases = [
      [free, "1-2", { kind: "hold", hours: 48 }],
      [one, "3-5", { kind: "step-down", hours: 72 }],
      [one, "6-7", { kind: "reset", hours: 168 }],
      [one, "8-10", { kind: "reset", hours: 168 }],
    ] as const;
    for (const [night, band, backOff] of cases) {
      const { decision, keepGoing, outcome } = answer(band, night, { drill: "flexed-knee" });
      expect(outcome).toBe("worse");
      expect(decision.plan).toEqual({ drills: ["flexed-knee"], backOff });
      expect(decision.escalation?.reasons).toContain("worse-overnight");
      expect(decision.advisePhysician).toBe(true);
      expect(decision.offerPause).toBe(true);
      expect(keepGoing).toBe(true);
    }
  });

  it("3 or more on two mornings running", () => {
    const first = answer("3-5", [evening(5)]);
    expect(first.decision.escalation).toBeNull();
    expect(first.decision.offerPause).toBe(false);
    const second = answer("3-5", [pastReport(NOW, 1, 37, { severity: 5 }), answered(2, 24, 3)]);
    expect(second.outcome).toBe("unsettled");
    expect(second.decision.escalation?.reasons).toEqual(["unsettled-two-mornings"]);
    expect(second.decision.offerPause).toBe(true);
    expect(second.askAgain).toBe(true);
    // A milder morning in between breaks the run.
    expect(
      answer("3-5", [pastReport(NOW, 1, 61, { severity: 5 }), answered(2, 48, 3), answered(3, 24, 1)])
        .outcome,
    ).toBe("worse");
  });

  it("8-10 escalates on its own; 6-7 does not claim the 7+ rule", () => {
    expect(answer("8-10", [evening(9)]).decision.escalation?.reasons).toEqual(["severity-7-plus"]);
    expect(answer("6-7", [evening(7)]).decision.escalation).toBeNull();
    // 6-7 is the severe band: the advice to have it looked at stands.
    expect(answer("6-7", [evening(7)]).decision.advisePhysician).toBe(true);
  });

  it("seven days unsettled: the advice, and no more checks; worse is still asked about again", () => {
    const weekOld = [pastReport(NOW, 1, 7 * 24 + 13, { severity: 4 }), answered(2, 24, 3)];
    expect(answer("1-2", weekOld)).toMatchObject({ outcome: "settled", askAgain: false });
    const unsettled = answer("3-5", weekOld);
    expect(unsettled.decision.escalation?.reasons).toContain("not-settling");
    expect(unsettled.askAgain).toBe(false);
    const worse = answer("6-7", weekOld);
    expect(worse.decision.escalation?.reasons).toEqual(
      expect.arrayContaining(["worse-overnight", "not-settling"]),
    );
    expect(worse.askAgain).toBe(true);
  });

  it("on the urgent tier the pause offer has no keep going; a soon sign keeps it", () => {
    const result = answer("3-5", [evening(2, { signTier: "urgent" })]);
    expect(result.decision.offerPause).toBe(true);
    expect(result.keepGoing).toBe(false);
    expect(answer("3-5", [evening(2, { signTier: "soon" })]).keepGoing).toBe(true);
  });
});

describe("after a first day at a new level", () => {
  it("no pain is settled; pain is a new report, decided as /pain would, and asked about again", () => {
    const none = answer("none", [], { episodeId: null, drill: "straight-leg" });
    expect(none).toMatchObject({ outcome: "settled", episodeId: null, askAgain: false });
    const mild = answer("1-2", [], { episodeId: null, drill: "straight-leg" });
    expect(mild).toMatchObject({ outcome: "worse", episodeId: null, askAgain: true, location: "other" });
    expect(mild.decision.plan).toEqual({ drills: ["straight-leg"], backOff: { kind: "hold", hours: 48 } });
    expect(mild.decision.escalation).toBeNull();
  });
});

describe("properties", () => {
  const reportArb = fc.record({
    severity: fc.integer({ min: 0, max: 10 }),
    hoursAgo: fc.integer({ min: 1, max: 9 * 24 }),
    morningAnswer: fc.boolean(),
  });
  const historyArb = fc
    .tuple(
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1, max: 9 * 24 }),
      fc.array(reportArb, { maxLength: 6 }),
    )
    .map(([severity, hoursAgo, followUps]) => [
      pastReport(NOW, 1, hoursAgo, { severity }),
      ...followUps
        .filter((followUp) => followUp.hoursAgo < hoursAgo)
        .map((followUp, index) =>
          pastReport(NOW, index + 2, followUp.hoursAgo, { ...followUp, episodeId: 1 }),
        ),
    ]);
  const stateArb = fc.record({
    drill: fc.constant("flexed-knee" as const),
    level: fc.constantFrom(...LEVELS),
    repsStep: fc.constantFrom<RepsStep>(1, 2, 3),
    practice: fc.constant([]),
    holdUntil: fc.option(
      fc.integer({ min: -200, max: 400 }).map((h) => new Date(NOW.getTime() + h * 3_600_000)),
      {
        nil: null,
      },
    ),
  });

  it("no answer ever raises a level or shortens a hold; only worse changes the plan", () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.constantFrom(...MORNING_BANDS),
        fc.constantFrom("urgent" as const, "soon" as const, null),
        stateArb,
        (history, band, signTier, state) => {
          const [opener, ...followUps] = history;
          const recent = opener ? [{ ...opener, signTier }, ...followUps] : history;
          const urgent = signTier === "urgent";
          const result = answer(band, recent, { drill: "flexed-knee" });
          const { state: after } = applyBackOff(state, result.decision.plan.backOff, NOW);
          expect(after.level).toBeLessThanOrEqual(state.level);
          if (state.holdUntil)
            expect(after.holdUntil?.getTime()).toBeGreaterThanOrEqual(state.holdUntil.getTime());
          expect(result.decision.plan.backOff.kind !== "none").toBe(result.outcome === "worse");
          if (result.outcome === "settled") expect(result.decision.escalation).toBeNull();
          if (result.decision.offerPause && urgent) expect(result.keepGoing).toBe(false);
          expect(result.episodeId).toBe(1);
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTEXTS, decidePain, type PainContext } from "../../src/domain/pain.rules.js";
import { runningAdviceFor } from "../../src/domain/running-advice.rules.js";

const NOW = new Date("2026-04-12T09:00:00Z");
const report = (
  severity: number,
  context: PainContext,
  extra: Partial<Parameters<typeof decidePain>[0]> = {},
) => decidePain({ severity, location: "knee", context, reportedAt: NOW, ...extra });

describe("the running advice table, row by row", () => {
  it.each([
    ["run", "painful", ["walk-descents", "shorter-flatter", "before-downhill"]],
    ["downhill", "painful", ["walk-descents", "shorter-flatter", "before-downhill", "downhill-last"]],
    ["run", "severe", ["no-running", "before-downhill"]],
    ["downhill", "severe", ["no-running", "before-downhill", "downhill-last"]],
    ["run", "urgent", ["no-running"]],
    ["downhill", "urgent", ["no-running"]],
  ] as const)("pain on a %s, %s: %j", (context, pain, advice) => {
    expect(runningAdviceFor(context, pain)).toEqual(advice);
  });

  it("says nothing of running for pain-free news, or pain away from running", () => {
    expect(runningAdviceFor("downhill", null)).toEqual([]);
    expect(runningAdviceFor(undefined, "severe")).toEqual([]);
    for (const context of ["drills", "morning", "other"] as const) {
      expect(runningAdviceFor(context, "painful")).toEqual([]);
    }
  });
});

describe("a pain report on a run or a descent", () => {
  it("a sore knee on a descent: walk the descents, flatter runs, the check before downhill, downhill last", () => {
    expect(report(3, "downhill").runningAdvice).toEqual([
      "walk-descents",
      "shorter-flatter",
      "before-downhill",
      "downhill-last",
    ]);
  });

  it("strong pain on a run stops the running, not only the drills", () => {
    expect(report(7, "run").runningAdvice).toEqual(["no-running", "before-downhill"]);
  });

  it("a warning sign at severity 0 still stops the running", () => {
    expect(report(0, "downhill", { signs: ["numbness"] }).runningAdvice[0]).toBe("no-running");
    expect(report(0, "run", { signs: ["cannot_bear_weight"] }).runningAdvice).toEqual(["no-running"]);
  });

  it("a pain-free run gets no running advice", () => {
    expect(report(0, "downhill").runningAdvice).toEqual([]);
  });

  it("never tells a member in pain on a run to keep running as usual (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.constantFrom(...CONTEXTS), (severity, context) => {
        const advice = report(severity, context).runningAdvice;
        const running = context === "run" || context === "downhill";
        expect(advice.length > 0).toBe(running);
        if (running) {
          expect(advice.includes("no-running") || advice.includes("walk-descents")).toBe(true);
          expect(advice.includes("no-running")).toBe(severity >= 6);
        }
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { showDrillGuide } from "../../src/app/drill-guide.usecases.js";
import { UserError } from "../../src/app/errors.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-20T12:00:00Z");
const caller = { userId: "300000000000000007", displayName: "Ines", guild: null };
const deps = () => createAppDeps(database.db, clock);

describe("showDrillGuide (/drills)", () => {
  it("gives a newcomer level 1 of both matrices, and one matrix when one is named", async () => {
    const both = await showDrillGuide(deps(), caller.userId, null);
    expect(both.map((state) => [state.drill, state.level])).toEqual([
      ["flexed-knee", 1],
      ["straight-leg", 1],
    ]);
    const one = await showDrillGuide(deps(), caller.userId, "jambe tendue");
    expect(one.map((state) => state.drill)).toEqual(["straight-leg"]);
  });

  it("reads the member's stored progression", async () => {
    await logSets(deps(), { caller, drill: "flexed-knee", sets: 2, interactionId: "g1", source: "command" });
    const [state] = await showDrillGuide(deps(), caller.userId, "flexed-knee");
    expect(state?.practice).toEqual([{ date: "2026-11-20", sets: 2 }]);
  });

  it("refuses a text that names no drill, quoting it", async () => {
    const refused = await showDrillGuide(deps(), caller.userId, "  Oberschenkel ").catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).said).toEqual({
      key: "drills.unknownDrill",
      params: { input: "Oberschenkel" },
    });
  });
});

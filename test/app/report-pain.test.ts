import { beforeEach, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { UserError } from "../../src/app/errors.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import { reportPain } from "../../src/app/report-pain.usecases.js";
import { levelChanges, painReports, progressions, reminders } from "../../src/db/schema.js";
import type { RawPainInput } from "../../src/domain/pain-input.rules.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-24T20:00:00Z");
const caller = { userId: "300000000000000003", displayName: "Cleo", guild: null };
const deps = () => createAppDeps(database.db, clock);
let interaction = 0;

const pain = (raw: Partial<RawPainInput>) =>
  reportPain(deps(), {
    caller,
    raw: { severity: 0, location: "knee", ...raw },
    interactionId: `pain-${++interaction}`,
    source: "command",
  });

/** Climbs a matrix to level 2 step 1 (level 1 has three reps steps of 6 sets over 3 days). */
async function climbToLevelTwo(drill: "flexed-knee" | "straight-leg") {
  for (let day = 0; day < 9; day++) {
    await logSets(deps(), {
      caller,
      drill,
      sets: 2,
      interactionId: `climb-${drill}-${day}`,
      source: "command",
    });
    clock.advance(24 * 3600_000);
  }
}

beforeEach(async () => {
  clock.set("2026-11-01T20:00:00Z");
});

describe("reportPain", () => {
  it("0 is a pain-free check-in: recorded, nothing changes, no morning check", async () => {
    const result = await pain({ severity: 0 });
    expect(result.changes).toEqual([]);
    expect(result.morningCheckAt).toBeNull();
    expect(await database.db.select().from(painReports)).toHaveLength(1);
    expect(await database.db.select().from(reminders)).toHaveLength(0);
  });

  it("1-2 holds both matrices for 48 hours when the drill is unknown, and plans a morning check", async () => {
    const result = await pain({ severity: 2 });
    expect(result.changes.map((change) => [change.drill, change.outcome.kind])).toEqual([
      ["flexed-knee", "hold"],
      ["straight-leg", "hold"],
    ]);
    const rows = await database.db.select().from(progressions);
    expect(rows.map((row) => row.holdUntil?.toISOString())).toEqual([
      "2026-11-03T20:00:00.000Z",
      "2026-11-03T20:00:00.000Z",
    ]);
    const [check] = await database.db.select().from(reminders);
    expect(check).toMatchObject({ kind: "morning-check", localDate: "2026-11-02", state: "planned" });
    expect(check?.dueAt.toISOString()).toBe("2026-11-02T08:00:00.000Z");
  });

  it("3-5 steps only the implicated matrix down one level", async () => {
    await climbToLevelTwo("flexed-knee");
    const result = await pain({ severity: 4, drill: "flexed-knee", location: "ankle" });
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]?.outcome).toMatchObject({
      kind: "step-down",
      from: { level: 2 },
      to: { level: 1 },
    });
  });

  it("6-10 goes back to level 1, advises a professional; a third episode in 14 days escalates", async () => {
    const severe = await pain({ severity: 6, drill: "straight-leg" });
    expect(severe.decision.advisePhysician).toBe(true);
    clock.advance(2 * 24 * 3600_000);
    // The same place within 72 h follows the knee's episode up: not a second episode.
    expect((await pain({ severity: 1 })).decision.escalation).toBeNull();
    await pain({ severity: 1, location: "ankle" });
    clock.advance(2 * 24 * 3600_000);
    const third = await pain({ severity: 1, location: "hip" });
    expect(third.decision.escalation?.reasons).toContain("three-in-14-days");
    expect(third.decision.offerPause).toBe(true);
  });

  it.each([
    [{ severity: 11 }, { key: "pain.problems.severity", params: { given: "11", min: 0, max: 10 } }],
    [{ severity: -1 }, { key: "pain.problems.severity", params: { given: "-1", min: 0, max: 10 } }],
    [{ location: "elbow" }, { key: "pain.problems.location", params: { given: "elbow" } }],
    [{ note: "x".repeat(501) }, { key: "pain.problems.note-too-long", params: { length: 501, max: 500 } }],
  ])("refuses %j with its problem and writes nothing", async (raw, said) => {
    const attempt = pain({ severity: 3, ...raw });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ said });
    expect(await database.db.select().from(painReports)).toHaveLength(0);
    expect(await database.db.select().from(progressions)).toHaveLength(0);
  });

  it("a retried interaction is recorded once and backs off once", async () => {
    await climbToLevelTwo("flexed-knee");
    const first = await reportPain(deps(), {
      caller,
      raw: { severity: 4, location: "knee", drill: "flexed-knee" },
      interactionId: "same",
      source: "command",
    });
    const again = await reportPain(deps(), {
      caller,
      raw: { severity: 4, location: "knee", drill: "flexed-knee" },
      interactionId: "same",
      source: "command",
    });
    expect(first.recorded).toBe(true);
    expect(again.recorded).toBe(false);
    const changes = await database.db.select().from(levelChanges);
    expect(changes.filter((change) => change.reason.startsWith("pain report"))).toHaveLength(1);
    expect(await database.db.select().from(painReports)).toHaveLength(1);
  });
});

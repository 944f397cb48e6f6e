import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { UserError } from "../../src/app/errors.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import { reportPain } from "../../src/app/report-pain.usecases.js";
import { updateMember, upsertMember } from "../../src/db/repos/members.repository.js";
import { levelChanges, progressions, reminders, setLogs } from "../../src/db/schema.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-24T12:00:00Z");
const caller = {
  userId: "300000000000000001",
  displayName: "Ana",
  guild: { id: "400000000000000001", name: "Trail club" },
};
const deps = () => createAppDeps(database.db, clock);

beforeEach(async () => {
  clock.set("2026-11-24T12:00:00Z");
});

const log = (drill: string, sets = 1, interactionId: string | null = null) =>
  logSets(deps(), { caller, drill, sets, interactionId, source: "command" });

describe("logSets", () => {
  it("records the sets with their instant and the member's week total", async () => {
    const result = await log("flexed-knee", 2, "i-1");
    expect(result.recorded).toBe(true);
    expect(result.weekSetsByDrill.get("flexed-knee")).toBe(2);
    const rows = await database.db.select().from(setLogs);
    expect(rows).toMatchObject([
      {
        userId: caller.userId,
        guildId: caller.guild.id,
        drill: "flexed-knee",
        sets: 2,
        level: 1,
        repsStep: 1,
        localDate: "2026-11-24",
      },
    ]);
    expect(rows[0]?.loggedAt.toISOString()).toBe("2026-11-24T12:00:00.000Z");
  });

  it("accepts what people type and logs both matrices for 'both'", async () => {
    const result = await log("knee bent", 1, "i-1");
    expect(result.logged.map((entry) => entry.drill)).toEqual(["flexed-knee"]);
    const both = await log("both", 3, "i-2");
    expect(both.logged.map((entry) => entry.drill)).toEqual(["flexed-knee", "straight-leg"]);
    expect(both.weekSetsByDrill).toEqual(
      new Map([
        ["flexed-knee", 4],
        ["straight-leg", 3],
      ]),
    );
  });

  it("records a retried interaction once", async () => {
    await log("both", 2, "same-interaction");
    const retry = await log("both", 2, "same-interaction");
    expect(retry.recorded).toBe(false);
    expect(retry.logged.every((entry) => entry.outcome === null)).toBe(true);
    expect(await database.db.select().from(setLogs)).toHaveLength(2);
    const [flexed] = await database.db
      .select()
      .from(progressions)
      .where(eq(progressions.drill, "flexed-knee"));
    expect(flexed?.practice).toEqual([{ date: "2026-11-24", sets: 2 }]);
  });

  it.each([
    ["calf stretch", 1, { key: "progress.errors.unknownDrill", params: { given: "calf stretch" } }],
    ["flexed-knee", 0, { key: "progress.errors.setsRange", params: { max: 20 } }],
    ["flexed-knee", 21, { key: "progress.errors.setsRange", params: { max: 20 } }],
    ["flexed-knee", 1.5, { key: "progress.errors.setsRange", params: { max: 20 } }],
  ])("refuses drill %j with %d sets and writes nothing", async (drill, sets, said) => {
    const attempt = log(drill, sets, "bad");
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ said });
    expect(await database.db.select().from(setLogs)).toHaveLength(0);
  });

  it.each([
    // [zone, instant, local date]: just before and after local midnight (Chatham is +13:45 in November)
    ["America/Denver", "2026-11-25T06:59:00Z", "2026-11-24"],
    ["America/Denver", "2026-11-25T07:01:00Z", "2026-11-25"],
    ["Asia/Kolkata", "2026-11-24T18:29:00Z", "2026-11-24"],
    ["Asia/Kolkata", "2026-11-24T18:31:00Z", "2026-11-25"],
    ["Pacific/Chatham", "2026-11-24T10:14:00Z", "2026-11-24"],
    ["Pacific/Chatham", "2026-11-24T10:16:00Z", "2026-11-25"],
    ["Europe/London", "2026-03-29T00:59:00Z", "2026-03-29"],
  ])("in %s, a set at %s lands on local date %s", async (timeZone, instant, localDate) => {
    await upsertMember(database.db, caller, clock.now());
    await updateMember(database.db, caller.userId, { timeZone }, clock.now());
    clock.set(instant);
    await log("straight-leg");
    const [row] = await database.db.select().from(setLogs);
    expect(row?.localDate).toBe(localDate);
  });

  it("steps up only after pain-free sets spread over the required days, and records the change", async () => {
    // Level 1 needs 6 sets over 3 distinct days (STEP_UP_REQUIREMENTS), at most 3 a day counted.
    const first = await log("flexed-knee", 6, "d1");
    expect(first.logged[0]?.outcome).toMatchObject({ kind: "progress", uncounted: 3, setsToGo: 3 });
    clock.advance(24 * 3600_000);
    expect((await log("flexed-knee", 2, "d2")).logged[0]?.outcome?.kind).toBe("progress");
    clock.advance(24 * 3600_000);
    const third = await log("flexed-knee", 1, "d3");
    expect(third.logged[0]?.outcome).toMatchObject({
      kind: "stepped-up",
      from: { reps: 5 },
      to: { level: 1, reps: 8 },
    });
    expect(await database.db.select().from(levelChanges)).toMatchObject([
      { drill: "flexed-knee", fromLevel: 1, fromRepsStep: 1, toLevel: 1, toRepsStep: 2 },
    ]);
  });

  it("the first day at a newly reached level brings a morning check about that matrix", async () => {
    // Level 1 has three reps steps, each 6 sets over 3 days: nine days of 2 sets reach level 2.
    for (let day = 0; day < 9; day++) {
      await log("straight-leg", 2, `climb-${day}`);
      clock.advance(24 * 3600_000);
    }
    expect(await database.db.select().from(reminders)).toHaveLength(0);
    await log("straight-leg", 1, "first-at-level-2");
    const checks = await database.db.select().from(reminders);
    expect(checks).toMatchObject([{ kind: "morning-check", drill: "straight-leg", painReportId: null }]);
    await log("straight-leg", 1, "second-at-level-2");
    expect(await database.db.select().from(reminders)).toHaveLength(1);
    // A pain hold restarts the pain-free run, but the next day is no longer a first day at the level.
    clock.advance(24 * 3600_000);
    await reportPain(deps(), {
      caller,
      raw: { severity: 1, location: "calf" },
      interactionId: "twinge",
      source: "command",
    });
    clock.advance(24 * 3600_000);
    await log("straight-leg", 1, "after-the-hold");
    const levelChecks = (await database.db.select().from(reminders)).filter(
      (row) => row.painReportId === null,
    );
    expect(levelChecks).toHaveLength(1);
  });

  it("sets logged during a pain hold are recorded but do not count toward a step up", async () => {
    await reportPain(deps(), {
      caller,
      raw: { severity: 2, location: "calf", drill: "flexed-knee" },
      interactionId: "twinge",
      source: "command",
    });
    const held = await log("flexed-knee", 3, "during-hold");
    expect(held.logged[0]?.outcome).toMatchObject({ kind: "held", setsToGo: 6, daysToGo: 3 });
    expect(held.weekSetsByDrill.get("flexed-knee")).toBe(3);
    const [flexed] = await database.db
      .select()
      .from(progressions)
      .where(eq(progressions.drill, "flexed-knee"));
    expect(flexed?.practice).toEqual([]);
  });
});

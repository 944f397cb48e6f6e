import { and, eq, type SQL, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { UserError } from "../../src/app/errors.js";
import { measureHistory, planMeasureInvites, recordMeasure } from "../../src/app/measure.usecases.js";
import { deleteMemberData, exportMemberData } from "../../src/app/privacy.usecases.js";
import { setSchedule } from "../../src/app/set-schedule.usecases.js";
import { measures } from "../../src/db/measures-schema.js";
import { reminders } from "../../src/db/schema.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
// Tuesday evening in Madrid.
const clock = new ManualClock("2026-11-24T18:00:00Z");
beforeEach(() => clock.set("2026-11-24T18:00:00Z"));
const deps = () => createAppDeps(database.db, clock);
const ana = { userId: "300000000000000020", displayName: "Ana", guild: null, locale: "es-ES" };
const ben = { userId: "300000000000000021", displayName: "Ben", guild: null };

const storedMeasures = (userId: string) =>
  database.db.select().from(measures).where(eq(measures.userId, userId)).orderBy(measures.localDate);
const invites = (userId: string) =>
  database.db
    .select()
    .from(reminders)
    .where(and(eq(reminders.userId, userId), eq(reminders.kind, "measure-invite")))
    .orderBy(reminders.dueAt);

/** The database's reason for refusing a statement (drizzle wraps the driver's error as its cause). */
async function refusal(statement: SQL): Promise<string> {
  try {
    await database.db.execute(statement);
  } catch (error) {
    return String((error as { cause?: unknown }).cause ?? error);
  }
  return "accepted";
}

describe("measures", () => {
  it("stores a measure with its instant on the member's local date, in millimetres", async () => {
    await setSchedule(deps(), ana, { timezone: "Europe/Madrid", start: "08:00", end: "20:00", perDay: 3 });
    clock.set("2026-11-24T23:30:00Z"); // already Wednesday in Madrid
    const recorded = await recordMeasure(deps(), { caller: ana, left: 9.5, right: 11.5 });
    expect(recorded.reading.difference).toEqual({ mm: 20, stiffer: "left" });
    expect(await storedMeasures(ana.userId)).toMatchObject([
      { localDate: "2026-11-25", measuredAt: new Date("2026-11-24T23:30:00Z"), leftMm: 95, rightMm: 115 },
    ]);
  });

  it("a second measure the same day replaces the first side by side; a later day is a new row", async () => {
    await recordMeasure(deps(), { caller: ben, left: 10, right: 12 });
    clock.advanceMinutes(60);
    const again = await recordMeasure(deps(), { caller: ben, left: 10.4, right: null });
    expect(again.replaced).toBe(true);
    expect(await storedMeasures(ben.userId)).toMatchObject([{ leftMm: 104, rightMm: 120 }]);
    clock.advanceMinutes(21 * 24 * 60);
    const later = await recordMeasure(deps(), { caller: ben, left: 12.5, right: 12 });
    expect(later.replaced).toBe(false);
    expect(later.reading.sides.map((side) => side.change?.kind)).toEqual(["gain", "none"]);
    expect((await measureHistory(deps(), ben.userId)).history).toEqual([
      { localDate: "2026-11-24", left: 104, right: 120 },
      { localDate: "2026-12-15", left: 125, right: 120 },
    ]);
  });

  it("bad input stores nothing, and the table's own checks refuse a value out of range", async () => {
    for (const [left, right] of [
      [-1, 10],
      [25.5, null],
      [12.34, 12],
      ["twelve", null],
    ]) {
      await expect(recordMeasure(deps(), { caller: ben, left, right })).rejects.toBeInstanceOf(UserError);
    }
    expect(await storedMeasures(ben.userId)).toEqual([]);
    await recordMeasure(deps(), { caller: ben, left: 10, right: null });
    expect(
      await refusal(sql`insert into measures (user_id, local_date, measured_at, left_mm)
        values (${ben.userId}, '2026-12-01', now(), 251)`),
    ).toMatch(/left_mm_range/);
    expect(
      await refusal(sql`insert into measures (user_id, local_date, measured_at)
        values (${ben.userId}, '2026-12-02', now())`),
    ).toMatch(/a_side_measured/);
  });

  it("are in /privacy export and gone with /privacy delete", async () => {
    await recordMeasure(deps(), { caller: ana, left: 9.5, right: 11.5 });
    await recordMeasure(deps(), { caller: ben, left: 12, right: 12 });
    const exported = await exportMemberData(deps(), ana.userId);
    expect(exported.measures).toMatchObject([{ userId: ana.userId, leftMm: 95, rightMm: 115 }]);
    await deleteMemberData(deps(), ana.userId, clock.now().getTime());
    expect(await storedMeasures(ana.userId)).toEqual([]);
    expect(await storedMeasures(ben.userId)).toHaveLength(1);
  });
});

describe("invitations to measure", () => {
  it("a newcomer gets one on their third day, at a drill reminder's time; planning again adds none", async () => {
    await setSchedule(deps(), ana, { timezone: "Europe/Madrid", start: "08:00", end: "20:00", perDay: 3 });
    expect(await planMeasureInvites(deps())).toBe(0);
    clock.set("2026-11-25T18:00:00Z");
    expect(await planMeasureInvites(deps())).toBe(1);
    expect(await planMeasureInvites(deps())).toBe(0);
    const [invite] = await invites(ana.userId);
    expect(invite).toMatchObject({ localDate: "2026-11-26", slot: 0, state: "planned" });
    const firstDrill = await database.db
      .select()
      .from(reminders)
      .where(and(eq(reminders.userId, ana.userId), eq(reminders.localDate, "2026-11-26")))
      .orderBy(reminders.dueAt)
      .limit(1);
    expect(invite?.dueAt).toEqual(firstDrill[0]?.dueAt);
  });

  it("a measure cancels the planned one, and the next comes four weeks after the last measure", async () => {
    await setSchedule(deps(), ana, { timezone: "Europe/Madrid", start: "08:00", end: "20:00", perDay: 3 });
    clock.set("2026-11-25T18:00:00Z");
    await planMeasureInvites(deps());
    await recordMeasure(deps(), { caller: ana, left: 9.5, right: 11.5 });
    expect(await invites(ana.userId)).toEqual([]);
    // Measured on the 25th: due on 23 December, planned the evening before.
    clock.set("2026-12-21T18:00:00Z");
    expect(await planMeasureInvites(deps())).toBe(0);
    clock.set("2026-12-22T18:00:00Z");
    expect(await planMeasureInvites(deps())).toBe(1);
    expect(await invites(ana.userId)).toMatchObject([{ localDate: "2026-12-23" }]);
  });

  it("members without reminders are not invited", async () => {
    await recordMeasure(deps(), { caller: ben, left: 12, right: 12 });
    clock.advanceMinutes(40 * 24 * 60);
    expect(await planMeasureInvites(deps())).toBe(0);
  });
});

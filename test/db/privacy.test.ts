import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { type Caller, createAppDeps } from "../../src/app/deps.js";
import { UserError } from "../../src/app/errors.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import { recordMeasure } from "../../src/app/measure.usecases.js";
import { pauseReminders } from "../../src/app/pause.usecases.js";
import { deleteMemberData, exportMemberData, setLeaderboardHidden } from "../../src/app/privacy.usecases.js";
import { reportPain } from "../../src/app/report-pain.usecases.js";
import { checkInFine, reportRunPain } from "../../src/app/run-answers.usecases.js";
import { addRun, removeRun } from "../../src/app/runs.usecases.js";
import { setSchedule } from "../../src/app/set-schedule.usecases.js";
import { queryRows } from "../../src/db/db-client.js";
import { clubMembers, reminders } from "../../src/db/schema.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-24T18:00:00Z");
const deps = () => createAppDeps(database.db, clock);
const club = { id: "400000000000000009", name: "Hill club" };
// Dana uses Discord in German: the language of her DMs is personal data too.
const dana = { userId: "300000000000000010", displayName: "Dana", guild: club, locale: "de" };
const eli = { userId: "300000000000000011", displayName: "Eli", guild: club };

/** Every public table's rows that mention a value anywhere, in any column. */
async function rowsMentioning(value: string): Promise<{ table: string; count: number }[]> {
  const tables = await queryRows<{ tablename: string }>(
    database.db,
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const counts = [];
  for (const { tablename } of tables) {
    const [row] = await queryRows<{ count: number }>(
      database.db,
      sql.raw(
        `select count(*)::int as count from "${tablename}" t where row_to_json(t)::text like '%${value}%'`,
      ),
    );
    counts.push({ table: tablename, count: row?.count ?? 0 });
  }
  return counts.filter((entry) => entry.count > 0);
}

async function useEverything(caller: Caller) {
  await logSets(deps(), {
    caller,
    drill: "both",
    sets: 2,
    interactionId: `log-${caller.userId}`,
    source: "command",
  });
  await reportPain(deps(), {
    caller,
    raw: { severity: 4, location: "calf", side: "left", drill: "straight-leg", note: "tight on the descent" },
    interactionId: `pain-${caller.userId}`,
    source: "command",
  });
  // The same place the same evening: a follow-up of that episode.
  await reportPain(deps(), {
    caller,
    raw: { severity: 3, location: "calf" },
    interactionId: `pain-again-${caller.userId}`,
    source: "command",
  });
  await pauseReminders(deps(), caller, 3);
  await recordMeasure(deps(), { caller, left: 9.5, right: 11.5 });
}

beforeEach(async () => {
  clock.set("2026-11-24T18:00:00Z");
  await useEverything(dana);
  await useEverything(eli);
});

describe("privacy", () => {
  it("export contains the member's rows from every table, pain reports included, and nobody else's", async () => {
    const exported = await exportMemberData(deps(), dana.userId);
    expect(exported.member).toMatchObject([{ userId: dana.userId, locale: "de" }]);
    expect(exported.clubMemberships).toHaveLength(1);
    expect(exported.setLogs).toHaveLength(2);
    expect(exported.boardEntries).toMatchObject([{ activeDays: 1 }]);
    expect(exported.progressions).toHaveLength(2);
    expect(exported.levelChanges).toHaveLength(0);
    const [opener, followUp] = exported.painReports as { id: number }[];
    expect(exported.painReports).toMatchObject([
      { severity: 4, location: "calf", side: "left", episodeId: null, note: "tight on the descent" },
      { severity: 3, location: "calf", side: null, episodeId: opener?.id },
    ]);
    expect(followUp).toBeDefined();
    // The morning checks of the episode, one a morning for its week.
    expect(exported.reminders).toHaveLength(7);
    expect(exported.reminders).toEqual(
      Array(7).fill(expect.objectContaining({ kind: "morning-check", painReportId: opener?.id })),
    );
    expect(exported.pauses).toHaveLength(1);
    expect(exported.measures).toMatchObject([{ leftMm: 95, rightMm: 115 }]);
    expect(JSON.stringify(exported)).not.toContain(eli.userId);
    // Every table that names Dana is in the export.
    const tablesWithDana = (await rowsMentioning(dana.userId)).map((entry) => entry.table).sort();
    expect(tablesWithDana).toEqual(
      [
        "board_entries",
        "club_members",
        "measures",
        "members",
        "pain_reports",
        "pauses",
        "progressions",
        "reminders",
        "set_logs",
      ].sort(),
    );
  });

  it("delete leaves no row that names the member, and keeps everyone else's", async () => {
    const before = await rowsMentioning(eli.userId);
    await deleteMemberData(deps(), dana.userId, clock.now().getTime());
    expect(await rowsMentioning(dana.userId)).toEqual([]);
    expect(await rowsMentioning(eli.userId)).toEqual(before);
  });

  it("a second click, or a stale confirmation, deletes nothing and says so", async () => {
    const stale = clock.now().getTime() - 11 * 60_000;
    await expect(deleteMemberData(deps(), dana.userId, stale)).rejects.toThrow("privacy.errors.expired");
    expect(await rowsMentioning(dana.userId)).not.toEqual([]);
    await deleteMemberData(deps(), dana.userId, clock.now().getTime());
    await expect(deleteMemberData(deps(), dana.userId, clock.now().getTime())).rejects.toThrow(
      new UserError("privacy.errors.nothingToDelete"),
    );
  });

  it("runs and their check-ins are exported, a removed run too, and deleted with the rest", async () => {
    /** Plans a Wednesday downhill run and answers its check-in as the DM's button would. */
    async function runAndCheckIn(caller: Caller, answer: "fine" | "painful") {
      clock.set("2026-11-24T18:00:00Z");
      await setSchedule(deps(), caller, {
        timezone: "Europe/Berlin",
        start: "07:00",
        end: "20:00",
        perDay: 3,
      });
      const run = await addRun(deps(), caller, { when: "wed 06:30", terrain: "downhill", warmup: null });
      const [check] = await database.db
        .update(reminders)
        .set({ state: "sent", sentAt: new Date("2026-11-25T07:30:00Z") })
        .where(and(eq(reminders.userId, caller.userId), eq(reminders.kind, "run-check")))
        .returning();
      if (!check) throw new Error("no check-in planned");
      clock.set("2026-11-25T08:00:00Z");
      if (answer === "fine") await checkInFine(deps(), caller, check.id);
      else
        await reportRunPain(deps(), caller, check.id, "painful", { severity: 5, location: "knee" }, "form-1");
      return run;
    }
    const run = await runAndCheckIn(dana, "fine");
    await runAndCheckIn(eli, "painful");
    await removeRun(deps(), dana, String(run.id));

    const exported = await exportMemberData(deps(), dana.userId);
    expect(exported.runs).toMatchObject([
      { kind: "weekly", days: [3], minutes: 390, terrain: "downhill", removedAt: clock.now() },
    ]);
    expect(exported.runCheckIns).toMatchObject([{ runId: run.id, localDate: "2026-11-25", answer: "fine" }]);
    expect(JSON.stringify(exported)).not.toContain(eli.userId);
    const tables = (await rowsMentioning(dana.userId)).map((entry) => entry.table);
    expect(tables).toEqual(expect.arrayContaining(["runs", "run_check_ins", "measures"]));

    const eliBefore = await rowsMentioning(eli.userId);
    expect(eliBefore.map((entry) => entry.table)).toEqual(expect.arrayContaining(["runs", "run_check_ins"]));
    await deleteMemberData(deps(), dana.userId, clock.now().getTime());
    expect(await rowsMentioning(dana.userId)).toEqual([]);
    expect(await rowsMentioning(eli.userId)).toEqual(eliBefore);
  });

  it("hide switches the member off the club board and back", async () => {
    expect(await setLeaderboardHidden(deps(), dana, null)).toBe(true);
    expect(await setLeaderboardHidden(deps(), dana, null)).toBe(false);
    expect(await setLeaderboardHidden(deps(), { ...dana, guild: null }, true)).toBe(true);
    const rows = await database.db.select().from(clubMembers);
    expect(rows.map((row) => [row.userId, row.hidden]).sort()).toEqual([
      [dana.userId, true],
      [eli.userId, false],
    ]);
    const loner = { userId: "300000000000000012", displayName: "Lou", guild: null };
    await expect(setLeaderboardHidden(deps(), loner, true)).rejects.toThrow(
      new UserError("privacy.errors.notOnBoard"),
    );
  });
});

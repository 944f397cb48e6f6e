import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { planAllReminders } from "../../src/app/reminders.usecases.js";
import { members, reminders } from "../../src/db/schema.js";
import { plannedReminders } from "../../src/domain/reminders.rules.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
// Europe moves its clocks forward a few hours later: the horizon holds a gap.
const clock = new ManualClock("2026-03-28T12:00:00Z");
const deps = () => createAppDeps(database.db, clock);

/**
 * 5,000 enrolled members without settings (read, nothing to plan: they fill the first page the
 * planner reads), then varied members after them in user id order, and two it must leave alone.
 */
async function enrolMembers(): Promise<void> {
  await database.db.execute(sql`insert into members (user_id, display_name, jitter_seed, enrolled_at)
    select 'a' || lpad(i::text, 5, '0'), 'Member ' || i, 'seed' || i, now()
    from generate_series(1, 5000) i`);
  await database.db.execute(sql`insert into members
      (user_id, display_name, jitter_seed, time_zone, enrolled_at, dms_closed_at, window_start, window_end,
       per_day, explicit_times, days)
    select 'm' || i, 'Member ' || i, md5(i::text),
           (array['Europe/London', 'Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'UTC'])[i % 5 + 1],
           case when i = 21 then null else now() end, case when i = 22 then now() end,
           case when i % 4 = 0 then 1320 else 360 + i * 10 end, case when i % 4 = 0 then 120 else 1260 end,
           2 + i % 5, case when i % 3 = 1 then '{90,150,720}'::smallint[] end,
           case when i % 6 = 0 then '{1,2,3,4,5}'::smallint[] else '{1,2,3,4,5,6,7}'::smallint[] end
    from generate_series(1, 22) i`);
}

const stored = () => database.db.select().from(reminders);

const byKey = (a: { userId: string; localDate: string; slot: number }, b: typeof a) =>
  a.userId.localeCompare(b.userId) || a.localDate.localeCompare(b.localDate) || a.slot - b.slot;

describe("planning every member", () => {
  it("stores each member's planned rows, past the first page of members, once however often it runs", async () => {
    await enrolMembers();
    const expected = (await database.db.select().from(members)).flatMap((member) =>
      plannedReminders(member, clock.now()),
    );
    // Not the two left alone, nor those on weekdays only: this is a weekend.
    expect(new Set(expected.map((row) => row.userId)).size).toBe(17);

    expect(await planAllReminders(deps())).toBe(expected.length);
    expect((await stored()).sort(byKey)).toEqual(
      expected.sort(byKey).map((row) => expect.objectContaining(row)),
    );
    expect(await planAllReminders(deps())).toBe(0);
    expect(await stored()).toHaveLength(expected.length);
  });

  it("several planners at once store each row once", async () => {
    await enrolMembers();
    const counts = await Promise.all([planAllReminders(deps()), planAllReminders(deps())]);
    const rows = await stored();
    expect(counts[0] + counts[1]).toBe(rows.length);
    expect(new Set(rows.map((row) => `${row.userId} ${row.localDate} ${row.slot}`)).size).toBe(rows.length);
  });
});

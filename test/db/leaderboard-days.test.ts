import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../../src/db/client.js";
import { clubWeekDays, visibleClubMembers } from "../../src/db/repos/leaderboard.js";
import { SCORING, type SetLog, scoreWeek } from "../../src/domain/scoring.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const guildId = "400000000000000009";
const from = new Date("2026-11-23T00:00:00Z");
const to = new Date("2026-11-30T00:00:00Z");

/** The reference: every raw log of the club's visible members in the week, as the scorer takes them. */
async function rawWeekLogs(): Promise<SetLog[]> {
  const rows = await queryRows<{
    user_id: string;
    sets: number;
    logged_at: string | Date;
    local_date: string;
  }>(
    database.db,
    sql`select s.user_id, s.sets, s.logged_at, s.local_date::text as local_date
        from set_logs s join club_members c on c.user_id = s.user_id and c.guild_id = ${guildId} and not c.hidden
        where s.logged_at >= ${from.toISOString()}::timestamptz and s.logged_at < ${to.toISOString()}::timestamptz`,
  );
  return rows.map((row) => ({
    userId: row.user_id,
    sets: row.sets,
    loggedAt: new Date(row.logged_at),
    localDate: row.local_date,
  }));
}

describe("the board from per-day totals", () => {
  it("ranks exactly as from the raw logs: caps, ties in time, days across the week's edges, hidden members", async () => {
    const { db } = database;
    await db.execute(sql`insert into members (user_id, display_name, jitter_seed)
      select '30000000000000' || lpad(i::text, 4, '0'), 'M' || i, 's' from generate_series(1, 40) i`);
    await db.execute(sql`insert into clubs (guild_id, name) values (${guildId}, 'Club')`);
    await db.execute(sql`insert into club_members (guild_id, user_id, hidden)
      select ${guildId}, user_id, right(user_id, 2)::int % 9 = 0 from members`);
    // Deterministic pseudo-random logs from a day before to a day after the week, on whole
    // 10-minute instants (so many share a time), 1-7 sets each, local dates a few hours off UTC.
    await db.execute(sql`insert into set_logs (user_id, drill, sets, level, reps_step, logged_at, local_date, source)
      select '30000000000000' || lpad((1 + (i * 7919) % 40)::text, 4, '0'), 'flexed-knee', 1 + (i * 31) % 7, 1, 1,
             at, (at - interval '5 hours')::date, 'command'
      from generate_series(1, 1500) i,
           lateral (select ${from.toISOString()}::timestamptz - interval '1 day'
                      + interval '10 minutes' * ((i * 104729) % 1296) as at) t`);
    const members = await visibleClubMembers(db, guildId);
    const raw = scoreWeek(await rawWeekLogs(), members);
    const days = scoreWeek(await clubWeekDays(db, guildId, from, to, SCORING.dailySetCap), members);
    expect(raw.length).toBeGreaterThan(20);
    expect(raw.some((row) => row.sets > row.activeDays * SCORING.dailySetCap)).toBe(true);
    expect(days).toEqual(raw);
  });
});

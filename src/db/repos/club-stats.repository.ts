import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../db-client.js";

/*
 * A club's aggregate figures for /club-stats. Counts only, never a name, and only over members on
 * the club's board (a member who chose /privacy hide is left out of the counts too). No pain or
 * measure table is read here.
 */

interface Range {
  readonly from: Date;
  readonly to: Date;
}

/** Members on the club's board, and how many of them asked for reminders. */
export async function clubHeadcount(db: Db, guildId: string): Promise<{ members: number; enrolled: number }> {
  const [row] = await queryRows<{ members: number; enrolled: number }>(
    db,
    sql`select count(*)::int as members, count(m.enrolled_at)::int as enrolled
        from club_members cm join members m on m.user_id = cm.user_id
        where cm.guild_id = ${guildId} and not cm.hidden`,
  );
  return { members: row?.members ?? 0, enrolled: row?.enrolled ?? 0 };
}

/** Members who logged at least one set in the range, and the sets they logged. */
export async function clubActivity(
  db: Db,
  guildId: string,
  range: Range,
): Promise<{ active: number; sets: number }> {
  const [row] = await queryRows<{ active: number; sets: number }>(
    db,
    sql`select count(distinct s.user_id)::int as active, coalesce(sum(s.sets), 0)::int as sets
        from set_logs s join club_members cm on cm.user_id = s.user_id
        where cm.guild_id = ${guildId} and not cm.hidden
          and s.logged_at >= ${range.from.toISOString()}::timestamptz
          and s.logged_at < ${range.to.toISOString()}::timestamptz`,
  );
  return { active: row?.active ?? 0, sets: row?.sets ?? 0 };
}

/** Of the members active in the range, how many stepped up a level in it. */
export async function clubSteppedUp(db: Db, guildId: string, range: Range): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select count(distinct l.user_id)::int as count
        from level_changes l join club_members cm on cm.user_id = l.user_id
        where cm.guild_id = ${guildId} and not cm.hidden and l.to_level > l.from_level
          and l.changed_at >= ${range.from.toISOString()}::timestamptz
          and l.changed_at < ${range.to.toISOString()}::timestamptz`,
  );
  return row?.count ?? 0;
}

/** The hour of the day (0-23, in `timeZone`) when the club logged most sets in the range; null: none. */
export async function clubBusiestHour(
  db: Db,
  guildId: string,
  range: Range,
  timeZone: string,
): Promise<number | null> {
  const [row] = await queryRows<{ hour: number }>(
    db,
    sql`select extract(hour from s.logged_at at time zone ${timeZone})::int as hour
        from set_logs s join club_members cm on cm.user_id = s.user_id
        where cm.guild_id = ${guildId} and not cm.hidden
          and s.logged_at >= ${range.from.toISOString()}::timestamptz
          and s.logged_at < ${range.to.toISOString()}::timestamptz
        group by 1 order by sum(s.sets) desc, 1 limit 1`,
  );
  return row?.hour ?? null;
}

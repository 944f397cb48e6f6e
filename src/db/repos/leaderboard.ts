import { and, asc, eq, gt, gte, lt, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { ClubMember, LevelUp, SetLog } from "../../domain/scoring.js";
import { type Db, queryRows } from "../client.js";
import { clubMembers, levelChanges, members } from "../schema.js";

/*
 * The weekly board's queries. Pain reports are never read here: a board cannot show or depend on
 * them. Membership decides whose sets count (a set follows its member into every club, whether it
 * was logged in a server or from a DM button); hidden members are left out in SQL.
 */

/** Joins a member's rows to their visible (not hidden) membership of the club. */
function visibleMembership(guildId: string, userId: AnyPgColumn) {
  return and(eq(clubMembers.userId, userId), eq(clubMembers.guildId, guildId), eq(clubMembers.hidden, false));
}

/** The club's visible members with their display names. */
export async function visibleClubMembers(db: Db, guildId: string): Promise<ClubMember[]> {
  return db
    .select({ userId: clubMembers.userId, displayName: members.displayName, hidden: clubMembers.hidden })
    .from(members)
    .innerJoin(clubMembers, visibleMembership(guildId, members.userId));
}

/**
 * The club week's set logs of its visible members, pre-aggregated in SQL to one entry per member per
 * local day (a tenth of the rows for a busy club), grouped by member. Each entry is the day's logs
 * as the scorer sees them: `sets` is their total, `loggedAt` the instant the day's points became
 * final, i.e. the first log at which the running total (in time order) reached min(total, cap),
 * which is the last log when the cap was not reached. scoreWeek gives the same board for these
 * entries as for the raw logs (test/db/leaderboard-days.test.ts compares both).
 */
export async function clubWeekDays(
  db: Db,
  guildId: string,
  from: Date,
  to: Date,
  dailySetCap: number,
): Promise<SetLog[]> {
  const rows = await queryRows<{
    user_id: string;
    local_date: string;
    sets: number;
    reached_at: Date | string;
  }>(
    db,
    sql`select user_id, local_date::text as local_date, sum(sets)::int as sets,
               coalesce(min(logged_at) filter (where running >= ${dailySetCap}), max(logged_at)) as reached_at
        from (
          select s.user_id collate "C" as user_id, s.local_date, s.sets, s.logged_at,
                 sum(s.sets) over (partition by s.user_id collate "C", s.local_date order by s.logged_at) as running
          from set_logs s
          join club_members c on c.user_id = s.user_id and c.guild_id = ${guildId} and not c.hidden
          where s.logged_at >= ${from.toISOString()}::timestamptz and s.logged_at < ${to.toISOString()}::timestamptz
        ) logs
        group by user_id, local_date
        order by user_id`,
  );
  return rows.map((row) => ({
    userId: row.user_id,
    sets: row.sets,
    loggedAt: new Date(row.reached_at),
    localDate: row.local_date,
  }));
}

/** Steps up a level (to_level > from_level) by the club's visible members in [from, to). */
export async function clubLevelUps(db: Db, guildId: string, from: Date, to: Date): Promise<LevelUp[]> {
  return db
    .select({
      userId: levelChanges.userId,
      drill: levelChanges.drill,
      level: levelChanges.toLevel,
      at: levelChanges.changedAt,
    })
    .from(levelChanges)
    .innerJoin(clubMembers, visibleMembership(guildId, levelChanges.userId))
    .where(
      and(
        gte(levelChanges.changedAt, from),
        lt(levelChanges.changedAt, to),
        gt(levelChanges.toLevel, levelChanges.fromLevel),
      ),
    )
    .orderBy(asc(levelChanges.changedAt));
}

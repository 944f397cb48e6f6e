import { and, asc, eq, gt, gte, lt, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { LevelUp, WeekEntry } from "../../domain/scoring.rules.js";
import { type Db, queryRows } from "../db-client.js";
import { boardEntries, clubMembers, levelChanges } from "../schema.js";

/*
 * The weekly board's queries. Pain reports are never read here, so a board cannot depend on them.
 * A set follows its member into every club, wherever it was logged.
 */

/** Joins a member's rows to their visible (not hidden) membership of the club. */
function visibleMembership(guildId: string, userId: AnyPgColumn) {
  return and(eq(clubMembers.userId, userId), eq(clubMembers.guildId, guildId), eq(clubMembers.hidden, false));
}

export interface BoardTarget {
  readonly userId: string;
  readonly guildId: string;
  readonly weekStart: string;
  readonly start: Date;
  readonly end: Date;
}

/**
 * Recomputes board entries from set_logs in one statement; test/support/scoring-reference.ts says the
 * same in TypeScript and test/db/board-entries.test.ts holds them equal. No entry ever has to go: set
 * logs are only added, and a rebuild clears the club's entries first. Callers hold the member's row
 * lock (upsertMember), so two refreshes of one member do not interleave.
 */
export async function refreshBoardEntries(
  db: Db,
  targets: readonly BoardTarget[],
  dailySetCap: number,
): Promise<void> {
  if (targets.length === 0) return;
  const json = JSON.stringify(
    targets.map((t) => ({
      user_id: t.userId,
      guild_id: t.guildId,
      week_start: t.weekStart,
      starts_at: t.start.toISOString(),
      ends_at: t.end.toISOString(),
    })),
  );
  await db.execute(sql`
    with targets as (
      select * from jsonb_to_recordset(${json}::jsonb)
        as t(user_id text, guild_id text, week_start date, starts_at timestamptz, ends_at timestamptz)
    ),
    days as (
      select t.user_id, t.guild_id, t.week_start, l.local_date, sum(l.sets) as sets,
             coalesce(min(l.logged_at) filter (where l.running >= ${dailySetCap}), max(l.logged_at)) as reached_at
      from targets t
      cross join lateral (
        select s.local_date, s.sets, s.logged_at,
               sum(s.sets) over (partition by s.local_date order by s.logged_at) as running
        from set_logs s
        where s.user_id = t.user_id and s.logged_at >= t.starts_at and s.logged_at < t.ends_at
      ) l
      group by t.user_id, t.guild_id, t.week_start, l.local_date
    )
    insert into board_entries (guild_id, week_start, user_id, capped_sets, active_days, sets, reached_at)
    select guild_id, week_start, user_id, sum(least(sets, ${dailySetCap})), count(*), sum(sets), max(reached_at)
    from days
    group by guild_id, week_start, user_id
    on conflict (guild_id, week_start, user_id) do update
      set capped_sets = excluded.capped_sets, active_days = excluded.active_days,
          sets = excluded.sets, reached_at = excluded.reached_at`);
}

/** Hidden members come from a second, small query rather than a join: the board is read often. */
export async function clubWeekEntries(db: Db, guildId: string, weekStart: string): Promise<WeekEntry[]> {
  const [entries, hidden] = await Promise.all([
    queryRows<{
      user_id: string;
      display_name: string;
      capped_sets: number;
      active_days: number;
      sets: number;
      reached_at: Date | string;
    }>(
      db,
      sql`select e.user_id, m.display_name, e.capped_sets, e.active_days, e.sets, e.reached_at
          from board_entries e join members m on m.user_id = e.user_id
          where e.guild_id = ${guildId} and e.week_start = ${weekStart}`,
    ),
    db
      .select({ userId: clubMembers.userId })
      .from(clubMembers)
      .where(and(eq(clubMembers.guildId, guildId), eq(clubMembers.hidden, true))),
  ]);
  const hiddenIds = new Set(hidden.map((row) => row.userId));
  return entries
    .filter((row) => !hiddenIds.has(row.user_id))
    .map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      cappedSets: row.capped_sets,
      activeDays: row.active_days,
      sets: row.sets,
      reachedAt: new Date(row.reached_at),
    }));
}

/** The share locks hold off new logs and memberships until the rebuild commits, so none lands in the old weeks. */
export async function clearClubEntries(db: Db, guildId: string): Promise<string[]> {
  await db.execute(sql`lock table set_logs, club_members in share mode`);
  await db.delete(boardEntries).where(eq(boardEntries.guildId, guildId));
  const rows = await db
    .select({ userId: clubMembers.userId })
    .from(clubMembers)
    .where(eq(clubMembers.guildId, guildId));
  return rows.map((row) => row.userId);
}

/** Whether the member has left the club's board (undefined: not a member). */
export async function isHiddenFromBoard(
  db: Db,
  guildId: string,
  userId: string,
): Promise<boolean | undefined> {
  const [row] = await db
    .select({ hidden: clubMembers.hidden })
    .from(clubMembers)
    .where(and(eq(clubMembers.guildId, guildId), eq(clubMembers.userId, userId)));
  return row?.hidden;
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

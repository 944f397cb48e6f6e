import { and, eq, getTableColumns, isNotNull, isNull, sql } from "drizzle-orm";
import type { Caller } from "../../app/deps.js";
import { jitterSeedOf } from "../../domain/members.rules.js";
import type { MemberSchedule } from "../../domain/reminders.rules.js";
import { type Db, queryRows } from "../db-client.js";
import { members } from "../schema.js";

export type MemberRow = typeof members.$inferSelect;

/** A club the member belongs to, and its zone (null until /club sets one). */
export interface MemberClub {
  readonly guildId: string;
  readonly timeZone: string | null;
}

/**
 * Creates the member on first use and keeps their display name current (holding the member's row
 * lock until the transaction ends, so one member's commands do not interleave); when the caller is
 * in a server, also makes sure the club and their membership of it exist. `clubs` are all the
 * member's clubs (read in the same statement as the member, to spare /log a round trip);
 * `joinedClub` is the club when this call made them a member of it.
 */
export async function upsertMember(
  db: Db,
  caller: Caller,
  now: Date,
): Promise<{ member: MemberRow; clubs: MemberClub[]; joinedClub: MemberClub | null }> {
  const [row] = await db
    .insert(members)
    .values({
      userId: caller.userId,
      displayName: caller.displayName,
      locale: caller.locale ?? null,
      jitterSeed: jitterSeedOf(caller.userId),
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: members.userId,
      set: {
        displayName: caller.displayName,
        locale: caller.locale === undefined ? sql`${members.locale}` : caller.locale,
      },
    })
    .returning({
      ...getTableColumns(members),
      // "members.user_id" spelled out: drizzle would render it unqualified, and cm.user_id would win.
      clubs: sql<MemberClub[]>`(
        select coalesce(json_agg(json_build_object('guildId', cm.guild_id, 'timeZone', c.time_zone)), '[]'::json)
        from club_members cm join clubs c on c.guild_id = cm.guild_id
        where cm.user_id = members.user_id)`,
    });
  if (!row) throw new Error("upsert returned no member row");
  const { clubs, ...member } = row;
  if (caller.guild) {
    // One round trip on every command from a server: the club (renamed if need be), then the
    // membership. The foreign key is checked at the end of the statement, after both inserts.
    const at = now.toISOString();
    const [joined] = await queryRows<{ time_zone: string | null }>(
      db,
      sql`
      with club as (
        insert into clubs (guild_id, name, locale, created_at, updated_at)
        values (${caller.guild.id}, ${caller.guild.name}, ${caller.guild.locale ?? null}, ${at}::timestamptz, ${at}::timestamptz)
        on conflict (guild_id) do update
        set name = excluded.name, locale = coalesce(excluded.locale, clubs.locale)
        where clubs.name is distinct from excluded.name
          or clubs.locale is distinct from coalesce(excluded.locale, clubs.locale)
      ),
      joined as (
        insert into club_members (guild_id, user_id, joined_at)
        values (${caller.guild.id}, ${caller.userId}, ${at}::timestamptz)
        on conflict do nothing
        returning guild_id
      )
      select (select time_zone from clubs where guild_id = joined.guild_id) as time_zone from joined`,
    );
    if (joined) {
      const joinedClub = { guildId: caller.guild.id, timeZone: joined.time_zone };
      return { member, clubs: [...clubs, joinedClub], joinedClub };
    }
  }
  return { member, clubs, joinedClub: null };
}

export async function findMember(db: Db, userId: string): Promise<MemberRow | undefined> {
  const [member] = await db.select().from(members).where(eq(members.userId, userId));
  return member;
}

export async function updateMember(
  db: Db,
  userId: string,
  changes: Partial<Omit<MemberRow, "userId" | "createdAt">>,
  now: Date,
): Promise<void> {
  await db
    .update(members)
    .set({ ...changes, updatedAt: now })
    .where(eq(members.userId, userId));
}

/**
 * Up to `limit` enrolled members with open DMs after `afterUserId`, in user id order, with what
 * planning reads (halved: a nudge stands, attention.rules.ts). Raw SQL with the arrays as JSON: cheaper than drizzle's row mapping and the
 * driver's array parser, and the planner reads every member.
 */
function plannableMembers(db: Db, afterUserId: string | null, limit: number): Promise<MemberSchedule[]> {
  return queryRows<MemberSchedule>(
    db,
    sql`select user_id as "userId", time_zone as "timeZone", window_start as "windowStart",
          window_end as "windowEnd", per_day as "perDay", to_json(explicit_times) as "explicitTimes",
          to_json(days) as "days", jitter_seed as "jitterSeed",
          exists (select 1 from member_attention a where a.user_id = members.user_id and a.responded_at is null)
            as "halved"
        from members
        where enrolled_at is not null and dms_closed_at is null
          ${afterUserId === null ? sql`` : sql`and user_id > ${afterUserId}`}
        order by user_id
        limit ${limit}`,
  );
}

/** True once for a member whose DMs were found closed: marks them told. */
async function takeDmsClosedNotice(db: Db, userId: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(members)
    .set({ dmsClosedNoticeSentAt: now })
    .where(
      and(eq(members.userId, userId), isNotNull(members.dmsClosedAt), isNull(members.dmsClosedNoticeSentAt)),
    )
    .returning({ userId: members.userId });
  return updated.length > 0;
}

/** The queries on members the reminder use cases make, bound to one database handle. */
export function createMembersRepository(db: Db) {
  return {
    find: (userId: string) => findMember(db, userId),
    update: (userId: string, changes: Partial<Omit<MemberRow, "userId" | "createdAt">>, now: Date) =>
      updateMember(db, userId, changes, now),
    plannable: (afterUserId: string | null, limit: number) => plannableMembers(db, afterUserId, limit),
    takeDmsClosedNotice: (userId: string, now: Date) => takeDmsClosedNotice(db, userId, now),
  };
}

export type MembersRepository = ReturnType<typeof createMembersRepository>;

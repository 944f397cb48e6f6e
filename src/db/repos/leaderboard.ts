import { and, asc, eq, gt, gte, lt } from "drizzle-orm";
import type { ClubMember, LevelUp, SetLog } from "../../domain/scoring.js";
import type { Db } from "../client.js";
import { clubMembers, levelChanges, members, setLogs } from "../schema.js";

/*
 * The weekly board's queries. Pain reports are never read here: a board cannot show or depend on
 * them. Membership decides whose sets count (a set follows its member into every club, whether it
 * was logged in a server or from a DM button); hidden members are left out in SQL.
 */

/** The club's visible members with their display names. */
export async function visibleClubMembers(db: Db, guildId: string): Promise<ClubMember[]> {
  return db
    .select({ userId: clubMembers.userId, displayName: members.displayName, hidden: clubMembers.hidden })
    .from(clubMembers)
    .innerJoin(members, eq(members.userId, clubMembers.userId))
    .where(and(eq(clubMembers.guildId, guildId), eq(clubMembers.hidden, false)));
}

/**
 * The set logs of the club's visible members in [from, to), grouped by member (ORDER BY user_id:
 * the scorer skips its member lookup while the member repeats). Only the four columns the scorer
 * reads; the range uses set_logs(logged_at) and the join the club_members primary key.
 */
export async function clubWeekLogs(db: Db, guildId: string, from: Date, to: Date): Promise<SetLog[]> {
  return db
    .select({
      userId: setLogs.userId,
      sets: setLogs.sets,
      loggedAt: setLogs.loggedAt,
      localDate: setLogs.localDate,
    })
    .from(setLogs)
    .innerJoin(
      clubMembers,
      and(
        eq(clubMembers.userId, setLogs.userId),
        eq(clubMembers.guildId, guildId),
        eq(clubMembers.hidden, false),
      ),
    )
    .where(and(gte(setLogs.loggedAt, from), lt(setLogs.loggedAt, to)))
    .orderBy(asc(setLogs.userId));
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
    .innerJoin(
      clubMembers,
      and(
        eq(clubMembers.userId, levelChanges.userId),
        eq(clubMembers.guildId, guildId),
        eq(clubMembers.hidden, false),
      ),
    )
    .where(
      and(
        gte(levelChanges.changedAt, from),
        lt(levelChanges.changedAt, to),
        gt(levelChanges.toLevel, levelChanges.fromLevel),
      ),
    )
    .orderBy(asc(levelChanges.changedAt));
}

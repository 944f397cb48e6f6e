import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { Drill } from "../../domain/drills.rules.js";
import type { Db } from "../db-client.js";
import { setLogs } from "../schema.js";

export type NewSetLog = typeof setLogs.$inferInsert;

/** Sets per drill logged by a member in [from, to). */
export async function setsPerDrill(
  db: Db,
  userId: string,
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ drill: setLogs.drill, sets: sql<number>`sum(${setLogs.sets})::int` })
    .from(setLogs)
    .where(and(eq(setLogs.userId, userId), gte(setLogs.loggedAt, from), lt(setLogs.loggedAt, to)))
    .groupBy(setLogs.drill);
  return new Map(rows.map((row) => [row.drill, row.sets]));
}

/** Sets per local date and drill since a local date (inclusive), oldest first. */
export async function dailySets(
  db: Db,
  userId: string,
  fromLocalDate: string,
): Promise<{ localDate: string; drill: Drill; sets: number }[]> {
  return db
    .select({
      localDate: setLogs.localDate,
      drill: setLogs.drill,
      sets: sql<number>`sum(${setLogs.sets})::int`,
    })
    .from(setLogs)
    .where(and(eq(setLogs.userId, userId), gte(setLogs.localDate, fromLocalDate)))
    .groupBy(setLogs.localDate, setLogs.drill)
    .orderBy(asc(setLogs.localDate));
}

/** The member's distinct practice dates, newest first (enough to measure a streak). */
export async function recentPracticeDates(db: Db, userId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ localDate: setLogs.localDate })
    .from(setLogs)
    .where(eq(setLogs.userId, userId))
    .orderBy(desc(setLogs.localDate))
    .limit(limit);
  return rows.map((row) => row.localDate);
}

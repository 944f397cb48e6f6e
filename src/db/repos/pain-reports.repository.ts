import { and, desc, eq, gte, inArray, isNotNull, or } from "drizzle-orm";
import type { Db } from "../db-client.js";
import { painReports } from "../schema.js";

export type PainReportRow = typeof painReports.$inferSelect;
type NewPainReport = typeof painReports.$inferInsert;

/** Inserts unless this interaction was recorded already; returns the row, or null for a retry. */
async function insertPainReport(db: Db, report: NewPainReport): Promise<PainReportRow | null> {
  const [row] = await db.insert(painReports).values(report).onConflictDoNothing().returning();
  return row ?? null;
}

export async function latestPainReport(db: Db, userId: string): Promise<PainReportRow | undefined> {
  const [row] = await db
    .select()
    .from(painReports)
    .where(eq(painReports.userId, userId))
    .orderBy(desc(painReports.reportedAt))
    .limit(1);
  return row;
}

async function findPainReport(db: Db, id: number): Promise<PainReportRow | undefined> {
  const [row] = await db.select().from(painReports).where(eq(painReports.id, id));
  return row;
}

/**
 * A member's reports since an instant, and the first report of every episode those follow up
 * however old it is: an episode is read whole, from the report that opened it.
 */
async function painReportsWithEpisodes(db: Db, userId: string, since: Date): Promise<PainReportRow[]> {
  const openers = db
    .select({ id: painReports.episodeId })
    .from(painReports)
    .where(
      and(
        eq(painReports.userId, userId),
        gte(painReports.reportedAt, since),
        isNotNull(painReports.episodeId),
      ),
    );
  return db
    .select()
    .from(painReports)
    .where(
      and(
        eq(painReports.userId, userId),
        or(gte(painReports.reportedAt, since), inArray(painReports.id, openers)),
      ),
    )
    .orderBy(painReports.reportedAt, painReports.id);
}

/** The latest report of an episode (its first report, or a later follow-up). */
async function latestOfEpisode(db: Db, episodeId: number): Promise<PainReportRow | undefined> {
  const [row] = await db
    .select()
    .from(painReports)
    .where(or(eq(painReports.id, episodeId), eq(painReports.episodeId, episodeId)))
    .orderBy(desc(painReports.reportedAt), desc(painReports.id))
    .limit(1);
  return row;
}

/** The queries on pain reports the use cases make, bound to one database handle. */
export function createPainReportsRepository(db: Db) {
  return {
    find: (id: number) => findPainReport(db, id),
    insert: (report: NewPainReport) => insertPainReport(db, report),
    withEpisodesSince: (userId: string, since: Date) => painReportsWithEpisodes(db, userId, since),
    latestOfEpisode: (episodeId: number) => latestOfEpisode(db, episodeId),
  };
}

export type PainReportsRepository = ReturnType<typeof createPainReportsRepository>;

/** One report, locked until the transaction ends (answering its warning-sign question). */
export async function lockPainReport(db: Db, id: number): Promise<PainReportRow | undefined> {
  const [row] = await db.select().from(painReports).where(eq(painReports.id, id)).for("update");
  return row;
}

/** Stores the member's answer to the warning-sign question of a report. */
export async function setPainReportSigns(db: Db, id: number, signs: readonly string[]): Promise<void> {
  await db
    .update(painReports)
    .set({ signs: [...signs] })
    .where(eq(painReports.id, id));
}

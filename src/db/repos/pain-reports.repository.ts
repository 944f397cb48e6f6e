import { and, desc, eq, gte } from "drizzle-orm";
import type { Db } from "../db-client.js";
import { painReports } from "../schema.js";

export type PainReportRow = typeof painReports.$inferSelect;
type NewPainReport = typeof painReports.$inferInsert;

/** Inserts unless this interaction was recorded already; returns the row, or null for a retry. */
export async function insertPainReport(db: Db, report: NewPainReport): Promise<PainReportRow | null> {
  const [row] = await db.insert(painReports).values(report).onConflictDoNothing().returning();
  return row ?? null;
}

export async function painReportsSince(db: Db, userId: string, since: Date): Promise<PainReportRow[]> {
  return db
    .select()
    .from(painReports)
    .where(and(eq(painReports.userId, userId), gte(painReports.reportedAt, since)))
    .orderBy(desc(painReports.reportedAt));
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

/** The queries on pain reports the reminder use cases make, bound to one database handle. */
export function createPainReportsRepository(db: Db) {
  return {
    find: (id: number) => findPainReport(db, id),
    insert: (report: NewPainReport) => insertPainReport(db, report),
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

import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { queryRows } from "../client.js";
import { reminders } from "../schema.js";

export type ReminderRow = typeof reminders.$inferSelect;
export type NewReminder = typeof reminders.$inferInsert;

/** Idempotent: (member, kind, local date, slot) is unique, so planning twice adds nothing. */
export async function insertPlannedReminders(db: Db, rows: readonly NewReminder[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(reminders)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ id: reminders.id });
  return inserted.length;
}

/**
 * Claims up to `limit` due reminders in one statement. SKIP LOCKED lets any number of processes
 * claim concurrently without ever handing the same row to two of them; a claim is a lease, so a
 * process that dies mid-send leaves rows another process picks up once the lease expires.
 */
export async function claimDueReminders(
  db: Db,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<ReminderRow[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`update reminders set state = 'sending', lease_until = ${leaseUntil.toISOString()}::timestamptz, attempts = attempts + 1
        where id in (
          select id from reminders
          where state in ('planned', 'sending')
            and due_at <= ${now.toISOString()}::timestamptz
            and (state = 'planned' or lease_until < ${now.toISOString()}::timestamptz)
          order by due_at
          limit ${limit}
          for update skip locked)
        returning id`,
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => Number(row.id));
  return db.select().from(reminders).where(inArray(reminders.id, ids)).orderBy(reminders.dueAt);
}

/** Finishes a claimed row; only the holder of the lease (state still 'sending') can. */
export async function finishReminder(
  db: Db,
  id: number,
  changes: Pick<Partial<ReminderRow>, "state" | "channelId" | "messageId" | "sentAt" | "failureReason">,
): Promise<boolean> {
  const updated = await db
    .update(reminders)
    .set({ ...changes, leaseUntil: null })
    .where(and(eq(reminders.id, id), eq(reminders.state, "sending")))
    .returning({ id: reminders.id });
  return updated.length > 0;
}

export async function findReminder(db: Db, id: number): Promise<ReminderRow | undefined> {
  const [row] = await db.select().from(reminders).where(eq(reminders.id, id));
  return row;
}

/** A settings change or a pause replans the future only: planned rows after `from` go. */
export async function deleteFuturePlanned(db: Db, userId: string, from: Date): Promise<number> {
  const deleted = await db
    .delete(reminders)
    .where(and(eq(reminders.userId, userId), eq(reminders.state, "planned"), gt(reminders.dueAt, from)))
    .returning({ id: reminders.id });
  return deleted.length;
}

export async function upcomingReminders(
  db: Db,
  userId: string,
  from: Date,
  limit: number,
): Promise<ReminderRow[]> {
  return db
    .select()
    .from(reminders)
    .where(and(eq(reminders.userId, userId), eq(reminders.state, "planned"), gt(reminders.dueAt, from)))
    .orderBy(reminders.dueAt)
    .limit(limit);
}

/**
 * After downtime, reminders older than the grace period are skipped, never sent in a burst. This
 * covers rows whose sender died too: Discord only dedupes a nonce for a few minutes.
 */
export async function skipStaleReminders(db: Db, now: Date, graceMs: number): Promise<number> {
  const cutoff = new Date(now.getTime() - graceMs);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update reminders set state = 'skipped', lease_until = null, failure_reason = 'late: the bot was offline'
        where state in ('planned', 'sending')
          and due_at < ${cutoff.toISOString()}::timestamptz
          and (state = 'planned' or lease_until < ${now.toISOString()}::timestamptz)
        returning id`,
  );
  return rows.length;
}

/** A later pain report the same evening moves the planned morning check onto itself. */
export async function upsertMorningCheck(db: Db, row: NewReminder): Promise<void> {
  await db
    .insert(reminders)
    .values({ ...row, kind: "morning-check", slot: 0 })
    .onConflictDoUpdate({
      target: [reminders.userId, reminders.kind, reminders.localDate, reminders.slot],
      set: { painReportId: row.painReportId ?? null, drill: row.drill ?? null },
      setWhere: sql`${reminders.state} = 'planned'`,
    });
}

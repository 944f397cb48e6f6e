import { and, eq, getTableColumns, gt, sql } from "drizzle-orm";
import type { Db } from "../db-client.js";
import { queryRows } from "../db-client.js";
import { reminders } from "../schema.js";

export type ReminderRow = typeof reminders.$inferSelect;
/** A claimed row and the member's stored locale, the language its DM speaks (null: English). */
export type ClaimedReminder = ReminderRow & { readonly locale: string | null };
type NewReminder = typeof reminders.$inferInsert;

/** What planning stores; the other columns start at their defaults. */
export type PlannedReminder = Pick<
  NewReminder,
  "userId" | "kind" | "localDate" | "slot" | "dueAt" | "drill" | "painReportId"
>;

/**
 * Idempotent: (member, kind, local date, slot) is unique, so planning twice adds nothing, even from
 * several processes at once. Each column travels as one array parameter, unnested into rows, which
 * is cheaper to build and bind than a VALUES list or a jsonb document for a large membership.
 */
async function insertPlannedReminders(db: Db, rows: readonly PlannedReminder[]): Promise<number> {
  if (rows.length === 0) return 0;
  const column = (value: (row: PlannedReminder) => string | number | null) => arrayLiteral(rows.map(value));
  // Rows share a few due minutes: format each one once.
  const isoOfMs = new Map<number, string>();
  const iso = (date: Date) => {
    const known = isoOfMs.get(date.getTime());
    if (known !== undefined) return known;
    const text = date.toISOString();
    isoOfMs.set(date.getTime(), text);
    return text;
  };
  const [result] = await queryRows<{ inserted: number }>(
    db,
    sql`with inserted as (
          insert into reminders (user_id, kind, local_date, slot, due_at, drill, pain_report_id)
          select * from unnest(${column((row) => row.userId)}::text[], ${column((row) => row.kind ?? "drill")}::text[],
            ${column((row) => row.localDate)}::date[], ${column((row) => row.slot)}::smallint[],
            ${column((row) => iso(row.dueAt))}::timestamptz[], ${column((row) => row.drill ?? null)}::text[],
            ${column((row) => row.painReportId ?? null)}::bigint[])
          on conflict (user_id, kind, local_date, slot) do nothing
          returning 1)
        select count(*)::int as inserted from inserted`,
  );
  return Number(result?.inserted ?? 0);
}

/**
 * The PostgreSQL array literal of `values`. JSON escapes `"` and `\` as an array literal does, and
 * its unquoted null reads as NULL, so JSON text in braces is the literal unless it holds another
 * escape (a control character); only then is each element quoted one by one.
 */
function arrayLiteral(values: readonly (string | number | null)[]): string {
  const json = JSON.stringify(values);
  if (!OTHER_JSON_ESCAPE.test(json)) return `{${json.slice(1, -1)}}`;
  const elements = values.map((value) => {
    if (value === null) return "NULL";
    return typeof value === "number" ? String(value) : `"${value.replace(/["\\]/g, "\\$&")}"`;
  });
  return `{${elements.join(",")}}`;
}

/** Any JSON escape but `\"` and `\\` (an escaped backslash before a letter is a false alarm: the slow path). */
const OTHER_JSON_ESCAPE = /\\[^"\\]/;

/**
 * Claims up to `limit` due reminders in one statement. SKIP LOCKED lets any number of processes
 * claim concurrently without ever handing the same row to two of them; a claim is a lease, so a
 * process that dies mid-send leaves rows another process picks up once the lease expires. The
 * member's locale comes back with each row: a subquery in RETURNING runs only for claimed rows, by
 * primary key, so an idle tick costs nothing more.
 */
async function claimDueReminders(
  db: Db,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<ClaimedReminder[]> {
  const claimed = await db
    .update(reminders)
    .set({
      state: "sending",
      leaseUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${reminders.attempts} + 1`,
    })
    .where(
      sql`${reminders.id} in (
        select id from reminders
        where state in ('planned', 'sending')
          and due_at <= ${now.toISOString()}::timestamptz
          and (state = 'planned' or lease_until < ${now.toISOString()}::timestamptz)
        order by due_at
        limit ${limit}
        for update skip locked)`,
    )
    .returning({
      ...getTableColumns(reminders),
      // "reminders.user_id" spelled out: drizzle would render it unqualified, and m.user_id would win.
      locale: sql<string | null>`(select m.locale from members m where m.user_id = reminders.user_id)`,
    });
  return claimed.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
}

/** The claim a delivery record is for: the row, its lease and its snooze count when claimed. */
export type ReminderClaim = Pick<ReminderRow, "id" | "leaseUntil" | "snoozes">;

export type ReminderFinish = ReminderClaim &
  Pick<Partial<ReminderRow>, "state" | "channelId" | "messageId" | "sentAt" | "failureReason">;

/**
 * Records how claimed deliveries ended, a batch in one statement; a column left out keeps its value.
 * A record applies only while the row is still the delivery it claimed (same lease and snooze count),
 * so a snooze, an answer or a later claim that came first wins. Returns the ids recorded.
 */
async function finishReminders(db: Db, finishes: readonly ReminderFinish[]): Promise<number[]> {
  if (finishes.length === 0) return [];
  const json = JSON.stringify(
    finishes.map((finish) => ({
      id: finish.id,
      lease_until: finish.leaseUntil?.toISOString() ?? null,
      snoozes: finish.snoozes,
      state: finish.state ?? null,
      channel_id: finish.channelId ?? null,
      message_id: finish.messageId ?? null,
      sent_at: finish.sentAt?.toISOString() ?? null,
      failure_reason: finish.failureReason ?? null,
    })),
  );
  const rows = await queryRows<{ id: string | number }>(
    db,
    sql`update reminders as r
        set state = coalesce(f.state, r.state),
            channel_id = coalesce(f.channel_id, r.channel_id),
            message_id = coalesce(f.message_id, r.message_id),
            sent_at = coalesce(f.sent_at, r.sent_at),
            failure_reason = coalesce(f.failure_reason, r.failure_reason),
            lease_until = null
        from jsonb_to_recordset(${json}::jsonb) as f(id bigint, lease_until timestamptz, snoozes smallint,
          state text, channel_id text, message_id text, sent_at timestamptz, failure_reason text)
        where r.id = f.id and r.state in ('sending', 'sent') and r.lease_until = f.lease_until
          and r.snoozes = f.snoozes
        returning r.id`,
  );
  return rows.map((row) => Number(row.id));
}

/**
 * A settings change replans the future only: planned reminders of `kind` (drill reminders unless
 * told) after `from` go. Morning checks stay: they follow a pain episode, not the schedule.
 */
async function deleteFuturePlanned(db: Db, userId: string, from: Date, kind: string): Promise<number> {
  const deleted = await db
    .delete(reminders)
    .where(
      and(
        eq(reminders.userId, userId),
        eq(reminders.kind, kind),
        eq(reminders.state, "planned"),
        gt(reminders.dueAt, from),
      ),
    )
    .returning({ id: reminders.id });
  return deleted.length;
}

/**
 * After downtime, reminders older than the grace period are skipped, never sent in a burst. This
 * covers rows whose sender died too: Discord only dedupes a nonce for a few minutes.
 */
async function skipStaleReminders(db: Db, now: Date, graceMs: number): Promise<number> {
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

/**
 * One morning check per member per local morning: a later pain report moves a planned check onto its
 * episode, and a check after a new level never takes the place of one that follows a pain.
 */
async function upsertMorningCheck(db: Db, row: NewReminder): Promise<void> {
  const followsPain = row.painReportId != null;
  await db
    .insert(reminders)
    .values({ ...row, kind: "morning-check", slot: 0 })
    .onConflictDoUpdate({
      target: [reminders.userId, reminders.kind, reminders.localDate, reminders.slot],
      set: { painReportId: row.painReportId ?? null, drill: row.drill ?? null },
      setWhere: followsPain
        ? sql`${reminders.state} = 'planned'`
        : sql`${reminders.state} = 'planned' and ${reminders.painReportId} is null`,
    });
}

/** Once an episode has settled, its planned morning checks after `after` go. */
async function cancelMorningChecks(db: Db, userId: string, episodeId: number, after: Date): Promise<number> {
  const deleted = await db
    .delete(reminders)
    .where(
      and(
        eq(reminders.userId, userId),
        eq(reminders.kind, "morning-check"),
        eq(reminders.painReportId, episodeId),
        eq(reminders.state, "planned"),
        gt(reminders.dueAt, after),
      ),
    )
    .returning({ id: reminders.id });
  return deleted.length;
}

/** A reminder and its row lock until the transaction ends, so two answers to it take turns. */
async function lockReminder(db: Db, id: number): Promise<ReminderRow | undefined> {
  const [row] = await db.select().from(reminders).where(eq(reminders.id, id)).for("update");
  return row;
}

/**
 * Answers a reminder whose DM is out: it is sent, whether or not its delivery was recorded yet (the
 * lease stays, so that record still fills in the message).
 */
async function markAnswered(db: Db, id: number, outcome: string, now: Date): Promise<void> {
  await db.update(reminders).set({ outcome, answeredAt: now, state: "sent" }).where(eq(reminders.id, id));
}

/**
 * Plans a reminder whose DM is out again at `dueAt`, as a new delivery: the snooze count is part of
 * its nonce, and the record of the delivery it replaces no longer applies.
 */
async function snooze(db: Db, id: number, dueAt: Date, snoozes: number): Promise<void> {
  await db
    .update(reminders)
    .set({ state: "planned", dueAt, snoozes, leaseUntil: null, sentAt: null, messageId: null })
    .where(eq(reminders.id, id));
}

/** Every query on reminders, bound to one database handle (or one transaction). */
export function createRemindersRepository(db: Db) {
  return {
    insertPlanned: (rows: readonly PlannedReminder[]) => insertPlannedReminders(db, rows),
    claimDue: (now: Date, leaseMs: number, limit: number) => claimDueReminders(db, now, leaseMs, limit),
    finish: (finishes: readonly ReminderFinish[]) => finishReminders(db, finishes),
    deleteFuturePlanned: (userId: string, from: Date, kind = "drill") =>
      deleteFuturePlanned(db, userId, from, kind),
    skipStale: (now: Date, graceMs: number) => skipStaleReminders(db, now, graceMs),
    upsertMorningCheck: (row: NewReminder) => upsertMorningCheck(db, row),
    cancelMorningChecks: (userId: string, episodeId: number, after: Date) =>
      cancelMorningChecks(db, userId, episodeId, after),
    lock: (id: number) => lockReminder(db, id),
    markAnswered: (id: number, outcome: string, now: Date) => markAnswered(db, id, outcome, now),
    snooze: (id: number, dueAt: Date, snoozes: number) => snooze(db, id, dueAt, snoozes),
  };
}

export type RemindersRepository = ReturnType<typeof createRemindersRepository>;

import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { type Db, queryRows } from "../db-client.js";
import { runCheckIns, runs } from "../runs-schema.js";
import { reminders } from "../schema.js";

export type RunRow = typeof runs.$inferSelect;
type NewRun = Omit<typeof runs.$inferInsert, "id" | "slot" | "removedAt">;
type NewCheckIn = typeof runCheckIns.$inferInsert;

const RUN_KINDS = ["warmup", "run-check"];

/** Adds a run under the member's next slot (slots are never reused: see runs-schema.ts). */
async function addRun(db: Db, run: NewRun): Promise<RunRow> {
  const [row] = await db
    .insert(runs)
    .values({
      ...run,
      slot: sql`(select coalesce(max(slot), 0) + 1 from runs where user_id = ${run.userId})`,
    })
    .returning();
  if (!row) throw new Error("insert returned no run");
  return row;
}

/** The member's runs not removed, in the order they were added. */
function activeRuns(db: Db, userId: string): Promise<RunRow[]> {
  return db
    .select()
    .from(runs)
    .where(and(eq(runs.userId, userId), isNull(runs.removedAt)))
    .orderBy(asc(runs.slot));
}

/** A run by its slot, removed or not (a DM already out may belong to a run removed since). */
async function runBySlot(db: Db, userId: string, slot: number): Promise<RunRow | undefined> {
  const [row] = await db
    .select()
    .from(runs)
    .where(and(eq(runs.userId, userId), eq(runs.slot, slot)));
  return row;
}

/** Marks the run removed and drops its warm-ups and check-ins not sent yet; undefined if none such. */
async function removeRun(db: Db, userId: string, runId: number, now: Date): Promise<RunRow | undefined> {
  const [row] = await db
    .update(runs)
    .set({ removedAt: now })
    .where(and(eq(runs.id, runId), eq(runs.userId, userId), isNull(runs.removedAt)))
    .returning();
  if (!row) return undefined;
  await db
    .delete(reminders)
    .where(
      and(
        eq(reminders.userId, userId),
        inArray(reminders.kind, RUN_KINDS),
        eq(reminders.slot, row.slot),
        eq(reminders.state, "planned"),
      ),
    );
  return row;
}

/** A run with what planning reads of its runner. */
interface PlannableRunRow {
  readonly userId: string;
  readonly slot: number;
  readonly kind: string;
  readonly days: number[] | null;
  readonly localDate: string | null;
  readonly minutes: number;
  readonly terrain: string;
  readonly warmupMinutes: number;
  readonly timeZone: string;
  readonly windowStart: number | null;
  readonly explicitTimes: number[] | null;
}

/** Active runs of members who have a zone, asked for reminders and can receive DMs (one member, or all). */
function plannableRuns(db: Db, userId: string | null): Promise<PlannableRunRow[]> {
  return queryRows<PlannableRunRow>(
    db,
    sql`select r.user_id as "userId", r.slot, r.kind, to_json(r.days) as days,
          to_char(r.local_date, 'YYYY-MM-DD') as "localDate", r.minutes, r.terrain,
          r.warmup_minutes as "warmupMinutes", m.time_zone as "timeZone", m.window_start as "windowStart",
          to_json(m.explicit_times) as "explicitTimes"
        from runs r join members m on m.user_id = r.user_id
        where r.removed_at is null and m.time_zone is not null and m.enrolled_at is not null
          and m.dms_closed_at is null ${userId === null ? sql`` : sql`and r.user_id = ${userId}`}
        order by r.user_id, r.slot`,
  );
}

/** A planned warm-up and one ordinary reminder of the same member within 90 minutes of it. */
export interface ReplacementPair {
  readonly warmupId: number;
  readonly warmupDueAt: Date;
  readonly timeZone: string;
  readonly reminderId: number;
  readonly reminderDueAt: Date;
  readonly reminderState: string;
}

/**
 * Warm-ups still planned after `from` (of one member, or all) and the ordinary reminders near them
 * that have not been snoozed: the domain picks which one each warm-up replaces.
 */
async function replacementPairs(db: Db, userId: string | null, from: Date): Promise<ReplacementPair[]> {
  const rows = await queryRows<Record<keyof ReplacementPair, string | number>>(
    db,
    sql`select w.id as "warmupId", w.due_at as "warmupDueAt", m.time_zone as "timeZone",
          d.id as "reminderId", d.due_at as "reminderDueAt", d.state as "reminderState"
        from reminders w
        join members m on m.user_id = w.user_id
        join reminders d on d.user_id = w.user_id and d.kind = 'drill' and d.snoozes = 0
          and d.due_at between w.due_at - interval '90 minutes' and w.due_at + interval '90 minutes'
        where w.kind = 'warmup' and w.state = 'planned' and w.due_at > ${from.toISOString()}::timestamptz
          and m.time_zone is not null ${userId === null ? sql`` : sql`and w.user_id = ${userId}`}`,
  );
  return rows.map((row) => ({
    warmupId: Number(row.warmupId),
    warmupDueAt: new Date(row.warmupDueAt),
    timeZone: String(row.timeZone),
    reminderId: Number(row.reminderId),
    reminderDueAt: new Date(row.reminderDueAt),
    reminderState: String(row.reminderState),
  }));
}

/** Ordinary reminders a warm-up stands in for: skipped while still planned, never sent. */
async function skipReplaced(db: Db, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const skipped = await db
    .update(reminders)
    .set({ state: "skipped", failureReason: "replaced by a warm-up" })
    .where(and(inArray(reminders.id, [...ids]), eq(reminders.state, "planned")))
    .returning({ id: reminders.id });
  return skipped.length;
}

/**
 * A warm-up that would reach the member after their run started (downtime, a slow queue) is
 * skipped rather than sent: it would only be noise by then.
 */
async function skipLateWarmups(db: Db, now: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update reminders w set state = 'skipped', lease_until = null,
          failure_reason = 'late: the run had started'
        from runs r
        where w.kind = 'warmup' and r.user_id = w.user_id and r.slot = w.slot
          and w.state in ('planned', 'sending')
          and (w.state = 'planned' or w.lease_until < ${now.toISOString()}::timestamptz)
          and w.due_at + r.warmup_minutes * interval '1 minute' <= ${now.toISOString()}::timestamptz
        returning w.id`,
  );
  return rows.length;
}

/** Records a check-in's answer once per run and date; false when it was recorded already. */
async function recordCheckIn(db: Db, row: NewCheckIn): Promise<boolean> {
  const inserted = await db.insert(runCheckIns).values(row).onConflictDoNothing().returning();
  return inserted.length > 0;
}

/** Links the pain report a sore or painful check-in led to. */
async function linkCheckInPain(db: Db, runId: number, localDate: string, painReportId: number) {
  await db
    .update(runCheckIns)
    .set({ painReportId })
    .where(and(eq(runCheckIns.runId, runId), eq(runCheckIns.localDate, localDate)));
}

/**
 * For /progress: the member's runs that existed at some point of [from, to), removed since or not,
 * and their warm-ups, check-ins and check-in answers between two local dates (both included).
 */
async function runWeek(
  db: Db,
  userId: string,
  instants: { readonly from: Date; readonly to: Date },
  dates: { readonly from: string; readonly to: string },
) {
  const [weekRuns, runReminders, checkIns] = await Promise.all([
    db
      .select()
      .from(runs)
      .where(
        and(
          eq(runs.userId, userId),
          lt(runs.createdAt, instants.to),
          or(isNull(runs.removedAt), gt(runs.removedAt, instants.from)),
        ),
      ),
    db
      .select({
        slot: reminders.slot,
        localDate: reminders.localDate,
        kind: reminders.kind,
        state: reminders.state,
        outcome: reminders.outcome,
      })
      .from(reminders)
      .where(
        and(
          eq(reminders.userId, userId),
          inArray(reminders.kind, RUN_KINDS),
          gte(reminders.localDate, dates.from),
          lte(reminders.localDate, dates.to),
        ),
      ),
    db
      .select({ slot: runs.slot, localDate: runCheckIns.localDate, answer: runCheckIns.answer })
      .from(runCheckIns)
      .innerJoin(runs, eq(runs.id, runCheckIns.runId))
      .where(
        and(
          eq(runCheckIns.userId, userId),
          gte(runCheckIns.localDate, dates.from),
          lte(runCheckIns.localDate, dates.to),
        ),
      ),
  ]);
  return { runs: weekRuns, reminders: runReminders, checkIns };
}

/** Every query on runs and their check-ins, bound to one database handle (or one transaction). */
export function createRunsRepository(db: Db) {
  return {
    add: (run: NewRun) => addRun(db, run),
    active: (userId: string) => activeRuns(db, userId),
    bySlot: (userId: string, slot: number) => runBySlot(db, userId, slot),
    remove: (userId: string, runId: number, now: Date) => removeRun(db, userId, runId, now),
    plannable: (userId: string | null) => plannableRuns(db, userId),
    replacementPairs: (userId: string | null, from: Date) => replacementPairs(db, userId, from),
    skipReplaced: (ids: readonly number[]) => skipReplaced(db, ids),
    skipLateWarmups: (now: Date) => skipLateWarmups(db, now),
    recordCheckIn: (row: NewCheckIn) => recordCheckIn(db, row),
    linkCheckInPain: (runId: number, localDate: string, painReportId: number) =>
      linkCheckInPain(db, runId, localDate, painReportId),
    week: (
      userId: string,
      instants: { readonly from: Date; readonly to: Date },
      dates: { readonly from: string; readonly to: string },
    ) => runWeek(db, userId, instants, dates),
  };
}

export type RunsRepository = ReturnType<typeof createRunsRepository>;

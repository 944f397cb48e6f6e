import { and, eq, sql } from "drizzle-orm";
import type { Drill } from "../../domain/drills.js";
import {
  checkProgressionState,
  initialProgression,
  type ProgressionState,
} from "../../domain/progression.js";
import { type Db, queryRows } from "../client.js";
import { levelChanges, progressions } from "../schema.js";
import type { NewSetLog } from "./set-logs.js";

/**
 * Reads a member's progression for one matrix, locking the row for the rest of the transaction so
 * that two logs at once (two processes, a button and a command) cannot both step up. One round
 * trip: the no-op DO UPDATE creates the row when missing and locks it either way.
 */
export async function lockProgression(
  tx: Db,
  userId: string,
  drill: Drill,
  now: Date,
): Promise<ProgressionState> {
  const initial = initialProgression(drill);
  const [row] = await tx
    .insert(progressions)
    .values({ userId, drill, level: initial.level, repsStep: initial.repsStep, updatedAt: now })
    .onConflictDoUpdate({ target: [progressions.userId, progressions.drill], set: { userId } })
    .returning();
  if (!row) throw new Error("progression row vanished inside its transaction");
  return checkProgressionState(row);
}

/**
 * lockProgression and the set log in one statement (the /log path's round trips cost CPU): locks,
 * or creates, the member's progression for the log's drill and inserts the log at that level and
 * reps step, unless this interaction was recorded already. Returns the state before the sets and
 * whether the log was inserted.
 */
export async function lockProgressionAndLog(
  tx: Db,
  log: Omit<NewSetLog, "level" | "repsStep">,
  now: Date,
): Promise<{ before: ProgressionState; logged: boolean }> {
  const initial = initialProgression(log.drill);
  const [row] = await queryRows<{
    level: number;
    reps_step: number;
    pain_free_sets: number;
    practice_days: string[];
    hold_until: string | null;
    log_id: number | string | null;
  }>(
    tx,
    sql`
    with locked as (
      insert into progressions (user_id, drill, level, reps_step, updated_at)
      values (${log.userId}, ${log.drill}, ${initial.level}, ${initial.repsStep}, ${now.toISOString()}::timestamptz)
      on conflict (user_id, drill) do update set user_id = excluded.user_id
      returning *
    ),
    logged as (
      insert into set_logs (user_id, guild_id, drill, sets, level, reps_step, logged_at, local_date, source, interaction_id)
      select ${log.userId}, ${log.guildId ?? null}, ${log.drill}, ${log.sets}, locked.level, locked.reps_step,
             ${log.loggedAt.toISOString()}::timestamptz, ${log.localDate}::date, ${log.source}, ${log.interactionId ?? null}
      from locked
      on conflict do nothing
      returning id
    )
    select level, reps_step, pain_free_sets, to_json(practice_days) as practice_days,
           to_json(hold_until) as hold_until, (select id from logged) as log_id
    from locked`,
  );
  if (!row) throw new Error("progression row vanished inside its transaction");
  const before = checkProgressionState({
    drill: log.drill,
    level: row.level,
    repsStep: row.reps_step,
    painFreeSets: row.pain_free_sets,
    practiceDays: row.practice_days,
    holdUntil: row.hold_until === null ? null : new Date(row.hold_until),
  });
  return { before, logged: row.log_id !== null };
}

export async function readProgressions(db: Db, userId: string): Promise<Map<Drill, ProgressionState>> {
  const rows = await db.select().from(progressions).where(eq(progressions.userId, userId));
  return new Map(rows.map((row) => checkProgressionState(row)).map((state) => [state.drill, state]));
}

/** Saves a new state and, when the level or reps moved, records why. */
export async function saveProgression(
  tx: Db,
  userId: string,
  before: ProgressionState,
  after: ProgressionState,
  reason: string,
  now: Date,
): Promise<void> {
  await tx
    .update(progressions)
    .set({
      level: after.level,
      repsStep: after.repsStep,
      painFreeSets: after.painFreeSets,
      practiceDays: [...after.practiceDays],
      holdUntil: after.holdUntil,
      updatedAt: now,
    })
    .where(and(eq(progressions.userId, userId), eq(progressions.drill, after.drill)));
  if (before.level !== after.level || before.repsStep !== after.repsStep) {
    await tx.insert(levelChanges).values({
      userId,
      drill: after.drill,
      fromLevel: before.level,
      fromRepsStep: before.repsStep,
      toLevel: after.level,
      toRepsStep: after.repsStep,
      reason,
      changedAt: now,
    });
  }
}

/**
 * True on the first local day of practice at a newly reached level: the matrix's latest change
 * moved it up a whole level, and no set of it was logged after that on an earlier local day (the
 * set that earned the step up shares the change's instant and does not count).
 */
export async function isFirstDayAtNewLevel(
  db: Db,
  userId: string,
  drill: Drill,
  localDate: string,
): Promise<boolean> {
  const [last] = await queryRows<{ first_day: boolean }>(
    db,
    sql`select change.to_level > change.from_level and not exists (
          select 1 from set_logs log
          where log.user_id = change.user_id and log.drill = change.drill
            and log.logged_at > change.changed_at and log.local_date < ${localDate}::date
        ) as first_day
        from level_changes change
        where change.user_id = ${userId} and change.drill = ${drill}
        order by change.id desc
        limit 1`,
  );
  return last?.first_day === true;
}

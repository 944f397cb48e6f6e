import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Drill } from "../../domain/drills.rules.js";
import {
  checkProgressionState,
  initialProgression,
  type PracticeDay,
  type ProgressionState,
} from "../../domain/progression.rules.js";
import type { LatestLevelChange } from "../../domain/step-up.rules.js";
import { type Db, queryRows } from "../db-client.js";
import { levelChanges, progressions } from "../schema.js";
import type { NewSetLog } from "./set-logs.repository.js";

/** A locked progression row as the statements below return it (instants as JSON). */
interface LockedRow {
  level: number;
  reps_step: number;
  practice: PracticeDay[];
  hold_until: string | null;
}

/**
 * The `locked` CTE: reads a member's progression for one matrix, locking the row for the rest of the
 * transaction so that two logs at once (two processes, a button and a command) cannot both step up.
 * The no-op DO UPDATE creates the row when missing and locks it either way.
 */
function lockedCte(userId: string, drill: Drill, now: Date): SQL {
  const initial = initialProgression(drill);
  return sql`locked as (
      insert into progressions (user_id, drill, level, reps_step, updated_at)
      values (${userId}, ${drill}, ${initial.level}, ${initial.repsStep}, ${now.toISOString()}::timestamptz)
      on conflict (user_id, drill) do update set user_id = excluded.user_id
      returning *
    )`;
}

const LOCKED_COLUMNS = sql.raw(
  "locked.level, locked.reps_step, locked.practice, to_json(locked.hold_until) as hold_until",
);

function lockedState(drill: Drill, row: LockedRow | undefined): ProgressionState {
  if (!row) throw new Error("progression row vanished inside its transaction");
  return checkProgressionState({
    drill,
    level: row.level,
    repsStep: row.reps_step,
    practice: row.practice,
    holdUntil: row.hold_until === null ? null : new Date(row.hold_until),
  });
}

/** A member's progression for one matrix, locked until the transaction ends; one round trip. */
export async function lockProgression(
  tx: Db,
  userId: string,
  drill: Drill,
  now: Date,
): Promise<ProgressionState> {
  const [row] = await queryRows<LockedRow>(
    tx,
    sql`with ${lockedCte(userId, drill, now)} select ${LOCKED_COLUMNS} from locked`,
  );
  return lockedState(drill, row);
}

/**
 * lockProgression and the set log in one statement (the /log path's round trips cost CPU): inserts
 * the log at the locked level and reps step, unless this interaction was recorded already. Returns
 * the state before the sets and whether the log was inserted.
 */
export async function lockProgressionAndLog(
  tx: Db,
  log: Omit<NewSetLog, "level" | "repsStep">,
  now: Date,
): Promise<{ before: ProgressionState; logged: boolean }> {
  const [row] = await queryRows<LockedRow & { log_id: number | string | null }>(
    tx,
    sql`
    with ${lockedCte(log.userId, log.drill, now)},
    logged as (
      insert into set_logs (user_id, guild_id, drill, sets, level, reps_step, logged_at, local_date, source, interaction_id)
      select ${log.userId}, ${log.guildId ?? null}, ${log.drill}, ${log.sets}, locked.level, locked.reps_step,
             ${log.loggedAt.toISOString()}::timestamptz, ${log.localDate}::date, ${log.source}, ${log.interactionId ?? null}
      from locked
      on conflict do nothing
      returning id
    )
    select ${LOCKED_COLUMNS}, (select id from logged) as log_id from locked`,
  );
  return { before: lockedState(log.drill, row), logged: row?.log_id != null };
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
      practice: [...after.practice],
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

/** The matrix's latest level change and the earliest local date of a set logged after it; one round trip. */
export async function latestLevelChange(
  db: Db,
  userId: string,
  drill: Drill,
): Promise<LatestLevelChange | null> {
  const [row] = await queryRows<{
    from_level: number;
    to_level: number;
    first_practice_after: string | null;
  }>(
    db,
    sql`select change.from_level, change.to_level, (
          select min(log.local_date)::text from set_logs log
          where log.user_id = change.user_id and log.drill = change.drill and log.logged_at > change.changed_at
        ) as first_practice_after
        from level_changes change
        where change.user_id = ${userId} and change.drill = ${drill}
        order by change.id desc
        limit 1`,
  );
  if (!row) return null;
  return { fromLevel: row.from_level, toLevel: row.to_level, firstPracticeAfter: row.first_practice_after };
}

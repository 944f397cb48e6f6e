import { and, eq, gt, sql } from "drizzle-orm";
import { FATIGUE, NUDGE_KIND, STREAK_WARNING_KIND } from "../../domain/attention.rules.js";
import { DAY_MS } from "../../domain/time-units.js";
import { memberAttention } from "../attention-schema.js";
import { type Db, queryRows } from "../db-client.js";
import { reminders } from "../schema.js";

/** A member the nudge rule should look at, with the facts it reads (domain AttentionFacts). */
interface NudgeCandidate {
  readonly userId: string;
  readonly enrolledAt: Date;
  readonly pausedAt: Date | null;
  readonly pausedUntil: Date | null;
  readonly recentReminders: { readonly sentAt: Date; readonly answered: boolean }[];
  readonly lastLogAt: Date | null;
  readonly lastAnswerAt: Date | null;
  readonly lastPauseAt: Date | null;
  readonly nudgedAt: Date | null;
}

type RawCandidate = Omit<NudgeCandidate, "recentReminders"> & {
  recentReminders: { sentAt: string; answered: boolean }[] | null;
};

const dateOf = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/**
 * Enrolled members with open DMs who logged nothing for FATIGUE.quietDays and joined at least that
 * long ago, in user id order, with the facts the nudge rule reads. The quiet filter comes first, so
 * the per-member lookups (latest reminders, answers, pauses) run for quiet members only.
 */
async function nudgeCandidates(
  db: Db,
  afterUserId: string | null,
  limit: number,
  now: Date,
): Promise<NudgeCandidate[]> {
  const quietSince = new Date(now.getTime() - FATIGUE.quietDays * DAY_MS).toISOString();
  const rows = await queryRows<RawCandidate>(
    db,
    sql`select m.user_id as "userId", m.enrolled_at as "enrolledAt", m.paused_at as "pausedAt",
          m.paused_until as "pausedUntil", a.nudged_at as "nudgedAt",
          (select max(s.logged_at) from set_logs s where s.user_id = m.user_id) as "lastLogAt",
          (select max(r.answered_at) from reminders r where r.user_id = m.user_id) as "lastAnswerAt",
          (select max(p.started_at) from pauses p where p.user_id = m.user_id) as "lastPauseAt",
          (select json_agg(json_build_object('sentAt', x.sent_at, 'answered', x.outcome is not null))
             from (select r.sent_at, r.outcome from reminders r
                   where r.user_id = m.user_id and r.kind = 'drill' and r.state = 'sent' and r.sent_at is not null
                   order by r.sent_at desc limit ${FATIGUE.unansweredInARow}) x) as "recentReminders"
        from members m left join member_attention a on a.user_id = m.user_id
        where m.enrolled_at is not null and m.dms_closed_at is null
          and m.enrolled_at <= ${quietSince}::timestamptz
          and not exists (select 1 from set_logs s where s.user_id = m.user_id and s.logged_at > ${quietSince}::timestamptz)
          ${afterUserId === null ? sql`` : sql`and m.user_id > ${afterUserId}`}
        order by m.user_id
        limit ${limit}`,
  );
  return rows.map((row) => ({
    ...row,
    enrolledAt: new Date(row.enrolledAt),
    pausedAt: dateOf(row.pausedAt),
    pausedUntil: dateOf(row.pausedUntil),
    lastLogAt: dateOf(row.lastLogAt),
    lastAnswerAt: dateOf(row.lastAnswerAt),
    lastPauseAt: dateOf(row.lastPauseAt),
    nudgedAt: dateOf(row.nudgedAt),
    recentReminders: (row.recentReminders ?? []).map((reminder) => ({
      sentAt: new Date(reminder.sentAt),
      answered: reminder.answered,
    })),
  }));
}

/** The member's next planned drill reminder: the nudge goes out in its place. */
async function nextDrillReminder(db: Db, userId: string, now: Date) {
  const [row] = await db
    .select({ id: reminders.id, localDate: reminders.localDate, dueAt: reminders.dueAt })
    .from(reminders)
    .where(
      and(
        eq(reminders.userId, userId),
        eq(reminders.kind, "drill"),
        eq(reminders.state, "planned"),
        gt(reminders.dueAt, now),
      ),
    )
    .orderBy(reminders.dueAt)
    .limit(1);
  return row;
}

/** Stores the nudge in place of the drill reminder at `replacedId`; false when it was planned already. */
async function planNudge(
  db: Db,
  nudge: { userId: string; localDate: string; dueAt: Date; replacedId: number },
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insert(reminders)
    .values({
      userId: nudge.userId,
      kind: NUDGE_KIND,
      localDate: nudge.localDate,
      slot: 0,
      dueAt: nudge.dueAt,
    })
    .onConflictDoNothing()
    .returning({ id: reminders.id });
  if (inserted.length === 0) return false;
  await db
    .update(reminders)
    .set({ state: "skipped", failureReason: "replaced by a nudge" })
    .where(and(eq(reminders.id, nudge.replacedId), eq(reminders.state, "planned")));
  await db
    .insert(memberAttention)
    .values({ userId: nudge.userId, nudgedAt: now, respondedAt: null })
    .onConflictDoUpdate({ target: memberAttention.userId, set: { nudgedAt: now, respondedAt: null } });
  return true;
}

/** The member's latest nudge (null: never nudged). */
async function nudgedAt(db: Db, userId: string): Promise<Date | null> {
  const [row] = await db
    .select({ nudgedAt: memberAttention.nudgedAt })
    .from(memberAttention)
    .where(eq(memberAttention.userId, userId));
  return row?.nudgedAt ?? null;
}

/** Whether the member answered a reminder or logged a set after `at`. */
async function respondedSince(db: Db, userId: string, at: Date): Promise<boolean> {
  const [row] = await queryRows<{ responded: boolean }>(
    db,
    sql`select exists (select 1 from set_logs where user_id = ${userId} and logged_at > ${at.toISOString()}::timestamptz)
          or exists (select 1 from reminders where user_id = ${userId} and answered_at > ${at.toISOString()}::timestamptz)
          as responded`,
  );
  return row?.responded ?? false;
}

/** Ends the halving of every member who answered or logged since their nudge; returns how many. */
async function endHalvings(db: Db, now: Date): Promise<number> {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`update member_attention a set responded_at = ${now.toISOString()}::timestamptz
        where a.responded_at is null
          and (exists (select 1 from set_logs s where s.user_id = a.user_id and s.logged_at > a.nudged_at)
            or exists (select 1 from reminders r where r.user_id = a.user_id and r.answered_at > a.nudged_at))
        returning a.user_id`,
  );
  return rows.length;
}

/**
 * Removes the planned drill reminders a halving leaves out (odd slots, due after `now`) for every
 * member whose nudge stands: also those a planner in another process inserted meanwhile.
 */
async function trimHalved(db: Db, now: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`delete from reminders r using member_attention a
        where a.user_id = r.user_id and a.responded_at is null
          and r.kind = 'drill' and r.state = 'planned' and r.slot % 2 = 1
          and r.due_at > ${now.toISOString()}::timestamptz
        returning r.id`,
  );
  return rows.length;
}

/** Up to `limit` opted-in members with a zone, reminders on and open DMs, after `afterUserId`. */
function streakWarners(db: Db, afterUserId: string | null, limit: number) {
  return queryRows<{ userId: string; timeZone: string }>(
    db,
    sql`select user_id as "userId", time_zone as "timeZone" from members
        where streak_warning and time_zone is not null and enrolled_at is not null and dms_closed_at is null
          ${afterUserId === null ? sql`` : sql`and user_id > ${afterUserId}`}
        order by user_id
        limit ${limit}`,
  );
}

/** A /schedule change replans the member's streak warnings: the planned ones after `from` go. */
async function deletePlannedStreakWarnings(db: Db, userId: string, from: Date): Promise<void> {
  await db
    .delete(reminders)
    .where(
      and(
        eq(reminders.userId, userId),
        eq(reminders.kind, STREAK_WARNING_KIND),
        eq(reminders.state, "planned"),
        gt(reminders.dueAt, from),
      ),
    );
}

/** Every query of the attention use cases, bound to one database handle (or one transaction). */
export function createAttentionRepository(db: Db) {
  return {
    nudgeCandidates: (afterUserId: string | null, limit: number, now: Date) =>
      nudgeCandidates(db, afterUserId, limit, now),
    nextDrillReminder: (userId: string, now: Date) => nextDrillReminder(db, userId, now),
    planNudge: (nudge: Parameters<typeof planNudge>[1], now: Date) => planNudge(db, nudge, now),
    nudgedAt: (userId: string) => nudgedAt(db, userId),
    respondedSince: (userId: string, at: Date) => respondedSince(db, userId, at),
    endHalvings: (now: Date) => endHalvings(db, now),
    trimHalved: (now: Date) => trimHalved(db, now),
    streakWarners: (afterUserId: string | null, limit: number) => streakWarners(db, afterUserId, limit),
    deletePlannedStreakWarnings: (userId: string, from: Date) =>
      deletePlannedStreakWarnings(db, userId, from),
  };
}

export type AttentionRepository = ReturnType<typeof createAttentionRepository>;

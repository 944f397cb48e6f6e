import { eq, sql } from "drizzle-orm";
import { FATIGUE, NUDGE_KIND } from "../../domain/attention.rules.js";
import { DAY_MS } from "../../domain/time-units.js";
import { memberAttention } from "../attention-schema.js";
import { type Db, queryRows } from "../db-client.js";

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

/**
 * Stores a nudge for each member, at their next planned drill reminder, which it replaces (skipped,
 * so that planning does not bring it back), and records when it was planned; a member with nothing
 * planned yet is left for the next run. Data-modifying CTEs all run to completion whether read or
 * not. One statement for a page of members: the first run after
 * an upgrade may nudge many at once. Returns how many were nudged.
 */
async function planNudges(db: Db, userIds: readonly string[], now: Date): Promise<number> {
  if (userIds.length === 0) return 0;
  const at = now.toISOString();
  const [row] = await queryRows<{ nudged: number }>(
    db,
    sql`with next as (
          select distinct on (r.user_id) r.id, r.user_id, r.local_date, r.due_at
          from reminders r
          where r.user_id = any(${`{${userIds.map((id) => JSON.stringify(id)).join(",")}}`}::text[])
            and r.kind = 'drill' and r.state = 'planned' and r.due_at > ${at}::timestamptz
          order by r.user_id, r.due_at),
        nudged as (
          insert into reminders (user_id, kind, local_date, slot, due_at)
          select user_id, ${NUDGE_KIND}, local_date, 0, due_at from next
          on conflict (user_id, kind, local_date, slot) do nothing
          returning user_id),
        replaced as (
          update reminders r set state = 'skipped', failure_reason = 'replaced by a nudge'
          from next n join nudged d on d.user_id = n.user_id
          where r.id = n.id and r.state = 'planned'
          returning r.id),
        recorded as (
          insert into member_attention (user_id, nudged_at, responded_at)
          select user_id, ${at}::timestamptz, null from nudged
          on conflict (user_id) do update set nudged_at = excluded.nudged_at, responded_at = null
          returning user_id)
        select count(*)::int as nudged from recorded`,
  );
  return Number(row?.nudged ?? 0);
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
 * member whose nudge stands: also those a planner in another process inserted meanwhile. Driven
 * from the (few) halved members, each probing their own reminders by the members' index.
 */
async function trimHalved(db: Db, now: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`delete from reminders where id in (
          select r.id from member_attention a
          cross join lateral (
            select id from reminders r
            where r.user_id = a.user_id and r.kind = 'drill' and r.state = 'planned' and r.slot % 2 = 1
              and r.due_at > ${now.toISOString()}::timestamptz) r
          where a.responded_at is null)
        returning id`,
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

/** Every query of the attention use cases, bound to one database handle (or one transaction). */
export function createAttentionRepository(db: Db) {
  return {
    nudgeCandidates: (afterUserId: string | null, limit: number, now: Date) =>
      nudgeCandidates(db, afterUserId, limit, now),
    planNudges: (userIds: readonly string[], now: Date) => planNudges(db, userIds, now),
    nudgedAt: (userId: string) => nudgedAt(db, userId),
    respondedSince: (userId: string, at: Date) => respondedSince(db, userId, at),
    endHalvings: (now: Date) => endHalvings(db, now),
    trimHalved: (now: Date) => trimHalved(db, now),
    streakWarners: (afterUserId: string | null, limit: number) => streakWarners(db, afterUserId, limit),
  };
}

export type AttentionRepository = ReturnType<typeof createAttentionRepository>;

import { and, eq, sql } from "drizzle-orm";
import type { DatedMeasure } from "../../domain/measure.rules.js";
import { MEASURE_INVITE_KIND, type MeasureInviteCandidate } from "../../domain/measure-invite.rules.js";
import { type Db, queryRows } from "../db-client.js";
import { measures } from "../measures-schema.js";
import { reminders } from "../schema.js";

/** A member measures every few weeks: this bounds a history that would still fit one chart. */
const HISTORY_LIMIT = 200;

/** The member's measures, oldest first (the latest HISTORY_LIMIT). */
async function measureHistory(db: Db, userId: string): Promise<DatedMeasure[]> {
  const rows = await db
    .select({ localDate: measures.localDate, left: measures.leftMm, right: measures.rightMm })
    .from(measures)
    .where(eq(measures.userId, userId))
    .orderBy(sql`${measures.localDate} desc`)
    .limit(HISTORY_LIMIT);
  return rows.reverse();
}

/** One measure per member and local day: saving again that day overwrites it. */
async function saveMeasure(
  db: Db,
  row: { userId: string; localDate: string; measuredAt: Date; left: number | null; right: number | null },
): Promise<void> {
  const values = { leftMm: row.left, rightMm: row.right, measuredAt: row.measuredAt };
  await db
    .insert(measures)
    .values({ userId: row.userId, localDate: row.localDate, ...values })
    .onConflictDoUpdate({ target: [measures.userId, measures.localDate], set: values });
}

/** A new measure restarts the four weeks: an invitation not sent yet goes. */
async function cancelPlannedInvites(db: Db, userId: string): Promise<number> {
  const deleted = await db
    .delete(reminders)
    .where(
      and(
        eq(reminders.userId, userId),
        eq(reminders.kind, MEASURE_INVITE_KIND),
        eq(reminders.state, "planned"),
      ),
    )
    .returning({ id: reminders.id });
  return deleted.length;
}

/**
 * Up to `limit` enrolled members with open DMs after `afterUserId`, in user id order, who have not
 * been invited since their last measure (or ever, if they never measured) and whose last measure is
 * on or before `measuredBy` (a day's margin: the rules decide in each member's zone).
 */
async function inviteCandidates(
  db: Db,
  afterUserId: string | null,
  limit: number,
  measuredBy: string,
): Promise<MeasureInviteCandidate[]> {
  return queryRows<MeasureInviteCandidate>(
    db,
    sql`select m.user_id as "userId", m.time_zone as "timeZone", m.window_start as "windowStart",
          m.window_end as "windowEnd", m.per_day as "perDay", to_json(m.explicit_times) as "explicitTimes",
          to_json(m.days) as "days", m.jitter_seed as "jitterSeed", (extract(epoch from m.enrolled_at) * 1000)::float8 as "enrolledMs",
          last.local_date::text as "lastMeasuredOn"
        from members m
        left join lateral (
          select local_date from measures where user_id = m.user_id order by local_date desc limit 1
        ) last on true
        where m.enrolled_at is not null and m.dms_closed_at is null
          and (last.local_date is null or last.local_date <= ${measuredBy}::date)
          and not exists (
            select 1 from reminders r
            where r.user_id = m.user_id and r.kind = ${MEASURE_INVITE_KIND}
              and (last.local_date is null or r.local_date > last.local_date))
          ${afterUserId === null ? sql`` : sql`and m.user_id > ${afterUserId}`}
        order by m.user_id
        limit ${limit}`,
  );
}

/** Every query on measures (and on the invitations to take one), bound to one database handle. */
export function createMeasuresRepository(db: Db) {
  return {
    history: (userId: string) => measureHistory(db, userId),
    save: (row: Parameters<typeof saveMeasure>[1]) => saveMeasure(db, row),
    cancelPlannedInvites: (userId: string) => cancelPlannedInvites(db, userId),
    inviteCandidates: (afterUserId: string | null, limit: number, measuredBy: string) =>
      inviteCandidates(db, afterUserId, limit, measuredBy),
  };
}

export type MeasuresRepository = ReturnType<typeof createMeasuresRepository>;

import { and, eq, gte, isNull, or } from "drizzle-orm";
import type { Db } from "../db-client.js";
import { pauses } from "../schema.js";

/** Starts a pause, ending any pause still open (a new /pause replaces the old one). */
export async function startPause(db: Db, userId: string, now: Date, endsAt: Date | null): Promise<void> {
  await endOpenPauses(db, userId, now);
  await db.insert(pauses).values({ userId, startedAt: now, endsAt });
}

export async function endOpenPauses(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(pauses)
    .set({ endedAt: now })
    .where(
      and(
        eq(pauses.userId, userId),
        isNull(pauses.endedAt),
        or(isNull(pauses.endsAt), gte(pauses.endsAt, now)),
      ),
    );
}

/** Pause intervals that overlap [since, now], each clipped to now. */
export async function pauseIntervals(db: Db, userId: string, since: Date, now: Date) {
  const rows = await db
    .select()
    .from(pauses)
    .where(and(eq(pauses.userId, userId), or(isNull(pauses.endedAt), gte(pauses.endedAt, since))));
  return rows.map((row) => {
    const end = row.endedAt ?? row.endsAt ?? now;
    return { start: row.startedAt, end: end.getTime() > now.getTime() ? now : end };
  });
}

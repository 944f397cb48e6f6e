import { and, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db-client.js";
import { clubs, weeklyPosts } from "../schema.js";

type ClubRow = typeof clubs.$inferSelect;
export type WeeklyPostRow = typeof weeklyPosts.$inferSelect;

/** Where and when a club's weekly board is posted (set by /club). */
interface ClubSettings {
  readonly channelId: string;
  readonly timeZone: string;
  /** ISO weekday, 1 = Monday. */
  readonly postDay: number;
  /** Minutes after local midnight. */
  readonly postTime: number;
}

export interface ConfiguredClub extends ClubSettings {
  readonly guildId: string;
  readonly name: string;
  /** The server's preferred locale from its latest command (null: none seen yet). */
  readonly locale: string | null;
}

export interface WeeklyPostKey {
  readonly guildId: string;
  /** The Monday of the week the board reports on, "YYYY-MM-DD" in the club's zone. */
  readonly weekStart: string;
}

export async function findClub(db: Db, guildId: string): Promise<ClubRow | undefined> {
  const [club] = await db.select().from(clubs).where(eq(clubs.guildId, guildId));
  return club;
}

/**
 * Saves the board settings of an existing club row and clears its last post error, returning that
 * error (shown once to the admin). A failed weekly post is forgotten so that, if it is still
 * within its grace period, the next tick posts it with the new settings.
 */
export async function saveClubSettings(
  db: Db,
  guildId: string,
  settings: ClubSettings,
  now: Date,
): Promise<{ previousPostError: string | null; previousTimeZone: string | null }> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ lastPostError: clubs.lastPostError, timeZone: clubs.timeZone })
      .from(clubs)
      .where(eq(clubs.guildId, guildId))
      .for("update");
    if (!before) throw new Error(`club ${guildId} does not exist`);
    await tx
      .update(clubs)
      .set({ ...settings, lastPostError: null, updatedAt: now })
      .where(eq(clubs.guildId, guildId));
    await tx
      .delete(weeklyPosts)
      .where(and(eq(weeklyPosts.guildId, guildId), eq(weeklyPosts.state, "failed")));
    return { previousPostError: before.lastPostError, previousTimeZone: before.timeZone };
  });
}

/** Every club with a board channel, zone, day and time. */
export async function configuredClubs(db: Db): Promise<ConfiguredClub[]> {
  const rows = await db
    .select({
      guildId: clubs.guildId,
      name: clubs.name,
      channelId: clubs.channelId,
      timeZone: clubs.timeZone,
      postDay: clubs.postDay,
      postTime: clubs.postTime,
      locale: clubs.locale,
    })
    .from(clubs)
    .where(
      and(
        isNotNull(clubs.channelId),
        isNotNull(clubs.timeZone),
        isNotNull(clubs.postDay),
        isNotNull(clubs.postTime),
      ),
    );
  return rows.flatMap(({ guildId, name, channelId, timeZone, postDay, postTime, locale }) =>
    channelId !== null && timeZone !== null && postDay !== null && postTime !== null
      ? [{ guildId, name, channelId, timeZone, postDay, postTime, locale }]
      : [],
  );
}

/** The weekly post rows of these clubs for weeks starting on or after `fromWeekStart`. */
export async function weeklyPostsSince(
  db: Db,
  guildIds: readonly string[],
  fromWeekStart: string,
): Promise<WeeklyPostRow[]> {
  if (guildIds.length === 0) return [];
  return db
    .select()
    .from(weeklyPosts)
    .where(and(inArray(weeklyPosts.guildId, [...guildIds]), gte(weeklyPosts.weekStart, fromWeekStart)));
}

export async function findWeeklyPost(db: Db, key: WeeklyPostKey): Promise<WeeklyPostRow | undefined> {
  const [row] = await db
    .select()
    .from(weeklyPosts)
    .where(and(eq(weeklyPosts.guildId, key.guildId), eq(weeklyPosts.weekStart, key.weekStart)));
  return row;
}

const sameKey = (key: WeeklyPostKey) =>
  and(eq(weeklyPosts.guildId, key.guildId), eq(weeklyPosts.weekStart, key.weekStart));

/**
 * Claims the post of one club week, in one statement: inserts it as 'posting' with a lease, or
 * takes over a 'posting' row whose lease ran out (its poster crashed). True when this caller owns
 * it now; any other state, or a live lease, means someone else has it (or it is done).
 */
export async function claimWeeklyPost(
  db: Db,
  key: WeeklyPostKey,
  now: Date,
  leaseUntil: Date,
): Promise<boolean> {
  const rows = await db
    .insert(weeklyPosts)
    .values({ ...key, state: "posting", leaseUntil })
    .onConflictDoUpdate({
      target: [weeklyPosts.guildId, weeklyPosts.weekStart],
      set: { state: "posting", leaseUntil },
      setWhere: sql`${weeklyPosts.state} = 'posting' and ${weeklyPosts.leaseUntil} < ${now.toISOString()}::timestamptz`,
    })
    .returning({ guildId: weeklyPosts.guildId });
  return rows.length === 1;
}

export async function markWeeklyPostPosted(
  db: Db,
  key: WeeklyPostKey,
  messageId: string,
  now: Date,
): Promise<void> {
  await db
    .update(weeklyPosts)
    .set({ state: "posted", messageId, postedAt: now, leaseUntil: null, error: null })
    .where(and(sameKey(key), eq(weeklyPosts.state, "posting")));
}

/** A missing channel or permission: the post is given up and the club's admin told at /club. */
export async function markWeeklyPostFailed(
  db: Db,
  key: WeeklyPostKey,
  error: string,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(weeklyPosts)
      .set({ state: "failed", leaseUntil: null, error })
      .where(and(sameKey(key), eq(weeklyPosts.state, "posting")));
    await tx
      .update(clubs)
      .set({ lastPostError: error, updatedAt: now })
      .where(eq(clubs.guildId, key.guildId));
  });
}

/** A transient failure: keep the lease (it is retried once it expires) and note why. */
export async function noteWeeklyPostError(db: Db, key: WeeklyPostKey, error: string): Promise<void> {
  await db
    .update(weeklyPosts)
    .set({ error })
    .where(and(sameKey(key), eq(weeklyPosts.state, "posting")));
}

/**
 * Too late to post (downtime past the grace period): recorded as skipped, unless it was posted,
 * failed or is being posted under a live lease. True when this call recorded it.
 */
export async function markWeeklyPostSkipped(db: Db, key: WeeklyPostKey, now: Date): Promise<boolean> {
  const rows = await db
    .insert(weeklyPosts)
    .values({ ...key, state: "skipped" })
    .onConflictDoUpdate({
      target: [weeklyPosts.guildId, weeklyPosts.weekStart],
      set: { state: "skipped", leaseUntil: null },
      setWhere: sql`${weeklyPosts.state} = 'posting' and (${weeklyPosts.leaseUntil} is null or ${weeklyPosts.leaseUntil} < ${now.toISOString()}::timestamptz)`,
    })
    .returning({ guildId: weeklyPosts.guildId });
  return rows.length === 1;
}

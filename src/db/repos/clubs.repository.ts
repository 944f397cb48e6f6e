import { and, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db-client.js";
import { clubs, weeklyPosts } from "../schema.js";

type ClubRow = typeof clubs.$inferSelect;
export type WeeklyPostRow = typeof weeklyPosts.$inferSelect;

interface ClubSettings {
  readonly channelId: string;
  readonly timeZone: string;
  /** ISO weekday and minutes after local midnight. */
  readonly postDay: number;
  readonly postTime: number;
}

export interface ConfiguredClub extends ClubSettings {
  readonly guildId: string;
  readonly name: string;
  readonly locale: string | null;
}

export interface WeeklyPostKey {
  readonly guildId: string;
  /** The club-local Monday of the week the board reports on. */
  readonly weekStart: string;
}

export async function findClub(db: Db, guildId: string): Promise<ClubRow | undefined> {
  const [club] = await db.select().from(clubs).where(eq(clubs.guildId, guildId));
  return club;
}

/**
 * Returns the cleared last post error, shown once to the admin. A failed post is forgotten so that,
 * still within its grace period, the next tick posts it with the new settings.
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
 * One statement, so that of several processes exactly one gets the post: a new row, or one whose
 * poster crashed and let its lease run out.
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

/** Given up: only the club's admin can fix a missing channel or permission. */
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

/** Keeps the lease, so that the post is retried once it expires. */
export async function noteWeeklyPostError(db: Db, key: WeeklyPostKey, error: string): Promise<void> {
  await db
    .update(weeklyPosts)
    .set({ error })
    .where(and(sameKey(key), eq(weeklyPosts.state, "posting")));
}

/** Too late after downtime: skipped, unless another process posted it or is posting it now. */
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

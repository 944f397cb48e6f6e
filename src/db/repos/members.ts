import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { members } from "../schema.js";

export type MemberRow = typeof members.$inferSelect;

/**
 * Creates the member on first use and keeps their display name current; when the caller is in a
 * server, also makes sure the club and their membership of it exist.
 */
export async function upsertMember(
  db: Db,
  caller: { userId: string; displayName: string; guild: { id: string; name: string } | null },
  now: Date,
): Promise<MemberRow> {
  const [member] = await db
    .insert(members)
    .values({
      userId: caller.userId,
      displayName: caller.displayName,
      jitterSeed: jitterSeedOf(caller.userId),
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: members.userId,
      set: { displayName: caller.displayName },
    })
    .returning();
  if (caller.guild) {
    // One round trip on every command from a server: the club (renamed if need be), then the
    // membership. The foreign key is checked at the end of the statement, after both inserts.
    const at = now.toISOString();
    await db.execute(sql`
      with club as (
        insert into clubs (guild_id, name, created_at, updated_at)
        values (${caller.guild.id}, ${caller.guild.name}, ${at}::timestamptz, ${at}::timestamptz)
        on conflict (guild_id) do update set name = excluded.name
        where clubs.name is distinct from excluded.name
      )
      insert into club_members (guild_id, user_id, joined_at)
      values (${caller.guild.id}, ${caller.userId}, ${at}::timestamptz)
      on conflict do nothing`);
  }
  if (!member) throw new Error("upsert returned no member row");
  return member;
}

/**
 * The seed of a member's reminder jitter: a hash of their id, so the same member always gets the
 * same minutes (reproducible schedules, e.g. `npm run demo`) while members of a club still differ.
 */
function jitterSeedOf(userId: string): string {
  return createHash("sha256").update(`dorsi-jitter:${userId}`).digest("hex").slice(0, 32);
}

export async function findMember(db: Db, userId: string): Promise<MemberRow | undefined> {
  const [member] = await db.select().from(members).where(eq(members.userId, userId));
  return member;
}

export async function updateMember(
  db: Db,
  userId: string,
  changes: Partial<Omit<MemberRow, "userId" | "createdAt">>,
  now: Date,
): Promise<void> {
  await db
    .update(members)
    .set({ ...changes, updatedAt: now })
    .where(eq(members.userId, userId));
}

/** A member's IANA zone: UTC until /schedule sets one (local dates and weeks need some zone). */
export function memberTimeZone(member: { timeZone: string | null } | undefined): string {
  return member?.timeZone ?? "UTC";
}

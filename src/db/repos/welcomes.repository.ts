import { eq } from "drizzle-orm";
import type { Db } from "../db-client.js";
import { guildWelcomes, memberTips } from "../welcome-schema.js";

/**
 * Claims a server's one welcome: true for the one caller whose insert made the row, false for every
 * later one (a restart, a second process), whatever happens to the post itself.
 */
export async function claimWelcome(db: Db, guildId: string, now: Date): Promise<boolean> {
  const claimed = await db
    .insert(guildWelcomes)
    .values({ guildId, welcomedAt: now })
    .onConflictDoNothing()
    .returning({ guildId: guildWelcomes.guildId });
  return claimed.length > 0;
}

/** Where the welcome went (kept for operators wondering why a server saw nothing). */
export async function recordWelcomeChannel(db: Db, guildId: string, channelId: string): Promise<void> {
  await db.update(guildWelcomes).set({ channelId }).where(eq(guildWelcomes.guildId, guildId));
}

/** Claims a person's one first-command tip: true the first time only. */
export async function claimTip(db: Db, userId: string, now: Date): Promise<boolean> {
  const claimed = await db
    .insert(memberTips)
    .values({ userId, shownAt: now })
    .onConflictDoNothing()
    .returning({ userId: memberTips.userId });
  return claimed.length > 0;
}

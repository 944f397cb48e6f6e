import type { Db } from "../../src/db/db-client.js";
import { members, reminders } from "../../src/db/schema.js";
import type { DiscordDouble } from "./discord-double/index.js";

/**
 * One drill reminder per member in `slot` of today, due a second ago by the real clock: for bot
 * processes that read the time themselves.
 */
export async function insertDueDrillReminders(db: Db, userIds: readonly string[], slot = 0): Promise<void> {
  const dueAt = new Date(Date.now() - 1_000);
  await db.insert(reminders).values(
    userIds.map((userId) => ({
      userId,
      kind: "drill",
      localDate: dueAt.toISOString().slice(0, 10),
      slot,
      dueAt,
      drill: "flexed-knee" as const,
    })),
  );
}

/**
 * Members enrolled a month ago (so no newcomer's invitation joins in) whose DM channel is stored, as
 * /schedule leaves it, each with one drill reminder due now.
 */
export async function enrolWithDueReminders(
  db: Db,
  double: DiscordDouble,
  userIds: readonly string[],
): Promise<void> {
  const enrolledAt = new Date(Date.now() - 30 * 24 * 3_600_000);
  await db.insert(members).values(
    userIds.map((userId) => ({
      userId,
      displayName: userId,
      timeZone: "UTC",
      enrolledAt,
      jitterSeed: userId,
      dmChannelId: double.dmChannelId(userId),
    })),
  );
  await insertDueDrillReminders(db, userIds);
}

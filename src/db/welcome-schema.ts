import { pgTable, text } from "drizzle-orm/pg-core";
import { instant } from "./schema.js";

/* The welcome and the first-command tip, apart from schema.ts so that each file stays readable. */

/**
 * Servers Dorsi has said hello to, one row each, ever: the insert is the claim, so a restart or a
 * second process never welcomes twice. Servers that had a club before the welcome existed count too.
 */
export const guildWelcomes = pgTable("guild_welcomes", {
  guildId: text("guild_id").primaryKey(),
  /** Where the welcome went; null when Dorsi could post nowhere, or the server predates the welcome. */
  channelId: text("channel_id"),
  welcomedAt: instant("welcomed_at").notNull(),
});

/**
 * People who got the one-time tip after their first command. No foreign key: /help and /drills
 * answer people who have no member row yet; /privacy delete removes the row explicitly.
 */
export const memberTips = pgTable("member_tips", {
  userId: text("user_id").primaryKey(),
  shownAt: instant("shown_at").notNull(),
});

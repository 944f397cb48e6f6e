import { pgTable, text } from "drizzle-orm/pg-core";
import { instant, members } from "./schema.js";

/*
 * Reminders that respect attention (domain/attention.rules.ts), apart from schema.ts so that each
 * file stays readable. The nudge itself is a reminders row of kind 'nudge'.
 */

/**
 * A member's latest nudge: planned at nudged_at, their reminders halved until they answer a
 * reminder or log a set (responded_at). One row per member, kept for the rule "never twice in a row".
 */
export const memberAttention = pgTable("member_attention", {
  userId: text("user_id")
    .primaryKey()
    .references(() => members.userId, { onDelete: "cascade" }),
  nudgedAt: instant("nudged_at").notNull(),
  /** Null while the nudge stands: the member's reminders are halved. */
  respondedAt: instant("responded_at"),
});

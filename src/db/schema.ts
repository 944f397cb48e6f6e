import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { Drill } from "../domain/drills.rules.js";
import type { PracticeDay } from "../domain/progression.rules.js";

/*
 * Discord ids are snowflakes beyond JavaScript's safe integers: always text.
 * Instants are timestamptz; a member's local calendar day is a date computed in their zone when
 * the event happened, so it never shifts if they later move zone.
 */

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A person using Dorsi. Their practice, pain and reminders follow them across every club. */
export const members = pgTable("members", {
  userId: text("user_id").primaryKey(),
  displayName: text("display_name").notNull(),
  /** IANA zone; null until /schedule sets it (UTC is assumed for local dates until then). */
  timeZone: text("time_zone"),
  /** Reminder settings; enrolledAt null means the member has not asked for reminders. */
  enrolledAt: instant("enrolled_at"),
  windowStart: smallint("window_start"),
  windowEnd: smallint("window_end"),
  perDay: smallint("per_day"),
  /** Explicit local times (minutes after midnight) that replace the spread. */
  explicitTimes: smallint("explicit_times").array(),
  /** ISO weekdays (1 = Monday) that get reminders. */
  days: smallint("days").array(),
  /** A seed for the per-member jitter, so a club is not pinged on the same minute. */
  jitterSeed: text("jitter_seed").notNull(),
  dmChannelId: text("dm_channel_id"),
  /** Discord locale of the member's latest interaction: the language of their DMs (null: English). */
  locale: text("locale"),
  /** Set when Discord refused a DM (50007); cleared when the member answers a command again. */
  dmsClosedAt: instant("dms_closed_at"),
  dmsClosedNoticeSentAt: instant("dms_closed_notice_sent_at"),
  pausedAt: instant("paused_at"),
  /** Null with pausedAt set means paused until /resume. */
  pausedUntil: instant("paused_until"),
  /** Opted in with /schedule streak_warning: a DM late in a day with nothing logged yet. */
  streakWarning: boolean("streak_warning").notNull().default(false),
  createdAt: instant("created_at").notNull().defaultNow(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});

/** Declared pauses (/pause, or the pause offered after pain): they neither count nor break a streak. */
export const pauses = pgTable(
  "pauses",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    startedAt: instant("started_at").notNull(),
    /** The planned end; null means until /resume. */
    endsAt: instant("ends_at"),
    /** When /resume ended it early. */
    endedAt: instant("ended_at"),
  },
  (table) => [index().on(table.userId, table.startedAt)],
);

/** A club is a Discord server; its board channel and weekly post time are set by /club. */
export const clubs = pgTable("clubs", {
  guildId: text("guild_id").primaryKey(),
  name: text("name").notNull(),
  channelId: text("channel_id"),
  timeZone: text("time_zone"),
  /** ISO weekday 1-7 and minutes after local midnight. */
  postDay: smallint("post_day"),
  postTime: smallint("post_time"),
  /** Why the last weekly post failed (missing channel or permission); shown at the next /club. */
  lastPostError: text("last_post_error"),
  /** The server's preferred locale, as its latest interaction gave it: the language of its posts. */
  locale: text("locale"),
  createdAt: instant("created_at").notNull().defaultNow(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});

/** Who belongs to which club's board; hidden members chose /privacy hide. */
export const clubMembers = pgTable(
  "club_members",
  {
    guildId: text("guild_id")
      .notNull()
      .references(() => clubs.guildId, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    hidden: boolean("hidden").notNull().default(false),
    joinedAt: instant("joined_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.guildId, table.userId] }), index().on(table.userId)],
);

/**
 * A member's line on a club's weekly board, summed from set_logs (app/board-entries.usecases.ts), so
 * that showing a board reads one row per member instead of the week's logs.
 */
export const boardEntries = pgTable(
  "board_entries",
  {
    guildId: text("guild_id").notNull(),
    weekStart: date("week_start", { mode: "string" }).notNull(),
    userId: text("user_id").notNull(),
    /** Sum over the member's local days of min(sets that day, SCORING.dailySetCap). */
    cappedSets: integer("capped_sets").notNull(),
    activeDays: smallint("active_days").notNull(),
    sets: integer("sets").notNull(),
    /** When the week's score became final (tie-break: who got there first). */
    reachedAt: instant("reached_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.guildId, table.weekStart, table.userId] }),
    foreignKey({
      columns: [table.guildId, table.userId],
      foreignColumns: [clubMembers.guildId, clubMembers.userId],
    }).onDelete("cascade"),
  ],
);

/** One /log (or one Done button): never lost, recorded once per interaction. */
export const setLogs = pgTable(
  "set_logs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    /** Where it was logged; null for a DM button. */
    guildId: text("guild_id"),
    drill: text("drill").$type<Drill>().notNull(),
    sets: smallint("sets").notNull(),
    /** The level and reps step the member practised at. */
    level: smallint("level").notNull(),
    repsStep: smallint("reps_step").notNull(),
    loggedAt: instant("logged_at").notNull(),
    localDate: date("local_date", { mode: "string" }).notNull(),
    source: text("source").notNull(),
    /** Discord interaction id; a retried interaction is recorded once (per drill, for "both"). */
    interactionId: text("interaction_id"),
  },
  (table) => [
    uniqueIndex().on(table.interactionId, table.drill),
    index().on(table.userId, table.loggedAt),
    index().on(table.loggedAt),
    check("sets_positive", sql`${table.sets} >= 1`),
  ],
);

/** Progression per member per matrix. */
export const progressions = pgTable(
  "progressions",
  {
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    drill: text("drill").$type<Drill>().notNull(),
    level: smallint("level").notNull(),
    repsStep: smallint("reps_step").notNull(),
    /** Sets counted toward the next step, per local date (domain/step-up.rules.ts says what counts). */
    practice: jsonb("practice").$type<PracticeDay[]>().notNull().default([]),
    holdUntil: instant("hold_until"),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.drill] })],
);

/** Every level or reps change, up or down, with its reason (for highlights and export). */
export const levelChanges = pgTable(
  "level_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    drill: text("drill").$type<Drill>().notNull(),
    fromLevel: smallint("from_level").notNull(),
    fromRepsStep: smallint("from_reps_step").notNull(),
    toLevel: smallint("to_level").notNull(),
    toRepsStep: smallint("to_reps_step").notNull(),
    reason: text("reason").notNull(),
    changedAt: instant("changed_at").notNull(),
  },
  (table) => [index().on(table.userId, table.changedAt), index().on(table.changedAt)],
);

/**
 * Health data: private to the member, exportable, deletable. A report opens an episode (episode_id
 * null) or follows one up (a later report at the same place, a morning-check answer): episode_id is
 * then the id of the report that opened it (domain/pain-episodes.rules.ts).
 */
export const painReports = pgTable(
  "pain_reports",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    severity: smallint("severity").notNull(),
    location: text("location").notNull(),
    /** left, right or both; null when not given. */
    side: text("side"),
    episodeId: bigint("episode_id", { mode: "number" }).references((): AnyPgColumn => painReports.id, {
      onDelete: "cascade",
    }),
    drill: text("drill"),
    context: text("context"),
    note: text("note"),
    /** The warning signs the member picked (ids of domain/warning-signs.rules.ts); null: not answered. */
    signs: text("signs").array(),
    source: text("source").notNull(),
    reportedAt: instant("reported_at").notNull(),
    localDate: date("local_date", { mode: "string" }).notNull(),
    interactionId: text("interaction_id").unique(),
  },
  (table) => [
    index().on(table.userId, table.reportedAt),
    index().on(table.episodeId),
    check("severity_range", sql`${table.severity} between 0 and 10`),
  ],
);

/**
 * One row per planned direct message. The schedule lives here, not in timers, so a restart or a
 * second process loses and doubles nothing. kind: 'drill' reminder, 'morning-check',
 * 'measure-invite' (measure-invite.rules.ts), or a run's 'warmup' and 'run-check' (slot: the run's
 * slot, domain/run-plan.rules.ts).
 * state: planned -> sending (leased) -> sent | skipped | failed.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    kind: text("kind").notNull().default("drill"),
    localDate: date("local_date", { mode: "string" }).notNull(),
    slot: smallint("slot").notNull(),
    dueAt: instant("due_at").notNull(),
    drill: text("drill").$type<Drill>(),
    /** For a morning check: the episode it follows up, by its first report (null after a new level). */
    painReportId: bigint("pain_report_id", { mode: "number" }).references(() => painReports.id, {
      onDelete: "cascade",
    }),
    state: text("state").notNull().default("planned"),
    leaseUntil: instant("lease_until"),
    attempts: smallint("attempts").notNull().default(0),
    snoozes: smallint("snoozes").notNull().default(0),
    channelId: text("channel_id"),
    messageId: text("message_id"),
    sentAt: instant("sent_at"),
    /** done | pain | snoozed | answer of a morning check; null while unanswered. */
    outcome: text("outcome"),
    answeredAt: instant("answered_at"),
    failureReason: text("failure_reason"),
    createdAt: instant("created_at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex().on(table.userId, table.kind, table.localDate, table.slot),
    // The claim query scans only live rows in due order.
    index("reminders_due_idx").on(table.dueAt).where(sql`${table.state} in ('planned', 'sending')`),
  ],
);

/** Exactly one weekly board per club per week, whatever the number of processes. */
export const weeklyPosts = pgTable(
  "weekly_posts",
  {
    guildId: text("guild_id")
      .notNull()
      .references(() => clubs.guildId, { onDelete: "cascade" }),
    weekStart: date("week_start", { mode: "string" }).notNull(),
    state: text("state").notNull(),
    leaseUntil: instant("lease_until"),
    messageId: text("message_id"),
    postedAt: instant("posted_at"),
    error: text("error"),
  },
  (table) => [primaryKey({ columns: [table.guildId, table.weekStart] })],
);

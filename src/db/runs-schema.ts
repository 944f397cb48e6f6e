import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { instant, members, painReports } from "./schema.js";

/* The tables of planned runs (/runs), apart from schema.ts so that each file stays readable. */

/**
 * A member's planned run (/runs add): weekly on `days`, or once on `localDate`, at `minutes` after
 * local midnight in the member's zone. `slot` numbers the member's runs and is never reused (a removed
 * run stays, with removedAt), since it keys the run's warm-up and check-in rows in reminders.
 */
export const runs = pgTable(
  "runs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    slot: smallint("slot").notNull(),
    /** weekly | once */
    kind: text("kind").notNull(),
    /** ISO weekdays (1 = Monday) of a weekly run. */
    days: smallint("days").array(),
    /** The date of a one-off run. */
    localDate: date("local_date", { mode: "string" }),
    minutes: smallint("minutes").notNull(),
    /** road | trail | downhill */
    terrain: text("terrain").notNull(),
    warmupMinutes: smallint("warmup_minutes").notNull(),
    createdAt: instant("created_at").notNull(),
    removedAt: instant("removed_at"),
  },
  (table) => [
    uniqueIndex().on(table.userId, table.slot),
    check("runs_minutes_range", sql`${table.minutes} between 0 and 1439`),
    check("runs_warmup_range", sql`${table.warmupMinutes} between 5 and 60`),
  ],
);

/**
 * Health data: how the knees were after a run (its check-in's answer), once per run and local date.
 * "fine" is a pain-free run; "sore" and "painful" link the pain report the member then filed.
 */
export const runCheckIns = pgTable(
  "run_check_ins",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    runId: bigint("run_id", { mode: "number" })
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    localDate: date("local_date", { mode: "string" }).notNull(),
    /** fine | sore | painful */
    answer: text("answer").notNull(),
    painReportId: bigint("pain_report_id", { mode: "number" }).references(() => painReports.id, {
      onDelete: "set null",
    }),
    answeredAt: instant("answered_at").notNull(),
  },
  (table) => [uniqueIndex().on(table.runId, table.localDate), index().on(table.userId, table.localDate)],
);

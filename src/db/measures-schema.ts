import { sql } from "drizzle-orm";
import { bigserial, check, date, pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { instant, members } from "./schema.js";

/* The knee-to-wall measures (/measure), apart from schema.ts so that each file stays readable. */

/**
 * Health data: a member's knee-to-wall test (domain/measure.rules.ts), one per local day; a second
 * one the same day replaces it side by side. Millimetres hold the test's one decimal of a centimetre
 * exactly; the checks are the schema's own guard on the range /measure accepts (0-25 cm).
 */
export const measures = pgTable(
  "measures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => members.userId, { onDelete: "cascade" }),
    localDate: date("local_date", { mode: "string" }).notNull(),
    measuredAt: instant("measured_at").notNull(),
    /** Big toe to wall; null for a side not measured. */
    leftMm: smallint("left_mm"),
    rightMm: smallint("right_mm"),
  },
  (table) => [
    uniqueIndex().on(table.userId, table.localDate),
    check("left_mm_range", sql`${table.leftMm} between 0 and 250`),
    check("right_mm_range", sql`${table.rightMm} between 0 and 250`),
    check("a_side_measured", sql`${table.leftMm} is not null or ${table.rightMm} is not null`),
  ],
);

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../../src/db/db-client.js";
import { findMember, upsertMember } from "../../src/db/repos/members.repository.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();

describe("migrations", () => {
  it("create every table of the schema on an empty database", async () => {
    const tables = await queryRows<{ tablename: string }>(
      database.db,
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    );
    expect(tables.map((table) => table.tablename)).toEqual([
      "board_entries",
      "club_members",
      "clubs",
      "guild_welcomes",
      "level_changes",
      "measures",
      "member_attention",
      "member_tips",
      "members",
      "pain_reports",
      "pauses",
      "progressions",
      "reminders",
      "run_check_ins",
      "runs",
      "set_logs",
      "weekly_posts",
    ]);
  });

  it("are idempotent: a second run at start changes nothing", async () => {
    await database.migrate();
    const applied = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    expect(applied[0]?.count).toBeGreaterThan(0);
  });
});

describe("members repository", () => {
  it("creates a member on first use, keeps snowflakes exact, and joins the club", async () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const userId = "987654321098765432"; // beyond Number.MAX_SAFE_INTEGER
    await upsertMember(
      database.db,
      { userId, displayName: "Ana", guild: { id: "123456789012345678", name: "Trail club" } },
      now,
    );
    await upsertMember(database.db, { userId, displayName: "Ana R.", guild: null }, now);
    const member = await findMember(database.db, userId);
    expect(member?.userId).toBe(userId);
    expect(member?.displayName).toBe("Ana R.");
    const memberships = await queryRows<{ guild_id: string }>(
      database.db,
      sql`select guild_id from club_members where user_id = ${userId}`,
    );
    expect(memberships).toEqual([{ guild_id: "123456789012345678" }]);
  });
});

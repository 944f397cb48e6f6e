import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { deleteMemberData, exportMemberData } from "../../src/app/privacy.usecases.js";
import { takeFirstCommandTip, welcomeServer } from "../../src/app/welcome.usecases.js";
import { type Database, openPglite, queryRows } from "../../src/db/db-client.js";
import { upsertMember } from "../../src/db/repos/members.repository.js";
import { ManualClock } from "../support/clock.js";
import { MIGRATIONS_FOLDER } from "../support/database.js";

const clock = new ManualClock("2026-11-24T18:00:00Z");
const guildId = "400000000000000021";
const userId = "300000000000000021";
let dataDir: string;

// One database on disk for the file (a copy of the PGlite template is much cheaper than initdb).
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "dorsi-welcome-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Opens the file's database (as a restarted bot would), migrates, works, closes. */
async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openPglite(dataDir);
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

describe("welcome and tip records", () => {
  it("survive a restart: a server is welcomed and a person tipped once, ever", async () => {
    const posted: string[] = [];
    const poster = {
      async postWelcome() {
        posted.push(guildId);
        return "500000000000000001";
      },
    };
    const first = await withDatabase(async (database) => {
      const deps = createAppDeps(database.db, clock);
      return [await welcomeServer(deps, guildId, poster), await takeFirstCommandTip(deps, userId)];
    });
    const again = await withDatabase(async (database) => {
      const deps = createAppDeps(database.db, clock);
      return [await welcomeServer(deps, guildId, poster), await takeFirstCommandTip(deps, userId)];
    });
    expect(first).toEqual(["posted", true]);
    expect(again).toEqual(["already", false]);
    expect(posted).toHaveLength(1);
  });

  it("the tip is exported and deleted with the member's data", async () => {
    await withDatabase(async (database) => {
      const deps = createAppDeps(database.db, clock);
      await upsertMember(database.db, { userId, displayName: "Tia", guild: null }, clock.now());
      await takeFirstCommandTip(deps, userId);
      const exported = await exportMemberData(deps, userId);
      expect(exported.firstCommandTip).toMatchObject([{ userId }]);
      await deleteMemberData(deps, userId, clock.now().getTime());
      const left = await queryRows(database.db, sql`select * from member_tips where user_id = ${userId}`);
      expect(left).toEqual([]);
    });
  });

  it("the backfill counts servers with a club or members, and existing members, as already met", async () => {
    await withDatabase(async (database) => {
      const old = { userId: "300000000000000022", guildId: "400000000000000022" };
      await upsertMember(
        database.db,
        { userId: old.userId, displayName: "Ola", guild: { id: old.guildId, name: "Old club" } },
        clock.now(),
      );
      const backfill = await readFile(path.join(MIGRATIONS_FOLDER, "0009_welcomed_before.sql"), "utf8");
      for (const statement of backfill.split("--> statement-breakpoint"))
        await database.db.execute(sql.raw(statement));
      const deps = createAppDeps(database.db, clock);
      const poster = { postWelcome: async () => "500000000000000001" };
      expect(await welcomeServer(deps, old.guildId, poster)).toBe("already");
      expect(await takeFirstCommandTip(deps, old.userId)).toBe(false);
    });
  });
});

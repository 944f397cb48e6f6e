import { readdir, readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../../src/db/db-client.js";
import { upsertMember } from "../../src/db/repos/members.repository.js";
import {
  latestLevelChange,
  lockProgression,
  readProgressions,
  saveProgression,
} from "../../src/db/repos/progressions.repository.js";
import { clubCaller } from "../support/callers.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const ana = clubCaller(1, "Ana");
const NOW = new Date("2026-11-24T12:00:00Z");

async function migrationStatements(suffix: string): Promise<string[]> {
  const folder = new URL("../../migrations/", import.meta.url);
  const name = (await readdir(folder)).find((file) => file.endsWith(suffix));
  if (!name) throw new Error(`no migration ending ${suffix}`);
  return (await readFile(new URL(name, folder), "utf8")).split("--> statement-breakpoint");
}

describe("progressions repository", () => {
  it("keeps the practice per day through a save and a locked read", async () => {
    await upsertMember(database.db, ana, NOW);
    const before = await lockProgression(database.db, ana.userId, "flexed-knee", NOW);
    const practice = [
      { date: "2026-11-23", sets: 3 },
      { date: "2026-11-24", sets: 1 },
    ];
    const after = { ...before, repsStep: 2 as const, practice };
    await saveProgression(database.db, ana.userId, before, after, "test", NOW);
    expect(await lockProgression(database.db, ana.userId, "flexed-knee", NOW)).toEqual(after);
    expect((await readProgressions(database.db, ana.userId)).get("flexed-knee")).toMatchObject(after);
  });

  it("reads the latest level change and the first practice date after it", async () => {
    await upsertMember(database.db, ana, NOW);
    expect(await latestLevelChange(database.db, ana.userId, "straight-leg")).toBeNull();
    const start = await lockProgression(database.db, ana.userId, "straight-leg", NOW);
    const up = { ...start, level: 2 as const };
    await saveProgression(database.db, ana.userId, start, up, "test", NOW);
    expect(await latestLevelChange(database.db, ana.userId, "straight-leg")).toEqual({
      fromLevel: 1,
      toLevel: 2,
      firstPracticeAfter: null,
    });
    await database.db.execute(sql`
      insert into set_logs (user_id, drill, sets, level, reps_step, logged_at, local_date, source)
      values (${ana.userId}, 'straight-leg', 1, 2, 1, '2026-11-26T08:00:00Z', '2026-11-26', 'command'),
             (${ana.userId}, 'straight-leg', 1, 2, 1, '2026-11-25T08:00:00Z', '2026-11-25', 'command'),
             (${ana.userId}, 'straight-leg', 1, 1, 1, '2026-11-20T08:00:00Z', '2026-11-20', 'command')`);
    expect(await latestLevelChange(database.db, ana.userId, "straight-leg")).toMatchObject({
      firstPracticeAfter: "2026-11-25",
    });
  });
});

describe("the practice-per-day migration", () => {
  it("shares stored sets over the stored days, at most 3 a day, and keeps none for a progression on hold", async () => {
    const [, convert] = await migrationStatements("_progression_practice_per_day.sql");
    expect(convert).toMatch(/UPDATE "progressions"/);
    await upsertMember(database.db, ana, NOW);
    await upsertMember(database.db, clubCaller(2, "Ben"), NOW);
    await database.db.execute(sql`
      alter table progressions add column pain_free_sets integer not null default 0,
        add column practice_days date[] not null default '{}'`);
    try {
      await database.db.execute(sql`
        insert into progressions (user_id, drill, level, reps_step, pain_free_sets, practice_days, hold_until)
        values (${ana.userId}, 'flexed-knee', 1, 2, 7, '{2026-11-20,2026-11-22}', null),
               (${ana.userId}, 'straight-leg', 2, 1, 20, '{2026-11-21,2026-11-23,2026-11-24}', now() - interval '1 day'),
               ('300000000000000002', 'flexed-knee', 1, 1, 4, '{2026-11-24}', now() + interval '1 day'),
               ('300000000000000002', 'straight-leg', 1, 1, 0, '{}', null)`);
      await database.db.execute(sql.raw(convert ?? ""));
      const rows = await queryRows<{ user_id: string; drill: string; practice: unknown }>(
        database.db,
        sql`select user_id, drill, practice from progressions order by user_id, drill`,
      );
      expect(rows.map((row) => row.practice)).toEqual([
        [
          { date: "2026-11-20", sets: 3 },
          { date: "2026-11-22", sets: 3 },
        ],
        [
          { date: "2026-11-21", sets: 3 },
          { date: "2026-11-23", sets: 3 },
          { date: "2026-11-24", sets: 3 },
        ],
        [],
        [],
      ]);
    } finally {
      await database.db.execute(
        sql`alter table progressions drop column pain_free_sets, drop column practice_days`,
      );
    }
  });
});

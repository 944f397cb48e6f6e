import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite, queryRows } from "../../src/db/db-client.js";
import { MIGRATIONS_FOLDER } from "../support/database.js";

const dataDirs: string[] = [];
afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("PGlite migrations", () => {
  it("recognise a data directory that drizzle's own migrator migrated (DATA_DIRs from before)", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "dorsi-drizzle-migrated-"));
    dataDirs.push(dataDir);
    await (await openPglite(dataDir)).close(); // a cluster, from the install-time template if any
    const older = await PGlite.create(dataDir);
    await migrate(drizzle(older), { migrationsFolder: MIGRATIONS_FOLDER });
    await older.close();

    const database = await openPglite(dataDir);
    await database.migrate();
    const applied = await queryRows(database.db, sql`select hash from drizzle.__drizzle_migrations`);
    expect(applied).toHaveLength(readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length);
    await database.close();
  }, 60_000);
});

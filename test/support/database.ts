import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type Database, openPglite, openPostgres, queryRows } from "../../src/db/db-client.js";

/**
 * A fresh, migrated database for one test file: embedded PGlite by default, or a new database on
 * the PostgreSQL server at TEST_DATABASE_URL (one per file, so parallel files never collide).
 */
export interface TestDatabase extends Database {
  /** Where other processes reach it: the PostgreSQL database's URL; null for embedded PGlite. */
  readonly url: string | null;
  /** Empties every table between tests. */
  reset(): Promise<void>;
  /** Closes and, on PostgreSQL, drops the database. */
  destroy(): Promise<void>;
}

/** The committed migrations, as the bot applies them at start. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../migrations", import.meta.url));

export const usingPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const { database, url, drop } = serverUrl
    ? await createPostgresDatabase(serverUrl)
    : await createPgliteDatabase();
  await database.migrate();
  return {
    ...database,
    url,
    async reset() {
      const tables = await queryRows<{ tablename: string }>(
        database.db,
        sql`select tablename from pg_tables where schemaname = 'public'`,
      );
      const names = tables.map((table) => `"${table.tablename}"`).join(", ");
      await database.db.execute(sql.raw(`truncate ${names} restart identity cascade`));
    },
    async destroy() {
      await database.close();
      await drop();
    },
  };
}

async function createPgliteDatabase() {
  return { database: await openPglite(undefined), url: null, drop: async () => {} };
}

async function createPostgresDatabase(serverUrl: string) {
  const name = `dorsi_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdmin(serverUrl, (admin) => admin.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    database: openPostgres(url.toString()),
    url: url.toString(),
    drop: () => withAdmin(serverUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * One fresh database for the calling test file, emptied before each test. Call at the top level of
 * the file, before other hooks, so that each test starts from empty tables.
 */
export function useTestDatabase(): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(async () => {
    await current?.destroy();
  });
  beforeEach(async () => {
    await current?.reset();
  });
  return new Proxy({} as TestDatabase, {
    get(_target, key) {
      if (!current) throw new Error("the test database opens in beforeAll; use it inside hooks and tests");
      return Reflect.get(current, key);
    },
  });
}

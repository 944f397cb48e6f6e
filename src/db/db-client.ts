import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { type SQL, sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import {
  copyPgliteTemplate,
  PGLITE_TEMPLATE_ROOT,
  pgliteTemplateDump,
  removePgliteTemplateCopy,
} from "./pglite-template.js";
import * as schema from "./schema.js";

/** One type for both engines: repositories never know which one they talk to. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  readonly db: Db;
  readonly engine: "postgres" | "pglite";
  /** Applies committed migrations; safe when several processes start at once. */
  migrate(): Promise<void>;
  /** Cheap round trip for health checks. */
  ping(): Promise<void>;
  /** Connection pool use, for metrics; null for the embedded database (one connection). */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../migrations", import.meta.url));

/** Raw SQL rows; both drivers return `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export function openPostgres(url: string, migrationsFolder = MIGRATIONS_FOLDER): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    engine: "postgres",
    async migrate() {
      // One process migrates at a time; the others wait and then find nothing to do.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock(7345112)");
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock(7345112)").catch(() => {});
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}

/** Embedded PostgreSQL (WASM) persisted under dataDir, or in memory when dataDir is undefined. */
export async function openPglite(
  dataDir: string | undefined,
  migrationsFolder = MIGRATIONS_FOLDER,
  templateRoot = PGLITE_TEMPLATE_ROOT,
): Promise<Database> {
  // Loaded only when used: a PostgreSQL deployment never needs the WASM engine's memory.
  const engine = import("@electric-sql/pglite");
  const [client, { drizzle: drizzlePglite }] = await Promise.all([
    dataDir ? openPgliteOnDisk(engine, dataDir, templateRoot) : openPgliteInMemory(engine, templateRoot),
    import("drizzle-orm/pglite"),
  ]);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: "pglite",
    migrate: () => migratePglite(client, migrationsFolder),
    async ping() {
      await client.query("select 1");
    },
    poolStats: () => null,
    close: () => client.close(),
  };
}

type PgliteModule = Promise<typeof import("@electric-sql/pglite")>;

/** A first start copies the install's template (while the engine loads) instead of running initdb. */
async function openPgliteOnDisk(
  engine: PgliteModule,
  dataDir: string,
  templateRoot: string,
): Promise<PGlite> {
  const [{ PGlite }, fromTemplate] = await Promise.all([
    engine,
    mkdir(dataDir, { recursive: true }).then(() =>
      // A template this user cannot read (e.g. installed by another user): initdb instead.
      copyPgliteTemplate(dataDir, templateRoot).catch(async () => {
        await removePgliteTemplateCopy(dataDir, templateRoot);
        return false;
      }),
    ),
  ]);
  return PGlite.create(dataDir).catch(async (error: unknown) => {
    if (!fromTemplate) throw error;
    // A damaged template: remove the copy, so that PGlite runs initdb instead.
    await removePgliteTemplateCopy(dataDir, templateRoot);
    return PGlite.create(dataDir);
  });
}

/** In memory (tests, the demo): from the template's tarball when the install made one, else initdb. */
async function openPgliteInMemory(engine: PgliteModule, templateRoot: string): Promise<PGlite> {
  const [{ PGlite }, dump] = await Promise.all([engine, pgliteTemplateDump(templateRoot)]);
  if (!dump) return PGlite.create();
  // A damaged tarball: initdb, as without one.
  return PGlite.create({ loadDataDir: dump }).catch(() => PGlite.create());
}

/**
 * drizzle's migrator, but each migration goes to PGlite as one multi-statement query, which the
 * extended protocol makes much faster than statement by statement. Same bookkeeping table and rule
 * as drizzle's, so either migrator recognises the other's databases.
 */
async function migratePglite(client: PGlite, migrationsFolder: string): Promise<void> {
  await client.exec(`
    create schema if not exists drizzle;
    create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`);
  const { rows } = await client.query<{ created_at: string }>(
    "select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1",
  );
  const lastApplied = rows[0] ? Number(rows[0].created_at) : Number.NEGATIVE_INFINITY;
  const pending = readMigrationFiles({ migrationsFolder }).filter(
    (migration) => migration.folderMillis > lastApplied,
  );
  if (pending.length === 0) return;
  await client.transaction(async (tx) => {
    for (const migration of pending) {
      // A line break before each separator: a statement may end in a comment.
      await tx.exec(migration.sql.join("\n;\n"));
      await tx.query("insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)", [
        migration.hash,
        migration.folderMillis,
      ]);
    }
  });
}

export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

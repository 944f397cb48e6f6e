import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, queryRows } from "../../src/db/db-client.js";
import { copyPgliteTemplate, pgliteTemplateDir } from "../../src/db/pglite-template.js";
import { MIGRATIONS_FOLDER } from "../support/database.js";

const script = fileURLToPath(new URL("../../scripts/pglite-template.mjs", import.meta.url));
const makeTemplate = (root: string) => promisify(execFile)(process.execPath, [script, root]);

let workDir: string;
let templateRoot: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "dorsi-template-"));
  templateRoot = path.join(workDir, "templates");
  // A template left by an older PGlite, which the script clears away.
  await mkdir(path.join(templateRoot, "pglite-0.0.1"), { recursive: true });
  await makeTemplate(templateRoot);
}, 60_000);
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const tableNames = async (database: Awaited<ReturnType<typeof openPglite>>) =>
  (
    await queryRows<{ tablename: string }>(
      database.db,
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).map((row) => row.tablename);

/** initdb gives each cluster its own identifier; a copy or a load of the template keeps the template's. */
async function clusterId(database: Awaited<ReturnType<typeof openPglite>>): Promise<string | undefined> {
  const [control] = await queryRows<{ id: string }>(
    database.db,
    sql`select system_identifier::text as id from pg_control_system()`,
  );
  return control?.id;
}

async function templateClusterId(): Promise<string> {
  const control = await readFile(path.join(await pgliteTemplateDir(templateRoot), "global", "pg_control"));
  return control.readBigUInt64LE(0).toString();
}

describe("the PGlite cluster template made at install", () => {
  it("is named after the installed PGlite version, and replaces other versions' templates", async () => {
    const name = path.basename(await pgliteTemplateDir(templateRoot));
    expect((await readdir(templateRoot)).sort()).toEqual([name, `${name}.tar`]);
    const { stdout } = await makeTemplate(templateRoot);
    expect(stdout).toContain("already there");
  });

  it("becomes a first start's database, migrated, and still holds its data at the next start", async () => {
    const dataDir = path.join(workDir, "data");
    const first = await openPglite(dataDir, MIGRATIONS_FOLDER, templateRoot);
    await first.migrate();
    expect(await tableNames(first)).toContain("members");
    // initdb gives each cluster its own identifier: this one is the template's.
    expect(await clusterId(first)).toBe(await templateClusterId());
    await first.db.execute(sql`create table kept (note text)`);
    await first.db.execute(sql`insert into kept values ('written at the first start')`);
    await first.close();

    const restart = await openPglite(dataDir, MIGRATIONS_FOLDER, templateRoot);
    await restart.migrate();
    expect(await queryRows(restart.db, sql`select note from kept`)).toEqual([
      { note: "written at the first start" },
    ]);
    await restart.close();
  });

  it("is never copied over an existing database", async () => {
    const dataDir = path.join(workDir, "data");
    expect(await copyPgliteTemplate(dataDir, templateRoot)).toBe(false);
  });

  it("is what an in-memory database (tests, the demo) loads, from its tarball", async () => {
    const database = await openPglite(undefined, MIGRATIONS_FOLDER, templateRoot);
    await database.migrate();
    expect(await tableNames(database)).toContain("members");
    expect(await clusterId(database)).toBe(await templateClusterId());
    await database.close();
  });

  it("a damaged tarball gives way to initdb in memory too", async () => {
    const damagedRoot = path.join(workDir, "damaged-tarball");
    await mkdir(damagedRoot, { recursive: true });
    await writeFile(`${await pgliteTemplateDir(damagedRoot)}.tar`, "not a tarball");
    const database = await openPglite(undefined, MIGRATIONS_FOLDER, damagedRoot);
    await database.migrate();
    expect(await tableNames(database)).toContain("members");
    expect(await clusterId(database)).not.toBe(await templateClusterId());
    await database.close();
  }, 60_000);

  it("when damaged, gives way to a normal initdb", async () => {
    const damagedRoot = path.join(workDir, "damaged");
    const damaged = await pgliteTemplateDir(damagedRoot);
    await mkdir(path.join(damaged, "global"), { recursive: true });
    await writeFile(
      path.join(damaged, "PG_VERSION"),
      await readFile(path.join(await pgliteTemplateDir(templateRoot), "PG_VERSION")),
    );
    await writeFile(path.join(damaged, "global", "pg_control"), "not a control file");

    const database = await openPglite(
      path.join(workDir, "data-from-damaged"),
      MIGRATIONS_FOLDER,
      damagedRoot,
    );
    await database.migrate();
    expect(await tableNames(database)).toContain("members");
    await database.close();
  }, 60_000);
});

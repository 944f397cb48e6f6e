// Makes the pristine PGlite cluster that a first start copies instead of running initdb (see
// src/db/pglite-template.ts, whose directory naming this follows). Run by `postinstall`, so plain
// JavaScript: production installs have no tsx. Never fails the install: without a template, a first
// start runs initdb as it always did. Usage: node scripts/pglite-template.mjs [template root]
import { access, chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = process.argv[2] ?? fileURLToPath(new URL("../node_modules/.cache/dorsi", import.meta.url));

async function installedPgliteVersion() {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const manifest = path.join(path.dirname(entry), "..", "package.json");
  return JSON.parse(await readFile(manifest, "utf8")).version;
}

async function makeTemplate() {
  const name = `pglite-${await installedPgliteVersion()}`;
  const target = path.join(root, name);
  const dump = `${target}.tar`;
  const missing = await Promise.all([path.join(target, "PG_VERSION"), dump].map((file) => access(file))).then(
    () => false,
    () => true,
  );
  if (missing) {
    await mkdir(root, { recursive: true });
    // initdb into a scratch directory renamed into place: a template is either complete or absent.
    const scratch = await mkdtemp(path.join(root, "scratch-"));
    try {
      const { PGlite } = await import("@electric-sql/pglite");
      const pglite = await PGlite.create(scratch);
      // The same cluster as a tarball, for in-memory databases (tests, the demo) to load.
      const tarball = await pglite.dumpDataDir("none");
      await pglite.close();
      await chmod(scratch, 0o755); // mkdtemp's 0700 would hide it from an unprivileged runtime user
      await writeFile(`${scratch}.tar`, Buffer.from(await tarball.arrayBuffer()), { mode: 0o644 });
      await rm(target, { recursive: true, force: true });
      await rename(`${scratch}.tar`, dump);
      await rename(scratch, target);
    } finally {
      await rm(scratch, { recursive: true, force: true });
      await rm(`${scratch}.tar`, { force: true });
    }
  }
  // Templates of other PGlite versions are never used again.
  const current = [name, `${name}.tar`];
  const stale = (await readdir(root)).filter(
    (entry) => entry.startsWith("pglite-") && !current.includes(entry),
  );
  await Promise.all(stale.map((entry) => rm(path.join(root, entry), { recursive: true, force: true })));
  return missing ? `made ${target}` : `already there: ${target}`;
}

try {
  console.log(`PGlite cluster template ${await makeTemplate()}`);
} catch (error) {
  console.warn(`PGlite cluster template not made (first starts will run initdb): ${error}`);
}

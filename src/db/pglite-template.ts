import { access, cp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A pristine PGlite cluster (initdb's output, no tables yet), made once per install by
 * scripts/pglite-template.mjs, that a first start copies into its empty DATA_DIR instead of running
 * initdb. Why: initdb in WASM costs 3-8 s of CPU; copying its ~40 MB result costs ~0.4 s, mostly in
 * libuv's threads. The committed migrations still run on the copy exactly as on a fresh initdb.
 * Trade-off: ~40 MB under node_modules/.cache and a few seconds more per `npm ci`. Without a
 * template for this very PGlite version (install scripts skipped, PGlite upgraded by hand), the
 * first start simply runs initdb as before.
 */
export const PGLITE_TEMPLATE_ROOT = fileURLToPath(
  new URL("../../node_modules/.cache/dorsi", import.meta.url),
);

/** Where the template for the installed PGlite lives; scripts/pglite-template.mjs writes there. */
export async function pgliteTemplateDir(root = PGLITE_TEMPLATE_ROOT): Promise<string> {
  return path.join(root, `pglite-${await installedPgliteVersion()}`);
}

async function installedPgliteVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const manifest = path.join(path.dirname(entry), "..", "package.json");
  const { version } = JSON.parse(await readFile(manifest, "utf8")) as { version: string };
  return version;
}

/** PGlite's own test for an initialised cluster, under which it would run initdb. */
export async function hasCluster(dataDir: string): Promise<boolean> {
  return exists(path.join(dataDir, "PG_VERSION"));
}

/**
 * Copies the template into dataDir when dataDir holds no cluster yet; true if it did. PG_VERSION,
 * which marks a cluster as complete, is copied last, so an interrupted copy is simply redone.
 */
export async function copyPgliteTemplate(dataDir: string, root = PGLITE_TEMPLATE_ROOT): Promise<boolean> {
  const template = await pgliteTemplateDir(root);
  if ((await hasCluster(dataDir)) || !(await hasCluster(template))) return false;
  const marker = path.join(template, "PG_VERSION");
  await cp(template, dataDir, { recursive: true, filter: (source) => source !== marker });
  await cp(marker, path.join(dataDir, "PG_VERSION"));
  return true;
}

/** Undoes copyPgliteTemplate: removes what it copied into dataDir, and nothing else. */
export async function removePgliteTemplateCopy(dataDir: string, root = PGLITE_TEMPLATE_ROOT): Promise<void> {
  const entries = await readdir(await pgliteTemplateDir(root));
  await Promise.all(entries.map((entry) => rm(path.join(dataDir, entry), { recursive: true, force: true })));
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

import type { Dirent } from "node:fs";
import { access, copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A pristine PGlite cluster made once per install (scripts/pglite-template.mjs), copied into an
 * empty DATA_DIR at first start (or loaded from its tarball into memory) because that is much cheaper
 * than initdb in WASM. Without a template for the installed PGlite version, initdb runs.
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

/**
 * The template as PGlite's own tarball, which an in-memory database loads instead of running initdb
 * (about a quarter of the time); null when the install made none.
 */
export async function pgliteTemplateDump(root = PGLITE_TEMPLATE_ROOT): Promise<Blob | null> {
  const data = await readFile(`${await pgliteTemplateDir(root)}.tar`).catch(() => null);
  return data && new Blob([data]);
}

/** PGlite's own test for an initialised cluster, under which it would run initdb. */
export async function hasCluster(dataDir: string): Promise<boolean> {
  return exists(path.join(dataDir, "PG_VERSION"));
}

/**
 * All files at once, so that libuv's threads share the work; PG_VERSION, which marks a cluster
 * complete, last, so that an interrupted copy is done again at the next start.
 */
export async function copyPgliteTemplate(dataDir: string, root = PGLITE_TEMPLATE_ROOT): Promise<boolean> {
  const template = await pgliteTemplateDir(root);
  if ((await hasCluster(dataDir)) || !(await hasCluster(template))) return false;
  const entries = await readdir(template, { recursive: true, withFileTypes: true });
  const inTemplate = (entry: Dirent) => path.relative(template, path.join(entry.parentPath, entry.name));
  const directories = entries.filter((entry) => entry.isDirectory()).map(inTemplate);
  const files = entries.filter((entry) => entry.isFile()).map(inTemplate);
  await Promise.all(
    directories.map((directory) => mkdir(path.join(dataDir, directory), { recursive: true })),
  );
  const copy = (file: string) => copyFile(path.join(template, file), path.join(dataDir, file));
  await Promise.all(files.filter((file) => file !== "PG_VERSION").map(copy));
  await copy("PG_VERSION");
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

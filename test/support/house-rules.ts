import { posix } from "node:path";
import ts from "typescript";
import type { ImportEdge, SourceFile } from "./source-tree.js";

/**
 * The house rules of issue 12 as functions from parsed files to violations, one line each, that
 * start with the offending file's path. test/unit/architecture.test.ts runs them on src/.
 */

const inFolder = (path: string, folder: string) => path.startsWith(`${folder}/`);
const isPackage = (edge: ImportEdge, name: string) =>
  edge.target === null && (edge.specifier === name || edge.specifier.startsWith(`${name}/`));

/** The domain is pure: it imports nothing of ours outside src/domain (packages such as Luxon are fine). */
export function domainImportViolations(files: readonly SourceFile[]): string[] {
  return files
    .filter((file) => inFolder(file.path, "src/domain"))
    .flatMap((file) =>
      file.imports
        .filter((edge) => edge.target !== null && !inFolder(edge.target, "src/domain"))
        .map((edge) => `${file.path} imports ${edge.specifier}`),
    );
}

/** Calls that build or run a query on a database handle; in src/app only repositories may make them. */
const QUERY_METHODS = new Set(["select", "selectDistinct", "insert", "update", "delete", "execute", "query"]);
const DATABASE_HANDLE = /^(?:db|tx|deps\.db)$/;

/**
 * Use cases know no Discord, no scheduler and no SQL: they reach the database only through
 * src/db/repos. A type-only import of `Db` from src/db/db-client is allowed: it is erased at build
 * time and is how a use case holds the transaction it hands to repositories; what would let it write
 * a query (drizzle-orm, the tables of src/db/*schema.ts, a query call on the handle) is refused.
 */
export function appImportViolations(files: readonly SourceFile[]): string[] {
  return files
    .filter((file) => inFolder(file.path, "src/app"))
    .flatMap((file) => [
      ...file.imports.filter(forbiddenInApp).map((edge) => `${file.path} imports ${edge.specifier}`),
      ...queryCalls(file).map((call) => `${file.path} queries the database: ${call}`),
    ]);
}

function forbiddenInApp(edge: ImportEdge): boolean {
  if (["discord.js", "@discordjs", "drizzle-orm"].some((name) => isPackage(edge, name))) return true;
  if (edge.target === null) return false;
  if (edge.target === "src/db/db-client.ts") return !edge.typeOnly;
  return (
    /^src\/db\/([a-z-]+-)?schema\.ts$/.test(edge.target) ||
    inFolder(edge.target, "src/scheduler") ||
    inFolder(edge.target, "src/discord")
  );
}

function queryCalls(file: SourceFile): string[] {
  const calls: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      QUERY_METHODS.has(node.name.text) &&
      DATABASE_HANDLE.test(node.expression.getText(file.ast))
    ) {
      calls.push(node.getText(file.ast).replace(/\s+/g, ""));
    }
    ts.forEachChild(node, visit);
  };
  visit(file.ast);
  return calls;
}

/** Folders of feature files, and the suffix that names their layer. */
const LAYER_SUFFIXES: readonly (readonly [folder: string, suffix: string])[] = [
  ["src/domain", ".rules.ts"],
  ["src/app", ".usecases.ts"],
  ["src/db/repos", ".repository.ts"],
  ["src/scheduler", ".job.ts"],
  ["src/discord/commands", ".command.ts"],
  ["src/discord/components", ".component.ts"],
  ["src/discord/render", ".render.ts"],
  ["src/i18n/catalogs", ".catalog.ts"],
];

/** Files a whole layer shares, in the folders above: no feature, so no suffix. */
const SHARED_FILES = new Set([
  "src/app/clock.ts",
  "src/app/deps.ts",
  "src/app/errors.ts",
  "src/domain/result.ts",
  "src/domain/time-units.ts",
  "src/discord/commands/index.ts",
  "src/discord/commands/drill.option.ts",
  "src/discord/commands/timezone.option.ts",
  "src/scheduler/ticker.ts",
]);

/** Folders of plumbing (the composition root, clients, router, schema): plain names. */
const PLUMBING_FOLDERS = new Set(["src", "src/db", "src/discord", "src/http", "src/i18n"]);

/** A locale's catalog folder: its files are named by the folder and the file together. */
const isCatalog = (path: string) => /^src\/i18n\/catalogs\/[^/]+\/[^/]+$/.test(path);
const isCatalogIndex = (path: string) => isCatalog(path) && posix.basename(path) === "index.ts";

/**
 * Every feature file carries its layer's suffix, everything else sits in a plumbing folder, and no
 * two files in src share a name (an editor tab or a stack trace names the file without its folder).
 */
export function fileNameViolations(files: readonly SourceFile[]): string[] {
  const misnamed = files.flatMap(({ path }) => {
    if (SHARED_FILES.has(path) || isCatalogIndex(path)) return [];
    const layer = LAYER_SUFFIXES.find(([folder]) => inFolder(path, folder));
    if (layer) return path.endsWith(layer[1]) ? [] : [`${path} lacks the suffix ${layer[1]}`];
    return PLUMBING_FOLDERS.has(posix.dirname(path)) ? [] : [`${path} is in no layer folder`];
  });
  const byName = new Map<string, string[]>();
  for (const { path } of files) {
    if (isCatalog(path)) continue;
    const name = posix.basename(path);
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  const twins = [...byName.values()]
    .filter((paths) => paths.length > 1)
    .map((paths) => `${paths[0]} shares its name with ${paths.slice(1).join(", ")}`);
  return [...misnamed, ...twins];
}

export const MAX_LINES = 300;

/** No file a person cannot hold in their head; catalogs and the files in `dataTables` aside. */
export function fileLengthViolations(files: readonly SourceFile[], dataTables: readonly string[]): string[] {
  return files
    .filter((file) => !inFolder(file.path, "src/i18n/catalogs") && !dataTables.includes(file.path))
    .filter((file) => file.lineCount > MAX_LINES)
    .map((file) => `${file.path} has ${file.lineCount} lines`);
}

const TIME_UNIT_DEFINITION = /\bconst\s+(?:SECOND|MINUTE|HOUR|DAY|WEEK)_MS\s*=/g;
const TIME_UNIT_LITERAL = /\b(?:60_?000|3_?600_?000|86_?400_?000|604_?800_?000)\b/g;

/** Durations in milliseconds are written with src/domain/time-units.ts, and defined only there. */
export function timeUnitViolations(files: readonly SourceFile[]): string[] {
  return files
    .filter((file) => file.path !== "src/domain/time-units.ts")
    .flatMap((file) =>
      [...file.text.matchAll(TIME_UNIT_DEFINITION), ...file.text.matchAll(TIME_UNIT_LITERAL)].map(
        (match) => `${file.path} writes its own time unit: ${match[0]}`,
      ),
    );
}

/**
 * The exports of `files` that no other file imports, among them or among `consumers`, as
 * "path:name". A name counts as used when another file imports it, imports the whole module, or
 * imports it through a file that forwards it (`export { x } from`, `export * from`).
 */
export function unusedExports(files: readonly SourceFile[], consumers: readonly SourceFile[] = []): string[] {
  const used = new Map<string, Set<string>>();
  const use = (path: string, name: string): boolean => {
    const names = used.get(path) ?? new Set<string>();
    used.set(path, names);
    if (names.has(name)) return false;
    names.add(name);
    return true;
  };
  for (const file of [...files, ...consumers]) {
    for (const edge of file.imports) {
      if (!edge.target || edge.target === file.path) continue;
      for (const name of edge.names === "*" ? ["*"] : edge.names) use(edge.target, name);
    }
  }
  // Follow forwards until nothing new is used.
  for (let changed = true; changed; ) {
    changed = false;
    for (const file of files) {
      const names = used.get(file.path);
      if (!names) continue;
      for (const forward of file.forwards) {
        const wanted =
          forward.as === "*"
            ? [...names].filter((name) => name === "*" || !file.exports.includes(name))
            : names.has(forward.as) || names.has("*")
              ? [forward.name]
              : [];
        for (const name of wanted) changed = use(forward.target, name) || changed;
      }
    }
  }
  return files.flatMap((file) => {
    const names = used.get(file.path) ?? new Set<string>();
    if (names.has("*")) return [];
    const declared = [...file.exports, ...file.forwards.filter((f) => f.as !== "*").map((f) => f.as)];
    return declared.filter((name) => !names.has(name)).map((name) => `${file.path}:${name}`);
  });
}

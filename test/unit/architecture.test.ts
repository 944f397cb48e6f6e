import { describe, expect, it } from "vitest";
import {
  appImportViolations,
  domainImportViolations,
  fileLengthViolations,
  fileNameViolations,
  timeUnitViolations,
  unusedExports,
} from "../support/house-rules.js";
import { parseSource, readSourceTree, type SourceFile } from "../support/source-tree.js";

/**
 * Offenders that other branches of issue 12 are fixing right now. The lead empties each list as
 * those branches merge; an entry that no longer offends fails the test, so none outlives its reason.
 */
const KNOWN_UNTIL_MERGE: Record<
  "appImports" | "fileLengths" | "timeUnits" | "unusedExports",
  readonly string[]
> = {
  appImports: [],
  fileLengths: [],
  timeUnits: [],
  unusedExports: [],
};

/** Files that are only a table of data, allowed past the length limit. */
const DATA_TABLES: readonly string[] = ["src/domain/note-sign-words.rules.ts"];

/** Rule tables that tests read row by row, as the safety review asks, besides the code that applies them. */
const TABLES_READ_BY_TESTS = [
  "src/domain/warning-signs.rules.ts:WARNING_SIGN_TABLE",
  "src/domain/warning-signs.rules.ts:SIGN_COMBINATIONS",
];

const src = readSourceTree("src");
/** npm scripts that run the product (`npm run bench`, `npm run demo`) use it as src does; tests do not. */
const tools = [...readSourceTree("bench"), ...readSourceTree("scripts")];

const matches = (violation: string, entry: string) =>
  violation === entry || violation.startsWith(`${entry} `);

function expectOnly(violations: readonly string[], known: readonly string[]): void {
  expect(violations.filter((violation) => !known.some((entry) => matches(violation, entry)))).toEqual([]);
  const cured = known.filter((entry) => !violations.some((violation) => matches(violation, entry)));
  expect(cured, "no longer offending: remove from KNOWN_UNTIL_MERGE").toEqual([]);
}

describe("the house rules hold in src/", () => {
  it("the domain imports nothing of ours outside src/domain", () => {
    expect(domainImportViolations(src)).toEqual([]);
  });

  it("use cases import no discord.js, drizzle, schema, db client or scheduler, and write no query", () => {
    expectOnly(appImportViolations(src), KNOWN_UNTIL_MERGE.appImports);
  });

  it("every feature file names its layer, and no two files share a name", () => {
    expect(fileNameViolations(src)).toEqual([]);
  });

  it("no file is longer than 300 lines, catalogs and data tables aside", () => {
    expectOnly(fileLengthViolations(src, DATA_TABLES), KNOWN_UNTIL_MERGE.fileLengths);
  });

  it("durations in milliseconds come from src/domain/time-units.ts", () => {
    expectOnly(timeUnitViolations(src), KNOWN_UNTIL_MERGE.timeUnits);
  });

  it("every export is used by another file of src (or by bench/ or scripts/), not only by tests", () => {
    expectOnly(unusedExports(src, tools), [...KNOWN_UNTIL_MERGE.unusedExports, ...TABLES_READ_BY_TESTS]);
  });
});

/** A small tree of planted files: each rule must be able to fail. */
const tree = (files: Record<string, string>): SourceFile[] =>
  Object.entries(files).map(([path, text]) => parseSource(path, text));

describe("each rule catches a planted violation", () => {
  it("domain: an import from another layer, not a package", () => {
    const planted = tree({
      "src/domain/a.rules.ts": 'import { DateTime } from "luxon";\nimport { b } from "./b.rules.js";',
      "src/domain/c.rules.ts": 'import type { Message } from "../i18n/i18n.js";',
    });
    expect(domainImportViolations(planted)).toEqual(["src/domain/c.rules.ts imports ../i18n/i18n.js"]);
  });

  it("app: drizzle, the schema, a value from the db client, the scheduler, a query; not a type-only Db", () => {
    const planted = tree({
      "src/app/fine.usecases.ts":
        'import type { Db } from "../db/db-client.js";\nexport const f = (db: Db) => db;',
      "src/app/bad.usecases.ts": [
        'import { eq } from "drizzle-orm";',
        'import type { members } from "../db/schema.js";',
        'import { queryRows } from "../db/db-client.js";',
        'import type { Ticker } from "../scheduler/ticker.js";',
        "await deps.db\n  .select().from(members);",
      ].join("\n"),
    });
    expect(appImportViolations(planted)).toEqual([
      "src/app/bad.usecases.ts imports drizzle-orm",
      "src/app/bad.usecases.ts imports ../db/schema.js",
      "src/app/bad.usecases.ts imports ../db/db-client.js",
      "src/app/bad.usecases.ts imports ../scheduler/ticker.js",
      "src/app/bad.usecases.ts queries the database: deps.db.select",
    ]);
  });

  it("names: a missing suffix, a file outside the layers, a shared name; not catalogs in two locales", () => {
    const planted = tree({
      "src/app/reminders.ts": "",
      "src/utils/misc.ts": "",
      "src/discord/notices.ts": "",
      "src/http/notices.ts": "",
      "src/i18n/catalogs/de/pain.catalog.ts": "",
      "src/i18n/catalogs/fr/pain.catalog.ts": "",
    });
    expect(fileNameViolations(planted)).toEqual([
      "src/app/reminders.ts lacks the suffix .usecases.ts",
      "src/utils/misc.ts is in no layer folder",
      "src/discord/notices.ts shares its name with src/http/notices.ts",
    ]);
  });

  it("length: 301 lines, unless a catalog or a listed data table", () => {
    const long = "x;\n".repeat(301);
    const planted = tree({
      "src/domain/long.rules.ts": long,
      "src/domain/ok.rules.ts": "x;\n".repeat(300),
      "src/domain/zones.rules.ts": long,
      "src/i18n/catalogs/de/pain.catalog.ts": long,
    });
    expect(fileLengthViolations(planted, ["src/domain/zones.rules.ts"])).toEqual([
      "src/domain/long.rules.ts has 301 lines",
    ]);
  });

  it("time units: a definition or a literal outside time-units.ts", () => {
    const planted = tree({
      "src/domain/time-units.ts": "export const HOUR_MS = 3_600_000;",
      "src/app/a.usecases.ts": "const DAY_MS = 86400000;",
    });
    expect(timeUnitViolations(planted)).toEqual([
      "src/app/a.usecases.ts writes its own time unit: const DAY_MS =",
      "src/app/a.usecases.ts writes its own time unit: 86400000",
    ]);
  });

  it("exports: one no other file imports, directly, through a forward or a namespace", () => {
    const planted = tree({
      "src/a.ts": "export function used() {}\nexport function onlyTests() {}\nexport type Shape = {};",
      "src/b.ts": 'export { used } from "./a.js";\nexport * from "./c.js";',
      "src/c.ts": "export const viaStar = 1;\nexport const unread = 2;",
      "src/d.ts": "export const wholeModule = 1;",
      "src/main.ts":
        'import { used, viaStar } from "./b.js";\nimport type { Shape } from "./a.js";\nconst d = await import("./d.js");',
    });
    expect(unusedExports(planted)).toEqual(["src/a.ts:onlyTests", "src/c.ts:unread"]);
    const bench = tree({ "bench/x.ts": 'import { onlyTests } from "../src/a.js";' });
    expect(unusedExports(planted, bench)).toEqual(["src/c.ts:unread"]);
  });
});

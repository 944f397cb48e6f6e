/**
 * `npm run bench [-- --quick]`: the database suites, then the Discord suites, on a scratch database
 * of the PostgreSQL server at BENCH_DATABASE_URL (dropped at the end); prints one Markdown table.
 */
import { openPostgres } from "../src/db/db-client.js";
import { databaseBenchmarks } from "./database.js";
import { createScratchDatabase, DEFAULT_SERVER_URL } from "./support.js";
import { type BenchRow, formatBenchTable } from "./table.js";

type DiscordBenchmarks = (options: {
  quick: boolean;
  databaseUrl: string;
  only: string | undefined;
}) => Promise<BenchRow[]>;

async function loadDiscordBenchmarks(): Promise<DiscordBenchmarks | string> {
  // A variable specifier: the Discord suites are optional, and tsc must not require the file.
  const path = "./discord.js";
  try {
    const module = (await import(path)) as { discordBenchmarks?: DiscordBenchmarks };
    return module.discordBenchmarks ?? "bench/discord.ts exports no discordBenchmarks";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND") return "bench/discord.ts not found";
    throw error;
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  // --only=<suite> runs the suites (database and Discord) whose function name contains it.
  const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL;
  const started = Date.now();
  const scratch = await createScratchDatabase(serverUrl);
  const rows: BenchRow[] = [];
  try {
    const database = openPostgres(scratch.url);
    await database.migrate();
    await database.close();
    rows.push(...(await databaseBenchmarks({ quick, databaseUrl: scratch.url, only })));
    const discord = await loadDiscordBenchmarks();
    if (typeof discord === "string") {
      rows.push({ name: "Discord suites", value: "skipped", goal: "", ratio: discord, ok: false });
    } else {
      rows.push(...(await discord({ quick, databaseUrl: scratch.url, only })));
    }
  } finally {
    await scratch.drop();
  }
  console.log(formatBenchTable(rows));
  console.log(`\n${quick ? "quick" : "full"} run in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();

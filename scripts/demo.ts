/**
 * npm run demo [-- --members N --days D --seed S]
 *
 * A club simulated through the real app layer on an in-memory database and a virtual clock; no
 * Discord token needed. The same seed prints the same transcript.
 */
import { DEMO_DEFAULTS, type DemoOptions, runDemo } from "./demo-sim.js";

const LIMITS = { members: [1, 500], days: [1, 90], seed: [0, 2 ** 32 - 1] } as const;

function parseArgs(argv: readonly string[]): DemoOptions {
  const options: { -readonly [K in keyof DemoOptions]: number } = { ...DEMO_DEFAULTS };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (arg === "--help" || arg === "-h") {
      console.log("Usage: npm run demo -- [--members N (20)] [--days D (14)] [--seed S (42)]");
      process.exit(0);
    }
    const match = /^--(members|days|seed)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unknown option ${arg}. Try --members N, --days D or --seed S.`);
    const key = match[1] as keyof DemoOptions;
    const raw = match[2] ?? argv[++index];
    const value = Number(raw);
    const [min, max] = LIMITS[key];
    if (raw === undefined || !Number.isInteger(value) || value < min || value > max) {
      throw new Error(`--${key} needs a whole number from ${min} to ${max}, got ${raw ?? "nothing"}.`);
    }
    options[key] = value;
  }
  return options;
}

try {
  await runDemo(parseArgs(process.argv.slice(2)), (line) => console.log(line));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

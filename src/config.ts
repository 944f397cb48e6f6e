import { z } from "zod";

/** Where an operator gets a token; printed when DISCORD_TOKEN is missing. */
const MISSING_TOKEN_MESSAGE =
  "DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications (Bot > Reset Token) and put DISCORD_TOKEN=<token> in a .env file next to package.json.";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const PORT = "a port number from 1 to 65535";
const SHARD_COUNT = "a whole number of shards, 1 or more";
const SHARD_IDS = "shard ids separated by commas, such as 0,1";

const snowflake = z.string().regex(/^\d{17,20}$/, "a Discord server id (17 to 20 digits)");
const port = optionalText.pipe(
  z.coerce.number<string>({ error: PORT }).int(PORT).min(1, PORT).max(65535, PORT).optional(),
);
const token = z.string().trim().min(1, MISSING_TOKEN_MESSAGE);
const apiUrl = optionalText.pipe(z.url("an http(s) URL such as http://127.0.0.1:8080/api").optional());
const logLevel = optionalText
  .transform((value) => value ?? "info")
  .pipe(z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(", ")}` }));

const schema = z
  .object({
    DISCORD_TOKEN: token,
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "a postgres:// or postgresql:// connection URL")
        .optional(),
    ),
    DATA_DIR: optionalText.transform((value) => value ?? "./data"),
    DISCORD_API_URL: apiUrl,
    DISCORD_PROXY: optionalText.pipe(
      z
        .enum(["true", "false"], { error: "true or false" })
        .transform((value) => value === "true")
        .optional(),
    ),
    DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
    LOG_LEVEL: logLevel,
    HEALTH_PORT: port,
    SHARD_COUNT: optionalText.pipe(
      z.coerce.number<string>({ error: SHARD_COUNT }).int(SHARD_COUNT).min(1, SHARD_COUNT).optional(),
    ),
    SHARD_IDS: optionalText.pipe(
      z
        .string()
        .regex(/^\d+(\s*,\s*\d+)*$/, SHARD_IDS)
        .transform((list) => list.split(",").map(Number))
        .optional(),
    ),
  })
  // Zod runs this even when a field failed (it then holds the raw text): each rule checks its inputs parsed.
  .superRefine((env, context) => {
    const problem = (path: string, message: string) =>
      context.addIssue({ code: "custom", path: [path], message });
    if (env.DISCORD_PROXY === true && env.DISCORD_API_URL === undefined) {
      problem("DISCORD_PROXY", "false unless DISCORD_API_URL names the shared proxy");
    }
    const ids = env.SHARD_IDS;
    if (!Array.isArray(ids)) return;
    if (env.SHARD_COUNT === undefined) {
      problem("SHARD_IDS", "to come with SHARD_COUNT, the number of shards of all processes together");
      return;
    }
    const count = env.SHARD_COUNT;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return;
    const outside = ids.filter((id) => id >= count);
    if (outside.length > 0) {
      problem("SHARD_IDS", `ids from 0 to ${count - 1} (SHARD_COUNT is ${count}), not ${outside.join(", ")}`);
    }
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (repeated.length > 0)
      problem("SHARD_IDS", `each id once, but ${[...new Set(repeated)].join(", ")} repeats`);
    // Other processes run the other shards: members, reminders and claims must be in one database
    // they all reach, and the embedded one belongs to a single process.
    if (new Set(ids).size < count && env.DATABASE_URL === undefined) {
      problem(
        "SHARD_IDS",
        `all ${count} shards (0 to ${count - 1}) with the embedded database, which one process keeps to itself; to split the shards over processes, give them one PostgreSQL database in DATABASE_URL`,
      );
    }
  });

/** Which gateway shards this process runs, out of how many the bot has in all. */
interface ShardPlan {
  readonly ids: readonly number[];
  readonly count: number;
}

export interface Config {
  readonly discordToken: string;
  /** PostgreSQL server; undefined means the embedded PGlite database under dataDir. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** REST base for discord.js (a proxy or a test double); undefined means Discord's own. */
  readonly discordApiUrl: string | undefined;
  /** discordApiUrl is a @discordjs/proxy shared by every process, which keeps the global limit for all. */
  readonly discordProxy: boolean;
  readonly discordGuildId: string | undefined;
  readonly logLevel: string;
  readonly healthPort: number | undefined;
  /** Unset: one shard, [0] of 1; SHARD_COUNT alone: all of them in this process. */
  readonly shards: ShardPlan;
}

export class ConfigError extends Error {}

/** Parses the environment once; every problem is named with the variable and what is expected. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = parse(schema, env);
  const count = parsed.SHARD_COUNT ?? 1;
  return {
    discordToken: parsed.DISCORD_TOKEN,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.DATA_DIR,
    discordApiUrl: parsed.DISCORD_API_URL,
    discordProxy: parsed.DISCORD_PROXY ?? false,
    discordGuildId: parsed.DISCORD_GUILD_ID,
    logLevel: parsed.LOG_LEVEL,
    healthPort: parsed.HEALTH_PORT,
    shards: { ids: parsed.SHARD_IDS ?? Array.from({ length: count }, (_, id) => id), count },
  };
}

const proxySchema = z.object({
  DISCORD_TOKEN: token,
  DISCORD_API_URL: apiUrl,
  PROXY_PORT: port,
  LOG_LEVEL: logLevel,
});

/** `npm run proxy`: where it listens, and where it forwards to (Discord's own API by default). */
export interface ProxyConfig {
  readonly discordToken: string;
  readonly upstreamUrl: string;
  readonly port: number;
  readonly logLevel: string;
}

export function parseProxyConfig(env: Record<string, string | undefined>): ProxyConfig {
  const parsed = parse(proxySchema, env);
  return {
    discordToken: parsed.DISCORD_TOKEN,
    upstreamUrl: parsed.DISCORD_API_URL ?? "https://discord.com/api",
    port: parsed.PROXY_PORT ?? 8081,
    logLevel: parsed.LOG_LEVEL,
  };
}

function parse<T extends z.ZodType>(zodSchema: T, env: Record<string, string | undefined>): z.output<T> {
  const result = zodSchema.safeParse(env);
  if (result.success) return result.data;
  const missingToken = result.error.issues.find((issue) => issue.path[0] === "DISCORD_TOKEN");
  if (missingToken) throw new ConfigError(MISSING_TOKEN_MESSAGE);
  const lines = result.error.issues.map(
    (issue) => `${String(issue.path[0])} is invalid: expected ${issue.message}.`,
  );
  throw new ConfigError(lines.join(" "));
}

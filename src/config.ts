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

const snowflake = z.string().regex(/^\d{17,20}$/, "a Discord server id (17 to 20 digits)");

const schema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1, MISSING_TOKEN_MESSAGE),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "a postgres:// or postgresql:// connection URL")
      .optional(),
  ),
  DATA_DIR: optionalText.transform((value) => value ?? "./data"),
  DISCORD_API_URL: optionalText.pipe(z.url("an http(s) URL such as http://127.0.0.1:8080/api").optional()),
  DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
  LOG_LEVEL: optionalText
    .transform((value) => value ?? "info")
    .pipe(z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(", ")}` })),
  HEALTH_PORT: optionalText.pipe(
    z.coerce.number<string>({ error: PORT }).int(PORT).min(1, PORT).max(65535, PORT).optional(),
  ),
});

export interface Config {
  readonly discordToken: string;
  /** PostgreSQL server; undefined means the embedded PGlite database under dataDir. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** REST base for discord.js (a proxy or a test double); undefined means Discord's own. */
  readonly discordApiUrl: string | undefined;
  readonly discordGuildId: string | undefined;
  readonly logLevel: string;
  readonly healthPort: number | undefined;
}

export class ConfigError extends Error {}

/** Parses the environment once; every problem is named with the variable and what is expected. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const missingToken = result.error.issues.find((issue) => issue.path[0] === "DISCORD_TOKEN");
    if (missingToken) throw new ConfigError(MISSING_TOKEN_MESSAGE);
    const lines = result.error.issues.map(
      (issue) => `${String(issue.path[0])} is invalid: expected ${issue.message}.`,
    );
    throw new ConfigError(lines.join(" "));
  }
  const parsed = result.data;
  return {
    discordToken: parsed.DISCORD_TOKEN,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.DATA_DIR,
    discordApiUrl: parsed.DISCORD_API_URL,
    discordGuildId: parsed.DISCORD_GUILD_ID,
    logLevel: parsed.LOG_LEVEL,
    healthPort: parsed.HEALTH_PORT,
  };
}

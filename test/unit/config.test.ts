import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";
import { MISSING_TOKEN_MESSAGE } from "../support/operator-messages.js";

const token = "test-token-value";

describe("parseConfig", () => {
  it("applies the documented defaults when only the token is set", () => {
    expect(parseConfig({ DISCORD_TOKEN: token })).toEqual({
      discordToken: token,
      databaseUrl: undefined,
      dataDir: "./data",
      discordApiUrl: undefined,
      discordGuildId: undefined,
      logLevel: "info",
      healthPort: undefined,
    });
  });

  it("reads every variable", () => {
    const config = parseConfig({
      DISCORD_TOKEN: token,
      DATABASE_URL: "postgres://dorsi@db:5432/dorsi",
      DATA_DIR: "/var/dorsi",
      DISCORD_API_URL: "http://127.0.0.1:8080/api",
      DISCORD_GUILD_ID: "123456789012345678",
      LOG_LEVEL: "debug",
      HEALTH_PORT: "8080",
    });
    expect(config).toMatchObject({
      databaseUrl: "postgres://dorsi@db:5432/dorsi",
      dataDir: "/var/dorsi",
      discordApiUrl: "http://127.0.0.1:8080/api",
      discordGuildId: "123456789012345678",
      logLevel: "debug",
      healthPort: 8080,
    });
  });

  it("treats empty values as unset, as a copied .env.example leaves them", () => {
    expect(
      parseConfig({ DISCORD_TOKEN: token, DATABASE_URL: "", HEALTH_PORT: " " }).databaseUrl,
    ).toBeUndefined();
  });

  it.each([{}, { DISCORD_TOKEN: "" }, { DISCORD_TOKEN: "   " }])(
    "without a token says where to get one",
    (env) => {
      expect(() => parseConfig(env)).toThrow(new ConfigError(MISSING_TOKEN_MESSAGE));
    },
  );

  it.each([
    ["DATABASE_URL", "mysql://localhost/dorsi", "postgres://"],
    ["DISCORD_API_URL", "not a url", "http(s) URL"],
    ["DISCORD_GUILD_ID", "my-server", "Discord server id"],
    ["LOG_LEVEL", "loud", "one of fatal, error, warn, info, debug, trace, silent"],
    ["HEALTH_PORT", "70000", "port number from 1 to 65535"],
    ["HEALTH_PORT", "http", "port number from 1 to 65535"],
  ])("names %s and what is expected when it is invalid", (name, value, expected) => {
    expect(() => parseConfig({ DISCORD_TOKEN: token, [name]: value })).toThrow(expected);
    expect(() => parseConfig({ DISCORD_TOKEN: token, [name]: value })).toThrow(`${name} is invalid`);
  });

  it("never echoes the token in an error", () => {
    try {
      parseConfig({ DISCORD_TOKEN: token, HEALTH_PORT: "x" });
    } catch (error) {
      expect(String(error)).not.toContain(token);
    }
    expect.assertions(1);
  });
});

import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, parseProxyConfig } from "../../src/config.js";
import { MISSING_TOKEN_MESSAGE } from "../support/operator-messages.js";

const token = "test-token-value";

describe("parseConfig", () => {
  it("applies the documented defaults when only the token is set", () => {
    expect(parseConfig({ DISCORD_TOKEN: token })).toEqual({
      discordToken: token,
      databaseUrl: undefined,
      dataDir: "./data",
      discordApiUrl: undefined,
      discordProxy: false,
      discordGuildId: undefined,
      logLevel: "info",
      healthPort: undefined,
      shards: { ids: [0], count: 1 },
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

  it("reads the shards this process runs", () => {
    const shared = { DISCORD_TOKEN: token, DATABASE_URL: "postgres://dorsi@db:5432/dorsi" };
    expect(parseConfig({ ...shared, SHARD_IDS: "0, 1", SHARD_COUNT: "4" }).shards).toEqual({
      ids: [0, 1],
      count: 4,
    });
    expect(parseConfig({ ...shared, SHARD_IDS: "3", SHARD_COUNT: "4" }).shards).toEqual({
      ids: [3],
      count: 4,
    });
    // SHARD_COUNT alone, or SHARD_IDS naming them all: every shard in this one process, which may
    // then keep the embedded database.
    for (const env of [{ SHARD_COUNT: "3" }, { SHARD_COUNT: "3", SHARD_IDS: "2,0,1" }]) {
      expect(parseConfig({ DISCORD_TOKEN: token, ...env }).shards.count).toBe(3);
    }
    expect(parseConfig({ DISCORD_TOKEN: token, SHARD_COUNT: "3" }).shards.ids).toEqual([0, 1, 2]);
  });

  it("refuses to split the shards over processes on the embedded database, which they cannot share", () => {
    expect(() => parseConfig({ DISCORD_TOKEN: token, SHARD_IDS: "1", SHARD_COUNT: "2" })).toThrow(
      "SHARD_IDS is invalid: expected all 2 shards (0 to 1) with the embedded database, which one process keeps to itself; to split the shards over processes, give them one PostgreSQL database in DATABASE_URL.",
    );
  });

  it.each([
    [{ SHARD_IDS: "0,1" }, "SHARD_IDS is invalid: expected to come with SHARD_COUNT"],
    [{ SHARD_IDS: "2,4", SHARD_COUNT: "4" }, "ids from 0 to 3 (SHARD_COUNT is 4), not 4"],
    [{ SHARD_IDS: "1,2,1", SHARD_COUNT: "4" }, "each id once, but 1 repeats"],
    [{ SHARD_IDS: "0;1", SHARD_COUNT: "4" }, "shard ids separated by commas"],
    [{ SHARD_IDS: "-1", SHARD_COUNT: "4" }, "shard ids separated by commas"],
    [{ SHARD_COUNT: "0" }, "SHARD_COUNT is invalid: expected a whole number of shards, 1 or more"],
    [{ SHARD_COUNT: "1.5" }, "SHARD_COUNT is invalid"],
    [
      { DISCORD_PROXY: "yes", DISCORD_API_URL: "http://proxy:8081/api" },
      "DISCORD_PROXY is invalid: expected true or false",
    ],
    [
      { DISCORD_PROXY: "true" },
      "DISCORD_PROXY is invalid: expected false unless DISCORD_API_URL names the shared proxy",
    ],
  ])("refuses %o, saying what is expected", (env, expected) => {
    expect(() => parseConfig({ DISCORD_TOKEN: token, ...env })).toThrow(expected);
  });

  it("knows a shared proxy when told", () => {
    const config = parseConfig({
      DISCORD_TOKEN: token,
      DISCORD_API_URL: "http://proxy:8081/api",
      DISCORD_PROXY: "true",
    });
    expect(config).toMatchObject({ discordApiUrl: "http://proxy:8081/api", discordProxy: true });
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

describe("parseProxyConfig", () => {
  it("forwards to Discord's API on port 8081 unless told otherwise", () => {
    expect(parseProxyConfig({ DISCORD_TOKEN: token })).toEqual({
      discordToken: token,
      upstreamUrl: "https://discord.com/api",
      port: 8081,
      logLevel: "info",
    });
    expect(
      parseProxyConfig({
        DISCORD_TOKEN: token,
        DISCORD_API_URL: "http://127.0.0.1:9000/api",
        PROXY_PORT: "9001",
      }),
    ).toMatchObject({ upstreamUrl: "http://127.0.0.1:9000/api", port: 9001 });
  });

  it("needs the token and a port, and says so", () => {
    expect(() => parseProxyConfig({})).toThrow(new ConfigError(MISSING_TOKEN_MESSAGE));
    expect(() => parseProxyConfig({ DISCORD_TOKEN: token, PROXY_PORT: "80000" })).toThrow(
      "PROXY_PORT is invalid: expected a port number from 1 to 65535.",
    );
  });
});

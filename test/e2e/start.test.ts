import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/discord/commands/index.js";
import { type BotProcess, spawnBot } from "../support/bot-process.js";
import { type DiscordDouble, startDiscordDouble } from "../support/discord-double/index.js";
import { MISSING_TOKEN_MESSAGE } from "../support/operator-messages.js";

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "dorsi-start-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

// `npm start` is `tsx src/main.ts`: spawnBot runs exactly that, in an empty working directory so that
// a developer's own .env cannot leak in, with only the environment given here.
describe("npm start", () => {
  it("without a token exits 1 with one sentence saying where to get one", async () => {
    const { child, output } = spawnBot(workDir, { DISCORD_TOKEN: "" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output().trim()).toBe(MISSING_TOKEN_MESSAGE);
  });

  it("with an invalid setting names the variable and exits 1", async () => {
    const { child, output } = spawnBot(workDir, { DISCORD_TOKEN: "x", HEALTH_PORT: "abc" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output()).toContain("HEALTH_PORT is invalid: expected a port number from 1 to 65535.");
    expect(output()).not.toMatch(/\n\s+at /);
  });

  describe("with a token, against the Discord test double, on the embedded database", () => {
    let double: DiscordDouble;
    let bot: BotProcess;

    beforeAll(async () => {
      double = await startDiscordDouble();
      bot = spawnBot(workDir, {
        DISCORD_TOKEN: double.token,
        DISCORD_API_URL: double.apiUrl,
        DATA_DIR: path.join(workDir, "data"),
      });
      await bot.waitForLine(/"msg":"ready"/, 60_000);
    }, 90_000);
    afterAll(async () => {
      if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
      await double?.stop();
    });

    it("comes online, registers every command and answers /log", async () => {
      expect(double.commands()).toHaveLength(commands.length);
      expect(bot.output()).toContain('"commands":"updated"');
      const member = double.addUser({ username: "newrunner" });
      const guild = double.addGuild({ name: "Club", channels: [{ name: "general" }], members: [member.id] });
      const channelId = guild.channels[0]?.id ?? "";
      const reply = await double
        .runCommand({
          guildId: guild.id,
          channelId,
          user: member,
          name: "log",
          options: { drill: "straight" },
        })
        .reply();
      expect(reply.content).toContain("Logged 1 set: Straight-leg matrix.");
    });

    it("never writes the token to its logs", () => {
      expect(bot.output()).not.toContain(double.token);
    });

    it("stops cleanly on SIGTERM", async () => {
      bot.child.kill("SIGTERM");
      const [code] = await once(bot.child, "exit");
      expect(code).toBe(0);
      expect(bot.output()).toContain('"msg":"stopped"');
    });

    it("starting again finds the commands, translations included, unchanged and registers nothing", async () => {
      const registrations = double.registrationCount;
      const again = spawnBot(workDir, {
        DISCORD_TOKEN: double.token,
        DISCORD_API_URL: double.apiUrl,
        DATA_DIR: path.join(workDir, "data"),
      });
      try {
        await again.waitForLine(/"msg":"ready"/, 60_000);
        expect(again.output()).toContain('"commands":"unchanged"');
        expect(double.registrationCount).toBe(registrations);
      } finally {
        again.child.kill("SIGTERM");
        await once(again.child, "exit");
      }
    }, 90_000);
  });
});

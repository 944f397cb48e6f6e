import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/discord/commands/index.js";
import { type DiscordDouble, startDiscordDouble } from "../support/discord-double/index.js";
import { MISSING_TOKEN_MESSAGE } from "../support/operator-messages.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const main = path.join(root, "src", "main.ts");

/**
 * `npm start` is `tsx src/main.ts`: run exactly that, in an empty working directory so that a
 * developer's own .env cannot leak in, with only the environment given here.
 */
function startBot(cwd: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(tsx, [main], { cwd, env: { PATH: process.env.PATH ?? "", ...env }, stdio: "pipe" });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

async function waitForLine(output: () => string, pattern: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = output().match(pattern);
    if (match) return match[0];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no line matching ${pattern} in:\n${output()}`);
}

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "dorsi-start-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("without a token exits 1 with one sentence saying where to get one", async () => {
    const { child, output } = startBot(workDir, { DISCORD_TOKEN: "" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output().trim()).toBe(MISSING_TOKEN_MESSAGE);
  });

  it("with an invalid setting names the variable and exits 1", async () => {
    const { child, output } = startBot(workDir, { DISCORD_TOKEN: "x", HEALTH_PORT: "abc" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output()).toContain("HEALTH_PORT is invalid: expected a port number from 1 to 65535.");
    expect(output()).not.toMatch(/\n\s+at /);
  });

  describe("with a token, against the Discord test double, on the embedded database", () => {
    let double: DiscordDouble;
    let bot: ReturnType<typeof startBot>;

    beforeAll(async () => {
      double = await startDiscordDouble();
      bot = startBot(workDir, {
        DISCORD_TOKEN: double.token,
        DISCORD_API_URL: double.apiUrl,
        DATA_DIR: path.join(workDir, "data"),
      });
      await waitForLine(bot.output, /"msg":"ready"/, 60_000);
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
      const again = startBot(workDir, {
        DISCORD_TOKEN: double.token,
        DISCORD_API_URL: double.apiUrl,
        DATA_DIR: path.join(workDir, "data"),
      });
      try {
        await waitForLine(again.output, /"msg":"ready"/, 60_000);
        expect(again.output()).toContain('"commands":"unchanged"');
        expect(double.registrationCount).toBe(registrations);
      } finally {
        again.child.kill("SIGTERM");
        await once(again.child, "exit");
      }
    }, 90_000);
  });
});

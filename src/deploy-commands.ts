import "dotenv/config";
import { REST, type RESTGetCurrentApplicationResult, Routes } from "discord.js";
import { ConfigError, parseConfig } from "./config.js";
import { syncCommands } from "./discord/command-sync.js";
import { commands } from "./discord/commands/index.js";

/** `npm run deploy:commands`: the same registration the bot does at start, by hand. */
async function deployCommands(): Promise<void> {
  const config = parseConfig(process.env);
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(
    config.discordToken,
  );
  const application = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
  const { outcome } = await syncCommands(
    rest,
    application.id,
    config.discordGuildId,
    commands.map((command) => command.data),
  );
  const where = config.discordGuildId ? `in server ${config.discordGuildId}` : "globally";
  process.stdout.write(
    `${commands.length} commands ${outcome === "updated" ? "registered" : "already up to date"} ${where}.\n`,
  );
}

deployCommands().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? "" : "Could not register the commands: "}${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

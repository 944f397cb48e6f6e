import { once } from "node:events";
import {
  Client,
  GatewayIntentBits,
  type Interaction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { type DiscordDouble, type DoubleUser, startDiscordDouble } from "./discord-double/index.js";

/** A bare discord.js client logged in to the Discord double, for tests below the whole bot. */
export interface ClientOnDouble {
  readonly double: DiscordDouble;
  readonly client: Client;
  readonly guildId: string;
  readonly channelId: string;
  /** Two members of the guild. */
  readonly alice: DoubleUser;
  readonly bob: DoubleUser;
  stop(): Promise<void>;
}

/** Registers `definitions` globally and hands every interaction to `handle`. */
export async function startClientOnDouble(
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  handle: (interaction: Interaction) => Promise<void>,
): Promise<ClientOnDouble> {
  const double = await startDiscordDouble();
  const alice = double.addUser({ username: "alice" });
  const bob = double.addUser({ username: "bob" });
  const guild = double.addGuild({
    name: "Test Club",
    channels: [{ name: "general" }],
    members: [alice.id, bob.id],
  });
  const channelId = guild.channels[0]?.id;
  if (!channelId) throw new Error("the test guild has no channel");
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiUrl } });
  client.on("interactionCreate", (interaction) => void handle(interaction));
  const ready = once(client, "clientReady");
  await client.login(double.token);
  await ready;
  await double.waitForReady();
  await client.application?.commands.set([...definitions]);
  return {
    double,
    client,
    guildId: guild.id,
    channelId,
    alice,
    bob,
    async stop() {
      await client.destroy();
      await double.stop();
    },
  };
}

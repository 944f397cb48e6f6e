import { once } from "node:events";
import { constants, inflateSync } from "node:zlib";
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  GatewayIntentBits,
  type Guild,
  type Interaction,
  InteractionResponseType,
  MessageFlags,
  ModalBuilder,
  REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type DiscordDouble, type DoubleUser, startDiscordDouble } from "../support/discord-double/index.js";

const CHART_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 255, 0, 42]);

const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  { name: "ping", description: "Replies privately" },
  { name: "report", description: "Weekly report with a chart" },
  {
    name: "drill",
    description: "Pick a drill",
    options: [
      {
        name: "name",
        description: "Drill",
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
      },
      { name: "sets", description: "Sets", type: ApplicationCommandOptionType.Integer },
      { name: "where", description: "Channel", type: ApplicationCommandOptionType.Channel },
    ],
  },
  { name: "menu", description: "Shows a button" },
  { name: "feedback", description: "Opens a modal" },
];

const DRILLS = ["ankle circles", "ankle alphabet", "calf raises"];

/** The bot under test: a plain discord.js handler exercising each response style. */
async function handle(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    await interaction.respond(DRILLS.filter((d) => d.startsWith(typed)).map((d) => ({ name: d, value: d })));
    return;
  }
  if (interaction.isButton() && interaction.customId === "done") {
    await interaction.update({ content: "Done!", components: [] });
    return;
  }
  if (interaction.isModalSubmit()) {
    await interaction.reply({ content: `Thanks: ${interaction.fields.getTextInputValue("notes")}` });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  switch (interaction.commandName) {
    case "ping":
      await interaction.reply({
        content: `pong ${interaction.user.username}`,
        flags: MessageFlags.Ephemeral,
      });
      return;
    case "report":
      await interaction.deferReply();
      await interaction.editReply({
        content: "Your week",
        files: [new AttachmentBuilder(CHART_BYTES, { name: "chart.png" })],
      });
      await interaction.followUp({ content: "Keep going!", flags: MessageFlags.Ephemeral });
      return;
    case "drill": {
      const where = interaction.options.getChannel("where");
      await interaction.reply(
        `${interaction.options.getString("name", true)} x${interaction.options.getInteger("sets") ?? 1} in ${where?.name ?? "here"}`,
      );
      return;
    }
    case "menu":
      await interaction.reply({
        content: "Finished?",
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId("done").setLabel("Done").setStyle(ButtonStyle.Success),
          ),
        ],
      });
      return;
    case "feedback":
      await interaction.showModal(
        new ModalBuilder()
          .setCustomId("feedback-modal")
          .setTitle("Feedback")
          .addComponents(
            new ActionRowBuilder<TextInputBuilder>().addComponents(
              new TextInputBuilder()
                .setCustomId("notes")
                .setLabel("Notes")
                .setStyle(TextInputStyle.Paragraph),
            ),
          ),
      );
      return;
  }
}

describe("discord double with a real discord.js client", () => {
  let double: DiscordDouble;
  let client: Client;
  let alice: DoubleUser;
  let guildId: string;
  let generalId: string;
  let drillsId: string;

  beforeAll(async () => {
    double = await startDiscordDouble();
    alice = double.addUser({ username: "alice" });
    const guild = double.addGuild({
      name: "Ankle Club",
      channels: [{ name: "general" }, { name: "drills" }],
      members: [alice.id],
    });
    guildId = guild.id;
    [generalId, drillsId] = guild.channels.map((c) => c.id) as [string, string];

    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiUrl } });
    client.on("interactionCreate", (interaction) => void handle(interaction));
    const ready = once(client, "clientReady");
    await client.login(double.token);
    await ready;
    await double.waitForReady();
  });

  afterAll(async () => {
    await client?.destroy();
    await double?.stop();
  });

  it("becomes ready with the guild, its channels and the application cached", () => {
    const guild = client.guilds.cache.get(guildId);
    expect(guild?.name).toBe("Ankle Club");
    expect(guild?.channels.cache.get(drillsId)?.name).toBe("drills");
    expect(guild?.members.me?.id).toBe(double.botUser.id);
    expect(client.user?.id).toBe(double.botUser.id);
    expect(client.application?.id).toBe(double.applicationId);
    expect(double.botUser.id).toMatch(/^\d{18,19}$/);
  });

  it("dispatches GUILD_CREATE for a guild added while connected and answers member requests", async () => {
    const joined = once(client, "guildCreate");
    const added = double.addGuild({ name: "Trail Club", members: [{ username: "carol" }] });
    const [guild] = (await joined) as [Guild];
    expect(guild.id).toBe(added.id);
    const members = await guild.members.fetch();
    expect(members.map((m) => m.user.username).sort()).toEqual(["Dorsi", "carol"]);
  });

  it("registers a command set with PUT and reads it back", async () => {
    await client.application?.commands.set(COMMANDS);
    expect(double.registrationCount).toBe(1);
    expect(double.commands().map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));

    const fetched = await client.application?.commands.fetch();
    expect(fetched?.map((c) => c.name).sort()).toEqual(COMMANDS.map((c) => c.name).sort());

    const before = double.commands().map((c) => [c.id, c.version]);
    await client.application?.commands.set(COMMANDS);
    expect(double.registrationCount).toBe(2);
    expect(double.commands().map((c) => [c.id, c.version])).toEqual(before);
  });

  it("delivers an ephemeral reply", async () => {
    const handle = double.runCommand({ guildId, user: alice, name: "ping" });
    expect((await handle.response()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const reply = await handle.reply();
    expect(reply.content).toBe("pong alice");
    expect(reply.ephemeral).toBe(true);
  });

  it("keeps attachment bytes through deferReply + editReply, then a follow-up", async () => {
    const reply = await double
      .runCommand({ guildId, channelId: drillsId, user: alice, name: "report" })
      .reply();
    expect(reply.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(reply.content).toBe("Your week");
    expect(reply.ephemeral).toBe(false);
    expect(reply.attachments).toHaveLength(1);
    expect(reply.attachments[0]?.filename).toBe("chart.png");
    expect(reply.attachments[0]?.contentType).toBe("image/png");
    expect(reply.attachments[0]?.data.equals(CHART_BYTES)).toBe(true);
    expect(reply.followUps.map((m) => [m.content, m.ephemeral])).toEqual([["Keep going!", true]]);
    expect(double.messagesIn(drillsId).map((m) => m.content)).toEqual(["Your week", "Keep going!"]);

    const url = `${double.baseUrl}/attachments/${drillsId}/${reply.attachments[0]?.id}/chart.png`;
    expect(Buffer.from(await (await fetch(url)).arrayBuffer()).equals(CHART_BYTES)).toBe(true);
  });

  it("types options from the registered definition, resolves channels and answers autocomplete", async () => {
    const choices = await double.autocomplete({
      guildId,
      user: alice,
      name: "drill",
      focused: { name: "name", value: "ankle" },
    });
    expect(choices.map((c) => c.value)).toEqual(["ankle circles", "ankle alphabet"]);

    const handle = double.runCommand({
      guildId,
      user: alice,
      name: "drill",
      options: { name: "calf raises", sets: "3", where: drillsId },
    });
    const options = (
      handle.record.payload.data as { options: { name: string; type: number; value: unknown }[] }
    ).options;
    expect(options).toEqual([
      { name: "name", type: ApplicationCommandOptionType.String, value: "calf raises" },
      { name: "sets", type: ApplicationCommandOptionType.Integer, value: 3 },
      { name: "where", type: ApplicationCommandOptionType.Channel, value: drillsId },
    ]);
    expect((await handle.reply()).content).toBe("calf raises x3 in drills");
    expect(() => double.runCommand({ guildId, user: alice, name: "drill", options: { sets: 2 } })).toThrow(
      /requires option "name"/,
    );
  });

  it("updates the message when a button is clicked", async () => {
    const menu = await double.runCommand({ guildId, user: alice, name: "menu" }).reply();
    const messageId = menu.message?.id ?? "";
    const click = await double
      .clickButton({ guildId, user: alice, channelId: generalId, messageId, customId: "done" })
      .reply();
    expect(click.type).toBe(InteractionResponseType.UpdateMessage);
    expect(click.content).toBe("Done!");
    expect(click.components).toEqual([]);
    expect(double.messagesIn(generalId).find((m) => m.id === messageId)?.content).toBe("Done!");
  });

  it("shows a modal and handles its submission", async () => {
    const opened = await double.runCommand({ guildId, user: alice, name: "feedback" }).reply();
    expect(opened.modal?.custom_id).toBe("feedback-modal");
    const submitted = await double
      .submitModal({ guildId, user: alice, customId: "feedback-modal", fields: { notes: "Sore left ankle" } })
      .reply();
    expect(submitted.content).toBe("Thanks: Sore left ankle");
  });

  it("rejects a second callback and unknown interactions like Discord", async () => {
    const handle = double.runCommand({ guildId, user: alice, name: "ping" });
    await handle.response();
    const rest = new REST({ api: double.apiUrl });
    const second = rest.post(Routes.interactionCallback(handle.id, handle.record.token), {
      body: { type: 4, data: { content: "again" } },
      auth: false,
    });
    await expect(second).rejects.toMatchObject({ status: 400, code: 40060 });
    const unknown = rest.post(Routes.interactionCallback("1", "nope"), {
      body: { type: 4, data: { content: "x" } },
      auth: false,
    });
    await expect(unknown).rejects.toMatchObject({ status: 404, code: 10062 });
  });

  it("deduplicates DM sends that enforce the same nonce", async () => {
    const dm = await client.users.createDM(alice.id);
    const first = await dm.send({
      content: "Time for your drill",
      nonce: "drill-2024-06-01",
      enforceNonce: true,
    });
    const second = await dm.send({
      content: "Time for your drill",
      nonce: "drill-2024-06-01",
      enforceNonce: true,
    });
    expect(second.id).toBe(first.id);
    expect(double.dmsTo(alice.id).map((m) => m.content)).toEqual(["Time for your drill"]);
    expect((await client.users.createDM(alice.id, { force: true })).id).toBe(dm.id);
  });

  it("lets a hook read and hold a posted message before the bot's send returns", async () => {
    const dm = await client.users.createDM(alice.id);
    const seen: string[] = [];
    let posted = () => {};
    const hookRan = new Promise<void>((resolve) => {
      posted = resolve;
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const removeHook = double.onMessagePosted(async (message) => {
      seen.push(message.content);
      posted();
      await held;
    });
    let returned = false;
    const sending = dm.send("Held").then((message) => {
      returned = true;
      return message;
    });
    await hookRan;
    expect(double.dmsTo(alice.id).map((message) => message.content)).toContain("Held");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(returned).toBe(false);
    release();
    expect((await sending).content).toBe("Held");
    removeHook();
    await dm.send("Not held");
    expect(seen).toEqual(["Held"]);
  });

  it("surfaces closed DMs and injected 50007s as DiscordAPIError", async () => {
    const bob = double.addUser({ username: "bob" });
    const dm = await client.users.createDM(bob.id);
    double.setDmsClosed(bob.id, true);
    const closed = await dm.send("hi").catch((error: unknown) => error);
    expect(closed).toBeInstanceOf(DiscordAPIError);
    expect(closed).toMatchObject({ code: 50007, status: 403 });

    double.failNext({
      method: "POST",
      route: `/channels/${generalId}/messages`,
      status: 403,
      code: 50007,
      message: "Cannot send messages to this user",
    });
    const channel = await client.channels.fetch(generalId);
    if (!channel?.isSendable()) throw new Error("general is not sendable");
    await expect(channel.send("hello")).rejects.toMatchObject({ code: 50007 });
    await expect(channel.send("hello")).resolves.toMatchObject({ content: "hello" });
  });

  it("lets discord.js retry a 429 and a 500 transparently", async () => {
    const route = new RegExp(`^/channels/${generalId}/messages$`);
    double.failNext({ method: "POST", route, status: 429, retryAfter: 0.05 });
    double.failNext({ method: "POST", route, status: 500 });
    const before = double.rateLimitedCount;
    const channel = await client.channels.fetch(generalId);
    if (!channel?.isSendable()) throw new Error("general is not sendable");
    const sent = await channel.send("after the storm");
    expect(sent.content).toBe("after the storm");
    expect(double.rateLimitedCount).toBe(before + 1);
    const statuses = double.requests
      .filter((r) => r.method === "POST" && route.test(r.path))
      .map((r) => r.status);
    expect(statuses.slice(-3)).toEqual([429, 500, 200]);
  });
});

describe("discord double edge cases", () => {
  let double: DiscordDouble;

  beforeAll(async () => {
    double = await startDiscordDouble({ globalRateLimitPerSecond: 2 });
  });

  afterAll(async () => {
    await double?.stop();
  });

  it("fails login with a wrong token", async () => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiUrl } });
    try {
      await expect(client.login("not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    } finally {
      await client.destroy();
    }
    const response = await fetch(`${double.apiUrl}/v10/users/@me`, {
      headers: { Authorization: "Bot wrong" },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: "401: Unauthorized", code: 0 });
    expect(response.headers.get("x-ratelimit-bucket")).toBeTruthy();
  });

  it("closes the gateway with 4004 on a bad IDENTIFY and speaks zlib-stream when asked", async () => {
    const socket = new WebSocket(`${double.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    const [hello] = (await once(socket, "message")) as [Buffer];
    expect(JSON.parse(inflateSync(hello, { finishFlush: constants.Z_SYNC_FLUSH }).toString()).op).toBe(10);
    socket.send(JSON.stringify({ op: 2, d: { token: "wrong", intents: 1, properties: {} } }));
    const [code] = (await once(socket, "close")) as [number];
    expect(code).toBe(4004);
  });

  it("answers a global 429 beyond the configured rate and counts it", async () => {
    const rest = new REST({ api: double.apiUrl }).setToken(double.token);
    const users = await Promise.all(Array.from({ length: 3 }, () => rest.get(Routes.user("@me"))));
    expect(users).toHaveLength(3);
    expect(double.rateLimitedCount).toBeGreaterThan(0);
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  });
});

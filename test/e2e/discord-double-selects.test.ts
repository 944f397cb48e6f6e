import { once } from "node:events";
import {
  ActionRowBuilder,
  Client,
  ComponentType,
  GatewayIntentBits,
  type Interaction,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  StringSelectMenuBuilder,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordDouble, type DoubleUser, startDiscordDouble } from "../support/discord-double/index.js";

const OPTIONS = ["calf", "shin", "knee"].map((value) => ({ label: value, value }));

/** A bot with a multi-select on an ephemeral message and a modal holding an optional select in a label. */
async function handle(interaction: Interaction): Promise<void> {
  if (interaction.isStringSelectMenu()) {
    await interaction.update({ content: `Picked ${interaction.values.join("+")}`, components: [] });
  } else if (interaction.isModalSubmit()) {
    const picked = interaction.fields.getStringSelectValues("where");
    await interaction.reply({ content: `Form: [${picked.join("+")}]`, flags: MessageFlags.Ephemeral });
  } else if (interaction.isChatInputCommand() && interaction.commandName === "pick") {
    await interaction.reply({
      content: "Where?",
      flags: MessageFlags.Ephemeral,
      components: [
        new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
          new StringSelectMenuBuilder()
            .setCustomId("where")
            .setMinValues(1)
            .setMaxValues(2)
            .addOptions(OPTIONS),
        ),
      ],
    });
  } else if (interaction.isChatInputCommand() && interaction.commandName === "form") {
    await interaction.showModal(
      new ModalBuilder()
        .setCustomId("form")
        .setTitle("Form")
        .addLabelComponents(
          new LabelBuilder()
            .setLabel("Where?")
            .setStringSelectMenuComponent(
              new StringSelectMenuBuilder()
                .setCustomId("where")
                .setRequired(false)
                .setMinValues(0)
                .setMaxValues(3)
                .addOptions(OPTIONS),
            ),
        ),
    );
  }
}

describe("the Discord double's select menus", () => {
  let double: DiscordDouble;
  let client: Client;
  let alice: DoubleUser;
  let guildId: string;

  beforeAll(async () => {
    double = await startDiscordDouble();
    alice = double.addUser({ username: "alice" });
    guildId = double.addGuild({ name: "Ankle Club", members: [alice.id] }).id;
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiUrl } });
    client.on("interactionCreate", (interaction) => void handle(interaction));
    const ready = once(client, "clientReady");
    await client.login(double.token);
    await ready;
    await double.waitForReady();
    await client.application?.commands.set([
      { name: "pick", description: "A select menu" },
      { name: "form", description: "A modal with a select" },
    ]);
  });

  afterAll(async () => {
    await client?.destroy();
    await double?.stop();
  });

  async function pickMenu() {
    const reply = await double.runCommand({ guildId, user: alice, name: "pick" }).reply();
    if (!reply.message) throw new Error("no reply");
    return reply.message;
  }

  it("delivers the values picked on a message's string select (type 3)", async () => {
    const menu = await pickMenu();
    expect(JSON.stringify(menu.components)).toContain(`"type":${ComponentType.StringSelect}`);
    const picked = await double
      .selectMenu({
        user: alice,
        channelId: menu.channelId,
        messageId: menu.id,
        customId: "where",
        values: ["calf", "knee"],
      })
      .reply();
    expect(picked.content).toBe("Picked calf+knee");
    expect(picked.ephemeral).toBe(true);
  });

  it("refuses what Discord's client cannot send: an unknown option, too many or too few values", async () => {
    const menu = await pickMenu();
    const at = { user: alice, channelId: menu.channelId, messageId: menu.id, customId: "where" };
    expect(() => double.selectMenu({ ...at, values: ["hip"] })).toThrow(/no option hip/);
    expect(() => double.selectMenu({ ...at, values: ["calf", "shin", "knee"] })).toThrow(
      /1-2 distinct values/,
    );
    expect(() => double.selectMenu({ ...at, values: [] })).toThrow(/1-2 distinct values/);
    expect(() => double.clickButton(at)).toThrow(/needs values/);
  });

  it("submits a modal's select inside a label (type 18), empty when it is optional and left alone", async () => {
    const opened = await double.runCommand({ guildId, user: alice, name: "form" }).reply();
    const [label] = (opened.modal?.components ?? []) as { type: number; component: { type: number } }[];
    expect(label?.type).toBe(ComponentType.Label);
    expect(label?.component.type).toBe(ComponentType.StringSelect);
    const chosen = await double
      .submitModal({ guildId, user: alice, customId: "form", fields: { where: ["shin", "calf"] } })
      .reply();
    expect(chosen.content).toBe("Form: [shin+calf]");
    const empty = await double.submitModal({ guildId, user: alice, customId: "form", fields: {} }).reply();
    expect(empty.content).toBe("Form: []");
    expect(() =>
      double.submitModal({ guildId, user: alice, customId: "form", fields: { where: ["hip"] } }),
    ).toThrow(/no option hip/);
  });
});

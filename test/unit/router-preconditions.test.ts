import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { type ComponentHandler, customId, type SlashCommand } from "../../src/discord/command.js";
import { buttonOwner, inServer, managesServer } from "../../src/discord/preconditions.js";
import { createRouter } from "../../src/discord/registry.js";
import { translator } from "../../src/i18n/i18n.js";
import { createLogger } from "../../src/logger.js";
import { type ClientOnDouble, startClientOnDouble } from "../support/client-on-double.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const { t } = translator("en-US");
/** What each handler saw; a refused interaction never reaches its handler. */
const ran: string[] = [];

const setup: SlashCommand = {
  data: { name: "setup", description: "Server admins only" },
  preconditions: [inServer("board.errors.clubOutsideServer"), managesServer("board.errors.manageServer")],
  async execute(interaction) {
    ran.push("setup");
    await interaction.reply({ content: "set up", flags: MessageFlags.Ephemeral });
  },
};

const offer: SlashCommand = {
  data: { name: "offer", description: "Offers a button and a form to its caller" },
  async execute(interaction) {
    ran.push("offer");
    const button = new ButtonBuilder()
      .setCustomId(customId("mine", interaction.user.id, "7"))
      .setLabel("Mine")
      .setStyle(ButtonStyle.Primary);
    await interaction.reply({
      content: "yours",
      components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)],
    });
  },
};

const mine: ComponentHandler = {
  prefix: "mine",
  preconditions: [buttonOwner],
  async button(interaction, args) {
    ran.push(`button ${args.join(" ")}`);
    const note = new TextInputBuilder().setCustomId("note").setLabel("Note").setStyle(TextInputStyle.Short);
    await interaction.showModal(
      new ModalBuilder()
        .setCustomId(customId("mine", interaction.user.id))
        .setTitle("Note")
        .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(note)),
    );
  },
  async modal(interaction) {
    ran.push("modal");
    await interaction.reply({ content: "noted", flags: MessageFlags.Ephemeral });
  },
};

let bot: ClientOnDouble;

beforeAll(async () => {
  const context = {
    deps: createAppDeps(database.db, new ManualClock("2026-11-24T12:00:00Z")),
    logger: createLogger("silent"),
  };
  const router = createRouter([setup, offer], [mine], context);
  bot = await startClientOnDouble([setup.data, offer.data], (interaction) => router.handle(interaction));
});
afterAll(async () => {
  await bot?.stop();
});
beforeEach(() => {
  ran.length = 0;
});

describe("router preconditions", () => {
  const runSetup = (where: { guildId?: string; memberPermissions?: bigint }) =>
    bot.double.runCommand({ user: bot.alice, name: "setup", ...where }).reply();

  it("lets a command through when every precondition holds", async () => {
    const reply = await runSetup({
      guildId: bot.guildId,
      memberPermissions: PermissionFlagsBits.ManageGuild,
    });
    expect(reply.content).toBe("set up");
    expect(ran).toEqual(["setup"]);
  });

  it("refuses with the first failing precondition's sentence, ephemerally, before the handler", async () => {
    const withoutPermission = await runSetup({ guildId: bot.guildId, memberPermissions: 0n });
    expect(withoutPermission.content).toBe(t("board.errors.manageServer"));
    expect(withoutPermission.ephemeral).toBe(true);
    // In a DM both fail; the server check comes first.
    const inDm = await runSetup({});
    expect(inDm.content).toBe(t("board.errors.clubOutsideServer"));
    expect(inDm.ephemeral).toBe(true);
    expect(ran).toEqual([]);
  });

  it("runs a button's and a form's handler for the member they were offered to, and refuses anyone else", async () => {
    const offered = await bot.double
      .runCommand({ guildId: bot.guildId, user: bot.alice, name: "offer" })
      .reply();
    const message = offered.message;
    if (!message) throw new Error("the offer has no message");
    const id = customId("mine", bot.alice.id, "7");
    const click = (user: typeof bot.alice) =>
      bot.double
        .clickButton({ user, channelId: message.channelId, messageId: message.id, customId: id })
        .reply();

    const foreign = await click(bot.bob);
    expect(foreign.content).toBe(t("common.buttonNotYours"));
    expect(foreign.ephemeral).toBe(true);
    const own = await click(bot.alice);
    expect(own.modal).not.toBeNull();

    const submit = (user: typeof bot.alice) =>
      bot.double
        .submitModal({
          guildId: bot.guildId,
          user,
          customId: customId("mine", bot.alice.id),
          fields: { note: "ok" },
        })
        .reply();
    expect((await submit(bot.bob)).content).toBe(t("common.buttonNotYours"));
    expect((await submit(bot.alice)).content).toBe("noted");
    expect(ran).toEqual(["offer", `button ${bot.alice.id} 7`, "modal"]);
  });
});

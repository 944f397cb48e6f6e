import {
  ApplicationCommandOptionType,
  ChannelType,
  type ChatInputCommandInteraction,
  MessageFlags,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandDefinition, optionsOf } from "../../src/discord/command-options.js";
import { type ClientOnDouble, startClientOnDouble } from "../support/client-on-double.js";

const plan = commandDefinition({
  name: "plan",
  description: "Every option type the bot reads",
  options: [
    { type: ApplicationCommandOptionType.String, name: "post_day", description: "Day", required: true },
    {
      type: ApplicationCommandOptionType.Channel,
      name: "channel",
      description: "Where",
      required: true,
      channel_types: [ChannelType.GuildText],
    },
    { type: ApplicationCommandOptionType.Integer, name: "per_day", description: "How many", min_value: 1 },
    { type: ApplicationCommandOptionType.Number, name: "ratio", description: "A fraction" },
    { type: ApplicationCommandOptionType.Boolean, name: "quiet", description: "Say less" },
  ],
});

const settings = commandDefinition({
  name: "settings",
  description: "Subcommands",
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: "export", description: "Export" },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "hide",
      description: "Hide",
      options: [{ type: ApplicationCommandOptionType.Boolean, name: "hidden", description: "Hidden" }],
    },
  ],
});

/**
 * Type checks, run on the values each interaction reads. Each `@ts-expect-error` fails the
 * typecheck (`tsc --noEmit` covers test/) if the line below it stops being an error, that is if
 * the helper stops catching a wrong option name or type.
 */
function typeChecksOfPlan(args: ReturnType<typeof optionsOf<typeof plan>>): void {
  const day: string = args.post_day;
  const perDay: number | null = args.per_day;
  const ratio: number | null = args.ratio;
  const quiet: boolean | null = args.quiet;
  const channelId: string = args.channel.id;
  // @ts-expect-error a misspelt option name
  void args.post_dya;
  // @ts-expect-error an integer option is a number, not a string
  const wrongType: string | null = args.per_day;
  // @ts-expect-error an optional option may be null
  const notNull: number = args.per_day;
  void [day, perDay, ratio, quiet, channelId, wrongType, notNull];
}

function typeChecksOfSettings(args: ReturnType<typeof optionsOf<typeof settings>>): void {
  if (args.subcommand === "hide") {
    const hidden: boolean | null = args.options.hidden;
    void hidden;
  } else {
    // @ts-expect-error "export" has no options
    void args.options.hidden;
  }
  // @ts-expect-error a subcommand that the definition does not have
  void (args.subcommand === "delete");
}

describe("optionsOf, on interactions a real discord.js client receives", () => {
  let bot: ClientOnDouble;
  const seen: unknown[] = [];

  async function handle(interaction: ChatInputCommandInteraction): Promise<void> {
    if (interaction.commandName === "plan") {
      const args = optionsOf(plan, interaction);
      typeChecksOfPlan(args);
      seen.push({ ...args, channel: { id: args.channel.id, type: args.channel.type } });
    } else {
      const args = optionsOf(settings, interaction);
      typeChecksOfSettings(args);
      seen.push(args);
    }
    await interaction.reply({ content: "read", flags: MessageFlags.Ephemeral });
  }

  beforeAll(async () => {
    bot = await startClientOnDouble([plan, settings], async (interaction) => {
      if (interaction.isChatInputCommand()) await handle(interaction);
    });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const run = async (
    name: string,
    options: Record<string, string | number | boolean>,
    subcommand?: string,
  ) => {
    seen.length = 0;
    await bot.double
      .runCommand({
        guildId: bot.guildId,
        user: bot.alice,
        name,
        options,
        ...(subcommand ? { subcommand } : {}),
      })
      .reply();
    return seen[0];
  };

  it("reads each option by its definition's name and type", async () => {
    expect(
      await run("plan", { post_day: "mon", channel: bot.channelId, per_day: 3, ratio: 0.5, quiet: true }),
    ).toEqual({
      post_day: "mon",
      channel: { id: bot.channelId, type: ChannelType.GuildText },
      per_day: 3,
      ratio: 0.5,
      quiet: true,
    });
  });

  it("reads an optional option left out as null", async () => {
    expect(await run("plan", { post_day: "tue", channel: bot.channelId })).toEqual({
      post_day: "tue",
      channel: { id: bot.channelId, type: ChannelType.GuildText },
      per_day: null,
      ratio: null,
      quiet: null,
    });
  });

  it("names the subcommand and reads only its options", async () => {
    expect(await run("settings", { hidden: false }, "hide")).toEqual({
      subcommand: "hide",
      options: { hidden: false },
    });
    expect(await run("settings", {}, "export")).toEqual({ subcommand: "export", options: {} });
  });
});

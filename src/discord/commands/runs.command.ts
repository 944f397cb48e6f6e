import { ApplicationCommandOptionType, type AutocompleteInteraction, MessageFlags } from "discord.js";
import { addRun, listRuns, removeRun } from "../../app/runs.usecases.js";
import { TERRAINS, WARMUP_MAX, WARMUP_MIN } from "../../domain/runs.rules.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { HandlerContext, SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { choice, described } from "../render/command-text.render.js";
import { renderRunAdded, renderRunList, renderRunRemoved, runLine } from "../render/runs.render.js";

/** Discord's limits on autocomplete: 25 choices, names of at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_NAME = 100;

const data = commandDefinition({
  name: "runs",
  ...described("runs.command.description"),
  ...MEMBER_COMMAND,
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "add",
      ...described("runs.command.add"),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "when",
          ...described("runs.command.when"),
          required: true,
          max_length: 60,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "terrain",
          ...described("runs.command.terrain"),
          choices: TERRAINS.map((terrain) => choice(`runs.terrain.${terrain}`, terrain)),
        },
        {
          type: ApplicationCommandOptionType.Integer,
          name: "warmup",
          ...described("runs.command.warmup"),
          min_value: WARMUP_MIN,
          max_value: WARMUP_MAX,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "list",
      ...described("runs.command.list"),
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "remove",
      ...described("runs.command.remove"),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "run",
          ...described("runs.command.run"),
          required: true,
          autocomplete: true,
          max_length: 100,
        },
      ],
    },
  ],
});

/** The member's runs still to come, named in their language, filtered by what they typed. */
async function respondWithRuns(
  interaction: AutocompleteInteraction,
  { deps }: HandlerContext,
): Promise<void> {
  const tr = translator(interaction.locale);
  const typed = interaction.options.getFocused().trim().toLowerCase();
  const runs = await listRuns(deps, interaction.user.id).catch(() => []);
  const choices = runs
    .map((run) => ({ name: runLine(run, tr).slice(0, MAX_CHOICE_NAME), value: String(run.id) }))
    .filter((option) => typed === "" || option.name.toLowerCase().includes(typed) || option.value === typed);
  await interaction.respond(choices.slice(0, MAX_CHOICES));
}

export const runsCommand: SlashCommand = {
  data,
  autocomplete: respondWithRuns,
  async execute(interaction, { deps }) {
    const tr = translator(interaction.locale);
    const args = optionsOf(data, interaction);
    let content: string;
    switch (args.subcommand) {
      case "add": {
        const { when, terrain, warmup } = args.options;
        const run = await addRun(deps, callerOf(interaction), { when, terrain, warmup });
        content = renderRunAdded(run, tr);
        break;
      }
      case "list":
        content = renderRunList(await listRuns(deps, interaction.user.id), tr);
        break;
      case "remove":
        content = renderRunRemoved(await removeRun(deps, callerOf(interaction), args.options.run), tr);
        break;
    }
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  },
};

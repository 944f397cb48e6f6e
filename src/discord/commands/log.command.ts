import { ApplicationCommandOptionType, MessageFlags } from "discord.js";
import { logSets, MAX_SETS_PER_LOG } from "../../app/log-sets.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { described } from "../render/command-text.render.js";
import { renderLogReply, thatHurtRow } from "../render/log.render.js";
import { respondWithDrillChoices } from "./drill.option.js";

const data = commandDefinition({
  name: "log",
  ...described("progress.command.log.description"),
  ...MEMBER_COMMAND,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      ...described("progress.command.log.drill"),
      required: true,
      autocomplete: true,
      max_length: 40,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: "sets",
      ...described("progress.command.log.sets", { max: MAX_SETS_PER_LOG }),
      min_value: 1,
      max_value: MAX_SETS_PER_LOG,
    },
  ],
});

export const logCommand: SlashCommand = {
  data,
  autocomplete: respondWithDrillChoices,
  async execute(interaction, { deps }) {
    const args = optionsOf(data, interaction);
    const result = await logSets(deps, {
      caller: callerOf(interaction),
      drill: args.drill,
      sets: args.sets ?? 1,
      interactionId: interaction.id,
      source: "command",
    });
    const tr = translator(interaction.locale);
    const [only, ...others] = result.logged;
    const drill = only && others.length === 0 ? only.drill : "both";
    await interaction.reply({
      ...renderLogReply(result, tr),
      components: [thatHurtRow(interaction.user.id, drill, tr)],
      flags: MessageFlags.Ephemeral,
    });
  },
};

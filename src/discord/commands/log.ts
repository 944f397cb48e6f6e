import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { logSets, MAX_SETS_PER_LOG } from "../../app/log-sets.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { renderLogReply } from "../render/log.js";
import { respondWithDrillChoices } from "./drill-option.js";

const data = {
  name: "log",
  description: "Log a completed set of an ankle drill",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      description: "flexed-knee, straight-leg or both",
      required: true,
      autocomplete: true,
      max_length: 40,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: "sets",
      description: `How many sets (1-${MAX_SETS_PER_LOG}, default 1)`,
      min_value: 1,
      max_value: MAX_SETS_PER_LOG,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const logCommand: SlashCommand = {
  data,
  autocomplete: respondWithDrillChoices,
  async execute(interaction, { deps }) {
    const result = await logSets(deps, {
      caller: callerOf(interaction),
      drill: interaction.options.getString("drill", true),
      sets: interaction.options.getInteger("sets") ?? 1,
      interactionId: interaction.id,
      source: "command",
    });
    await interaction.reply({ ...renderLogReply(result), flags: MessageFlags.Ephemeral });
  },
};

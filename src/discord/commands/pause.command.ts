import { ApplicationCommandOptionType, MessageFlags } from "discord.js";
import { MAX_PAUSE_DAYS, pauseReminders } from "../../app/pause.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { described } from "../render/command-text.render.js";
import { renderPauseReply } from "../render/schedule.render.js";

const data = commandDefinition({
  name: "pause",
  ...described("schedule.pauseCommand.description"),
  ...MEMBER_COMMAND,
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: "days",
      ...described("schedule.pauseCommand.days"),
      min_value: 1,
      max_value: MAX_PAUSE_DAYS,
    },
  ],
});

export const pauseCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const { until } = await pauseReminders(deps, callerOf(interaction), optionsOf(data, interaction).days);
    await interaction.reply({
      content: renderPauseReply(until, translator(interaction.locale)),
      flags: MessageFlags.Ephemeral,
    });
  },
};

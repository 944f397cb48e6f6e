import { ApplicationCommandOptionType, MessageFlags } from "discord.js";
import { showDrillGuide } from "../../app/drill-guide.usecases.js";
import { translator } from "../../i18n/i18n.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { described } from "../render/command-text.render.js";
import { renderDrillCards } from "../render/drills.render.js";
import { respondWithDrillChoices } from "./drill.option.js";

const data = commandDefinition({
  name: "drills",
  ...described("drills.command.description"),
  ...MEMBER_COMMAND,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      ...described("drills.command.drill"),
      autocomplete: true,
      max_length: 40,
    },
  ],
});

export const drillsCommand: SlashCommand = {
  data,
  autocomplete: respondWithDrillChoices,
  async execute(interaction, { deps }) {
    const states = await showDrillGuide(deps, interaction.user.id, optionsOf(data, interaction).drill);
    // The first picture of a process is drawn now and can take longer than Discord waits.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await interaction.editReply(await renderDrillCards(states, translator(interaction.locale)));
  },
};

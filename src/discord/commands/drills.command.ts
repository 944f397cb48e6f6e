import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { UserError } from "../../app/errors.js";
import { currentProgressions } from "../../app/progress.usecases.js";
import { parseDrillInput } from "../../domain/drill-input.rules.js";
import { DRILLS } from "../../domain/drills.rules.js";
import { quote } from "../../domain/result.js";
import { translator } from "../../i18n/i18n.js";
import type { SlashCommand } from "../command.js";
import { described } from "../render/command-text.render.js";
import { renderDrillCards } from "../render/drills.render.js";
import { respondWithDrillChoices } from "./drill.option.js";

const data = {
  name: "drills",
  ...described("drills.command.description"),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      ...described("drills.command.drill"),
      autocomplete: true,
      max_length: 40,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const drillsCommand: SlashCommand = {
  data,
  autocomplete: respondWithDrillChoices,
  async execute(interaction, { deps }) {
    const typed = interaction.options.getString("drill");
    const choice = typed === null ? "both" : parseDrillInput(typed);
    if (choice === null) throw new UserError("drills.unknownDrill", { input: quote(typed) });
    const progressions = await currentProgressions(deps.db, interaction.user.id);
    const states = (choice === "both" ? DRILLS : [choice]).flatMap((drill) => {
      const state = progressions.get(drill);
      return state ? [state] : [];
    });
    const embeds = renderDrillCards(states, translator(interaction.locale));
    await interaction.reply({ embeds, flags: MessageFlags.Ephemeral });
  },
};

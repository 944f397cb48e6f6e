import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { UserError } from "../../app/errors.js";
import { currentProgressions } from "../../app/progress.js";
import { DRILLS, parseDrillInput } from "../../domain/drills.js";
import type { SlashCommand } from "../command.js";
import { renderDrillCards } from "../render/drills.js";
import { respondWithDrillChoices } from "./drill-option.js";

const data = {
  name: "drills",
  description: "How to do the ankle drills at your level",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      description: "flexed-knee or straight-leg (both when left out)",
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
    if (choice === null) {
      throw UserError.untranslated(
        `I don't know the drill “${typed?.slice(0, 40)}”. Type flexed-knee, straight-leg, or leave it out for both.`,
      );
    }
    const progressions = await currentProgressions(deps.db, interaction.user.id);
    const states = (choice === "both" ? DRILLS : [choice]).flatMap((drill) => {
      const state = progressions.get(drill);
      return state ? [state] : [];
    });
    await interaction.reply({ embeds: renderDrillCards(states), flags: MessageFlags.Ephemeral });
  },
};

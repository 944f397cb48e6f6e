import { MessageFlags } from "discord.js";
import { translator } from "../../i18n/i18n.js";
import type { ComponentHandler } from "../command.js";
import { MEASURE_HOW_PREFIX, renderMeasureHowTo } from "../render/measure.render.js";

/**
 * The invitation's "How to measure": the instructions, privately. Anyone who sees the button may
 * read them (they are the same for everyone), so it carries no owner.
 */
export const measureHowButton: ComponentHandler = {
  prefix: MEASURE_HOW_PREFIX,
  async button(interaction) {
    await interaction.reply({
      ...renderMeasureHowTo(translator(interaction.locale)),
      flags: MessageFlags.Ephemeral,
    });
  },
};

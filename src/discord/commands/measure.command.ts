import { ApplicationCommandOptionType, MessageFlags } from "discord.js";
import { measureHistory, recordMeasure } from "../../app/measure.usecases.js";
import { MEASURE_RANGE_CM } from "../../domain/measure.rules.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { described } from "../render/command-text.render.js";
import { renderMeasureGuide, renderMeasureReply } from "../render/measure.render.js";

const side = (name: "left" | "right") =>
  ({
    type: ApplicationCommandOptionType.Number,
    name,
    ...described(`measure.command.${name}`, MEASURE_RANGE_CM),
    // Discord's own guard; the use case checks again (and for the one decimal).
    min_value: MEASURE_RANGE_CM.min,
    max_value: MEASURE_RANGE_CM.max,
  }) as const;

const data = commandDefinition({
  name: "measure",
  ...described("measure.command.description"),
  ...MEMBER_COMMAND,
  options: [side("left"), side("right")],
});

export const measureCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const { left, right } = optionsOf(data, interaction);
    const tr = translator(interaction.locale);
    if (left === null && right === null) {
      // The chart takes a moment to draw: defer first.
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply(
        await renderMeasureGuide(await measureHistory(deps, interaction.user.id), tr),
      );
      return;
    }
    // Bad input is refused here, before anything is stored or deferred: a plain private sentence.
    const recorded = await recordMeasure(deps, { caller: callerOf(interaction), left, right });
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await interaction.editReply(await renderMeasureReply(recorded, tr));
  },
};

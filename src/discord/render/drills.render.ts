import { EmbedBuilder } from "discord.js";
import { repsFor } from "../../domain/drills.rules.js";
import type { ProgressionState } from "../../domain/progression.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { BRAND_COLOUR, WARNING_COLOUR } from "./colours.render.js";
import { drillName, drillPurpose, drillSteps, levelTitle, setInstruction } from "./drill-words.render.js";

/** One card per matrix at the member's level: set-up, the three motions with cues, reps, safety. */
export function renderDrillCards(states: readonly ProgressionState[], tr: Translator): EmbedBuilder[] {
  return states.map((state) => {
    const steps = drillSteps(state.drill, state.level, tr);
    return new EmbedBuilder()
      .setColor(state.drill === "flexed-knee" ? BRAND_COLOUR : WARNING_COLOUR)
      .setTitle(`${drillName(tr, state.drill)} · ${levelTitle(tr, state.drill, state.level)}`)
      .setDescription(drillPurpose(state.drill, tr))
      .addFields(
        { name: tr.t("drills.card.setup"), value: steps.setup },
        ...steps.motions.map((motion) => ({ name: motion.name, value: motion.cue, inline: true })),
        { name: tr.t("drills.card.reps"), value: setInstruction(repsFor(state.level, state.repsStep), tr) },
        { name: tr.t("drills.card.safety"), value: steps.safety },
      )
      .setFooter({ text: `${tr.t("drills.card.neverIntoPain")} ${tr.t("common.notMedicalAdvice")}` });
  });
}

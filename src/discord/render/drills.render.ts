import { AttachmentBuilder, EmbedBuilder } from "discord.js";
import { repsFor } from "../../domain/drills.rules.js";
import type { ProgressionState } from "../../domain/progression.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { BRAND_COLOUR, WARNING_COLOUR } from "./colours.render.js";
import { drillPicture, drillPictureAlt } from "./drill-pictures.render.js";
import { drillName, drillPurpose, drillSteps, levelTitle, setInstruction } from "./drill-words.render.js";

/**
 * One card per matrix at the member's level: set-up, the three motions with cues, reps, safety, and
 * the picture of that matrix at that level, whose numbered arrows the motion names repeat.
 */
export async function renderDrillCards(
  states: readonly ProgressionState[],
  tr: Translator,
): Promise<{ embeds: EmbedBuilder[]; files: AttachmentBuilder[] }> {
  const cards = await Promise.all(
    states.map(async (state) => ({ state, picture: await drillPicture(state.drill, state.level) })),
  );
  return {
    embeds: cards.map(({ state, picture }) => drillCard(state, picture.name, tr)),
    files: cards.map(
      ({ state, picture }) =>
        new AttachmentBuilder(picture.data, {
          name: picture.name,
          description: drillPictureAlt(state.drill, state.level, tr),
        }),
    ),
  };
}

function drillCard(state: ProgressionState, pictureName: string, tr: Translator): EmbedBuilder {
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
    .setImage(`attachment://${pictureName}`)
    .setFooter({ text: `${tr.t("drills.card.neverIntoPain")} ${tr.t("common.notMedicalAdvice")}` });
}

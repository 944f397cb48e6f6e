import { EmbedBuilder } from "discord.js";
import { drillAt, drillPurpose, PLANE_LABELS, repsFor, setInstruction } from "../../domain/drills.js";
import type { ProgressionState } from "../../domain/progression.js";
import { BRAND_COLOUR, WARNING_COLOUR } from "./colours.js";

/** One card per matrix at the member's level: set-up, the three motions with cues, reps, safety. */
export function renderDrillCards(states: readonly ProgressionState[]): EmbedBuilder[] {
  return states.map((state) => {
    const card = drillAt(state.drill, state.level);
    return new EmbedBuilder()
      .setColor(state.drill === "flexed-knee" ? BRAND_COLOUR : WARNING_COLOUR)
      .setTitle(`${card.name} · ${card.title}`)
      .setDescription(drillPurpose(state.drill))
      .addFields(
        { name: "Set-up", value: card.setup },
        ...card.motions.map((motion) => ({
          name: PLANE_LABELS[motion.plane],
          value: motion.cue,
          inline: true,
        })),
        { name: "Reps", value: setInstruction(repsFor(state.level, state.repsStep)) },
        { name: "Safety", value: card.safety },
      )
      .setFooter({ text: "Never into pain. Dorsi is not medical advice." });
  });
}

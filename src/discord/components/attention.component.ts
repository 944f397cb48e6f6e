import { UserError } from "../../app/errors.js";
import { answerNudge } from "../../app/nudge-answers.usecases.js";
import { parseNudgeAnswer } from "../../domain/attention.rules.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { ComponentHandler } from "../command.js";
import { mentionsOf } from "../command-mentions.js";
import { NUDGE_PREFIX, renderNudgeAnswer } from "../render/attention.render.js";
import { reminderIdOf } from "./reminder-buttons.component.js";

/**
 * The nudge's Fewer reminders, Other times and Pause for a week: the DM keeps its words and gains
 * what the answer did; its buttons go, since it is answered once.
 */
export const nudgeButtons: ComponentHandler = {
  prefix: NUDGE_PREFIX,
  async button(interaction, [id, raw], { deps }) {
    const answer = parseNudgeAnswer(raw);
    if (answer === null) throw new UserError("reminders.errors.staleButton");
    const outcome = await answerNudge(deps, callerOf(interaction), reminderIdOf(id), answer);
    const line = renderNudgeAnswer(outcome, mentionsOf(interaction.client), translator(interaction.locale));
    await interaction.update({ content: `${interaction.message.content}\n${line}`, components: [] });
  },
};

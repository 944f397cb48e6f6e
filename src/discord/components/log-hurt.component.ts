import { reportPain } from "../../app/report-pain.usecases.js";
import { isDrill } from "../../domain/drills.rules.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import { type ComponentHandler, customId } from "../command.js";
import { buttonOwner } from "../preconditions.js";
import { LOG_HURT_PREFIX } from "../render/log.render.js";
import { renderPainReply } from "../render/pain.render.js";
import { painFormInput, painFormModal, replyToPainForm } from "./pain-form.component.js";

/**
 * /log's "That hurt": the Pain form on the drill just logged, then the same rules as /pain. The
 * /log reply loses its button once the form is sent, so one set is not reported twice by mistake.
 */
export const logHurtButton: ComponentHandler = {
  prefix: LOG_HURT_PREFIX,
  preconditions: [buttonOwner],
  async button(interaction, [, drill = ""]) {
    const prefill = { drill: isDrill(drill) ? drill : null, context: "drills" } as const;
    const modalId = customId(LOG_HURT_PREFIX, interaction.user.id);
    await interaction.showModal(painFormModal(modalId, translator(interaction.locale), prefill));
  },
  async modal(interaction, _args, { deps }) {
    const result = await reportPain(deps, {
      caller: callerOf(interaction),
      raw: painFormInput(interaction),
      interactionId: interaction.id,
      source: "command",
    });
    const reply = renderPainReply(result, interaction.user.id, translator(interaction.locale));
    await replyToPainForm(interaction, reply);
  },
};

import type { ButtonInteraction, Message, StringSelectMenuInteraction } from "discord.js";
import type { AppDeps } from "../../app/deps.js";
import { UserError } from "../../app/errors.js";
import { resumeReminders } from "../../app/pause.usecases.js";
import { answerWarningSigns } from "../../app/warning-signs.usecases.js";
import { NO_SIGN } from "../../domain/warning-signs.rules.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { ComponentHandler } from "../command.js";
import { buttonOwner } from "../preconditions.js";
import { renderSignAnswer } from "../render/pain.render.js";
import { SEEN_PREFIX, SIGNS_PREFIX } from "../render/signs.render.js";

/** The rows of a reply other than the warning-sign question (the pause offer stays when it was there). */
function rowsBesideTheQuestion(message: Message) {
  return message.components
    .map((row) => row.toJSON())
    .filter(
      (row) =>
        !("components" in row) ||
        !row.components.some(
          (component) => "custom_id" in component && component.custom_id.startsWith(`${SIGNS_PREFIX}:`),
        ),
    );
}

/** Stores the answer on its report and rewrites the reply with what it changed. */
async function answer(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  deps: AppDeps,
  rawReportId: string | undefined,
  values: readonly string[],
): Promise<void> {
  const reportId = Number(rawReportId);
  if (!Number.isSafeInteger(reportId) || reportId <= 0) throw new UserError("signs.errors.stale");
  const result = await answerWarningSigns(deps, callerOf(interaction), reportId, values);
  const pickedNone = values.every((value) => value === NO_SIGN);
  const tr = translator(interaction.locale);
  const reply = renderSignAnswer(result, pickedNone, interaction.message.content, interaction.user.id, tr);
  await interaction.update({
    ...reply,
    components: reply.components ?? rowsBesideTheQuestion(interaction.message),
  });
}

/** The warning-sign question after a report: the menu, and the "None of these" button. */
export const warningSignsQuestion: ComponentHandler = {
  prefix: SIGNS_PREFIX,
  preconditions: [buttonOwner],
  async select(interaction, [, reportId], { deps }) {
    await answer(interaction, deps, reportId, interaction.values);
  },
  async button(interaction, [, reportId, choice], { deps }) {
    if (choice !== NO_SIGN) throw new UserError("common.buttonInactive");
    await answer(interaction, deps, reportId, [NO_SIGN]);
  },
};

/** "I've been seen": ends the pause an urgent sign started, as /resume does. */
export const seenButton: ComponentHandler = {
  prefix: SEEN_PREFIX,
  preconditions: [buttonOwner],
  async button(interaction, _args, { deps }) {
    if (!(await resumeReminders(deps, interaction.user.id))) throw new UserError("signs.errors.notPaused");
    const tr = translator(interaction.locale);
    await interaction.update({
      content: `${interaction.message.content}\n\n${tr.t("signs.answer.seen")}`,
      components: [],
    });
  },
};

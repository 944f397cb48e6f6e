import type { ButtonInteraction, ModalSubmitInteraction } from "discord.js";
import type { AppDeps } from "../../app/deps.js";
import { UserError } from "../../app/errors.js";
import { answerDone } from "../../app/reminder-answers.usecases.js";
import {
  checkInFine,
  type RunPainAnswer,
  reportRunPain,
  runPainContext,
  warmupSkip,
} from "../../app/run-answers.usecases.js";
import { parseCheckInAnswer } from "../../domain/run-plan.rules.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import { type ComponentHandler, customId } from "../command.js";
import { renderLogReply } from "../render/log.render.js";
import { renderPainReply } from "../render/pain.render.js";
import { RUN_CHECK_PREFIX, RUN_WARMUP_PREFIX } from "../render/run-reminder.render.js";
import { painFormInput, painFormModal, replyToPainForm } from "./pain-form.component.js";
import { reminderIdOf } from "./reminder-buttons.component.js";

/** The DM keeps its words and gains the answer's line; its buttons go. */
async function closeWith(interaction: ButtonInteraction, line: string): Promise<void> {
  await interaction.update({ content: `${interaction.message.content}\n${line}`, components: [] });
}

/**
 * Opens the pain form of a warm-up's "That hurt" or a check-in's "A bit sore" / "Painful", its "when"
 * starting on the drills, the run, or (trail and downhill) a descent.
 */
async function openPainForm(
  interaction: ButtonInteraction,
  prefix: string,
  reminderId: number,
  answer: RunPainAnswer,
  deps: AppDeps,
): Promise<void> {
  const context = await runPainContext(deps, interaction.user.id, reminderId, answer);
  await interaction.showModal(
    painFormModal(customId(prefix, reminderId, answer), translator(interaction.locale), { context }),
  );
}

/** The submitted form: reported as /pain would be, with the run's context; the DM says it is noted. */
async function submitPainForm(
  interaction: ModalSubmitInteraction,
  reminderId: number,
  answer: RunPainAnswer,
  deps: AppDeps,
): Promise<void> {
  const tr = translator(interaction.locale);
  const result = await reportRunPain(
    deps,
    callerOf(interaction),
    reminderId,
    answer,
    painFormInput(interaction),
    interaction.id,
  );
  const reported = `${interaction.message?.content ?? ""}\n${tr.t("runs.reply.painReported")}`;
  await replyToPainForm(interaction, renderPainReply(result, interaction.user.id, tr), reported);
}

/** The warm-up's Done (one set of each matrix), Skip and That hurt. */
export const runWarmupButtons: ComponentHandler = {
  prefix: RUN_WARMUP_PREFIX,
  async button(interaction, [id, action], { deps }) {
    const reminderId = reminderIdOf(id);
    const tr = translator(interaction.locale);
    if (action === "done") {
      const result = await answerDone(deps, callerOf(interaction), reminderId, interaction.id, "warmup");
      await closeWith(interaction, `${tr.t("reminders.reply.done")} ${renderLogReply(result, tr).content}`);
    } else if (action === "skip") {
      await warmupSkip(deps, callerOf(interaction), reminderId);
      await closeWith(interaction, tr.t("runs.reply.skipped"));
    } else if (action === "hurt") {
      await openPainForm(interaction, RUN_WARMUP_PREFIX, reminderId, "hurt", deps);
    } else {
      throw new UserError("reminders.errors.staleButton");
    }
  },
  async modal(interaction, [id], { deps }) {
    await submitPainForm(interaction, reminderIdOf(id), "hurt", deps);
  },
};

/** The after-run check-in: Fine is a pain-free run; A bit sore and Painful open the pain form. */
export const runCheckButtons: ComponentHandler = {
  prefix: RUN_CHECK_PREFIX,
  async button(interaction, [id, raw], { deps }) {
    const reminderId = reminderIdOf(id);
    const answer = parseCheckInAnswer(raw);
    if (answer === null) throw new UserError("reminders.errors.staleButton");
    if (answer === "fine") {
      await checkInFine(deps, callerOf(interaction), reminderId);
      await closeWith(interaction, translator(interaction.locale).t("runs.reply.fine"));
    } else {
      await openPainForm(interaction, RUN_CHECK_PREFIX, reminderId, answer, deps);
    }
  },
  async modal(interaction, [id, raw], { deps }) {
    const answer = parseCheckInAnswer(raw);
    if (answer === null || answer === "fine") throw new UserError("reminders.errors.staleButton");
    await submitPainForm(interaction, reminderIdOf(id), answer, deps);
  },
};

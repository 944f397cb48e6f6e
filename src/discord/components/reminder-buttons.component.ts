import { UserError } from "../../app/errors.js";
import { answerMorningCheck } from "../../app/morning-answers.usecases.js";
import {
  answerDone,
  answerPain,
  checkReminderOpen,
  snoozeReminder,
} from "../../app/reminder-answers.usecases.js";
import { parseMorningBand } from "../../domain/morning-check.rules.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import { type ComponentHandler, customId } from "../command.js";
import { renderLogReply } from "../render/log.render.js";
import { renderMorningAnswer } from "../render/morning-check.render.js";
import { renderPainReply } from "../render/pain.render.js";
import {
  MORNING_PREFIX,
  REMINDER_DONE_PREFIX,
  REMINDER_PAIN_PREFIX,
  REMINDER_SNOOZE_PREFIX,
} from "../render/reminder.render.js";
import { discordTime } from "../render/time.render.js";
import { painFormInput, painFormModal, replyToPainForm } from "./pain-form.component.js";

/** The reminder a button belongs to, from its custom id; a malformed one is a stale button. */
export function reminderIdOf(raw: string | undefined): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) throw new UserError("reminders.errors.staleButton");
  return id;
}

/** Done: logs the set, and the reminder shows it is done with its buttons gone. */
export const reminderDoneButton: ComponentHandler = {
  prefix: REMINDER_DONE_PREFIX,
  async button(interaction, [id], { deps }) {
    const result = await answerDone(deps, callerOf(interaction), reminderIdOf(id), interaction.id);
    const tr = translator(interaction.locale);
    await interaction.update({
      content: `${tr.t("reminders.reply.done")} ${renderLogReply(result, tr).content}`,
      components: [],
    });
  },
};

/** Snooze: again in 30 minutes (at most twice); this message loses its buttons. */
export const reminderSnoozeButton: ComponentHandler = {
  prefix: REMINDER_SNOOZE_PREFIX,
  async button(interaction, [id], { deps }) {
    const dueAt = await snoozeReminder(deps, callerOf(interaction), reminderIdOf(id));
    const snoozed = translator(interaction.locale).t("reminders.reply.snoozed", {
      time: discordTime(dueAt, "t"),
    });
    await interaction.update({
      content: `${interaction.message.content}\n${snoozed}`,
      components: [],
    });
  },
};

/** Pain: opens the short pain report; its answer arrives as the modal below. */
export const reminderPainButton: ComponentHandler = {
  prefix: REMINDER_PAIN_PREFIX,
  async button(interaction, [id], { deps }) {
    const reminderId = reminderIdOf(id);
    const drill = await checkReminderOpen(deps, interaction.user.id, reminderId);
    const modalId = customId(REMINDER_PAIN_PREFIX, reminderId);
    await interaction.showModal(painFormModal(modalId, translator(interaction.locale), { drill }));
  },
  async modal(interaction, [id], { deps }) {
    const result = await answerPain(
      deps,
      callerOf(interaction),
      reminderIdOf(id),
      painFormInput(interaction),
      interaction.id,
    );
    const tr = translator(interaction.locale);
    const reported = `${interaction.message?.content ?? ""}\n${tr.t("reminders.reply.painReported")}`;
    await replyToPainForm(interaction, renderPainReply(result, interaction.user.id, tr), reported);
  },
};

/** The morning check's quick answers; the reply keeps the pause offer's buttons when it has one. */
export const morningCheckButtons: ComponentHandler = {
  prefix: MORNING_PREFIX,
  async button(interaction, [id, raw], { deps }) {
    const band = parseMorningBand(raw);
    if (band === null) throw new UserError("reminders.errors.staleButton");
    const caller = callerOf(interaction);
    const answer = await answerMorningCheck(deps, caller, reminderIdOf(id), band, interaction.id);
    const reply = renderMorningAnswer(answer, caller.userId, translator(interaction.locale));
    await interaction.update({
      content: `${interaction.message.content}\n${reply.content}`,
      components: reply.components,
    });
  },
};

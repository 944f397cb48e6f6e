import { ActionRowBuilder, type BaseMessageOptions, ButtonBuilder, ButtonStyle } from "discord.js";
import type { MorningAnswer } from "../../app/reminder-answers.usecases.js";
import type { PainChange, ReportPainResult } from "../../app/report-pain.usecases.js";
import { LOCATIONS, type PainDecision } from "../../domain/pain.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { describeBackOffOutcome } from "./progression.render.js";
import { discordTime } from "./time.render.js";

export const PAIN_PAUSE_PREFIX = "pain-pause";
export const PAIN_KEEP_PREFIX = "pain-keep";
export const ESCALATION_PAUSE_DAYS = 7;

/** The plan in words: thanks, one sentence per matrix it changed, and how to train meanwhile. */
function planLines(decision: PainDecision, changes: readonly PainChange[], tr: Translator): string[] {
  const { backOff } = decision.plan;
  if (backOff.kind === "none") return [tr.t("pain.plan.none")];
  return [
    tr.t("pain.plan.thanks"),
    ...changes.map((change) => describeBackOffOutcome(change.drill, change.outcome, tr)),
    tr.t(`pain.advice.${backOff.kind}`),
  ];
}

/**
 * The decision in words: the plan, then prompt care for warning signs, then the physician advice
 * (with the reasons when it escalated), then the pause offer. The disclaimer is the caller's last line.
 */
function decisionLines(decision: PainDecision, changes: readonly PainChange[], tr: Translator): string[] {
  const lines = planLines(decision, changes, tr);
  if (decision.urgentCare) lines.push(tr.t("pain.urgentCare"));
  if (decision.escalation) {
    const reasons = decision.escalation.reasons.map((reason) => tr.t(`pain.reason.${reason}`));
    lines.push(tr.t("pain.escalation", { reasons: tr.list(reasons) }));
  } else if (decision.advisePhysician && !decision.urgentCare) {
    lines.push(tr.t("pain.physician"));
  }
  if (decision.offerPause) lines.push(tr.t("pain.pauseOffer"));
  return lines;
}

function pauseButtons(userId: string, tr: Translator): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(PAIN_PAUSE_PREFIX, userId, ESCALATION_PAUSE_DAYS))
      .setLabel(tr.t("pain.button.pause", { count: ESCALATION_PAUSE_DAYS }))
      .setStyle(ButtonStyle.Primary),
    new ButtonBuilder()
      .setCustomId(customId(PAIN_KEEP_PREFIX, userId))
      .setLabel(tr.t("pain.button.keep"))
      .setStyle(ButtonStyle.Secondary),
  );
}

/**
 * The reply to a pain report: exactly what changed and why, advice where the rules say so, when
 * Dorsi will check in, and always, last, that this is not medical advice.
 */
export function renderPainReply(
  result: ReportPainResult,
  userId: string,
  tr: Translator,
): BaseMessageOptions {
  if (!result.recorded) return { content: tr.t("pain.alreadyRecorded") };
  const lines = decisionLines(result.decision, result.changes, tr);
  if (result.morningCheckAt) {
    lines.push(tr.t("pain.morningCheckPlanned", { time: discordTime(result.morningCheckAt, "f") }));
  }
  lines.push(tr.t("common.notMedicalAdvice"));
  const components = result.decision.offerPause ? [pauseButtons(userId, tr)] : [];
  return { content: lines.join("\n"), components };
}

/** The answer to a next-morning check, added under the question: settled, same, or worse and eased off. */
export function renderMorningAnswer(answer: MorningAnswer, tr: Translator): string {
  const { result, changes } = answer;
  const lines: string[] = [];
  switch (result.outcome) {
    case "settled":
      lines.push(tr.t("pain.morning.settled"));
      break;
    case "same":
      lines.push(tr.t("pain.morning.same"), tr.t("pain.morning.sameFollowUp"));
      if (result.band === "severe") lines.push(tr.t("pain.physician"));
      break;
    case "worse":
      lines.push(tr.t("pain.morning.worse"));
      if (result.decision) lines.push(...decisionLines(result.decision, changes, tr));
      break;
  }
  lines.push(tr.t("common.notMedicalAdvice"));
  return lines.join("\n");
}

/** Where it hurt, inside a sentence; a place no longer known (an older row) reads "somewhere else". */
export function painPlace(location: string, tr: Translator): string {
  return tr.t(`common.place.${LOCATIONS.find((known) => known === location) ?? "other"}`);
}

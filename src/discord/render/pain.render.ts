import { ActionRowBuilder, type BaseMessageOptions, ButtonBuilder, ButtonStyle } from "discord.js";
import type { PainChange, ReportPainResult } from "../../app/report-pain.usecases.js";
import type { SignAnswerResult } from "../../app/warning-signs.usecases.js";
import { LOCATIONS, type PainDecision } from "../../domain/pain.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { describeBackOffOutcome } from "./progression.render.js";
import { seenRow, signQuestionRows, soonLine, urgentLines } from "./signs.render.js";
import { discordTime } from "./time.render.js";

export const PAIN_PAUSE_PREFIX = "pain-pause";
export const PAIN_KEEP_PREFIX = "pain-keep";
const ESCALATION_PAUSE_DAYS = 7;

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
 * The decision in words: the plan, what changes about running, then the advice; an urgent sign says
 * only what to do now (urgentLines) and that running stops too. The disclaimer is the caller's last line.
 */
export function decisionLines(
  decision: PainDecision,
  changes: readonly PainChange[],
  tr: Translator,
): string[] {
  if (decision.pauseUntilSeen)
    return [...urgentLines(decision.signs, changes, tr), ...runningLines(decision, tr)];
  return [...planLines(decision, changes, tr), ...runningLines(decision, tr), ...adviceLines(decision, tr)];
}

/** For pain on a run or a descent: what changes about running, one sentence each. */
function runningLines(decision: PainDecision, tr: Translator): string[] {
  return decision.runningAdvice.map((advice) => tr.t(`pain.running.${advice}`));
}

/**
 * The advice of a decision: a "soon" warning sign's, then the physician advice (with the reasons
 * when it escalated), then the pause offer, which always comes with pauseButtons.
 */
export function adviceLines(decision: PainDecision, tr: Translator): string[] {
  const lines: string[] = [];
  if (decision.signs.tier !== null) lines.push(soonLine(decision.signs, tr));
  if (decision.escalation) {
    const reasons = decision.escalation.reasons.map((reason) => tr.t(`pain.reason.${reason}`));
    lines.push(tr.t("pain.escalation", { reasons: tr.list(reasons) }));
  } else if (decision.advisePhysician && decision.signs.tier === null) {
    lines.push(tr.t("pain.physician"));
  }
  if (decision.offerPause) lines.push(tr.t("pain.pauseOffer"));
  return lines;
}

/** The pause offer's buttons: Pause, and Keep going unless `keepGoing` is false (the urgent tier). */
export function pauseButtons(
  userId: string,
  tr: Translator,
  keepGoing = true,
): ActionRowBuilder<ButtonBuilder> {
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(PAIN_PAUSE_PREFIX, userId, ESCALATION_PAUSE_DAYS))
      .setLabel(tr.t("pain.button.pause", { count: ESCALATION_PAUSE_DAYS }))
      .setStyle(ButtonStyle.Primary),
  );
  if (!keepGoing) return row;
  return row.addComponents(
    new ButtonBuilder()
      .setCustomId(customId(PAIN_KEEP_PREFIX, userId))
      .setLabel(tr.t("pain.button.keep"))
      .setStyle(ButtonStyle.Secondary),
  );
}

/**
 * The reply to a pain report: exactly what changed and why, advice where the rules say so, when
 * Dorsi will check in, the warning-sign question where it is asked, and always, last, that this is
 * not medical advice. An urgent sign says only what to do now, with one button: "I've been seen".
 */
export function renderPainReply(
  result: ReportPainResult,
  userId: string,
  tr: Translator,
): BaseMessageOptions {
  if (!result.recorded) return { content: tr.t("pain.alreadyRecorded") };
  const { decision, changes } = result;
  if (decision.pauseUntilSeen) {
    const lines = [...decisionLines(decision, changes, tr), tr.t("common.notMedicalAdvice")];
    return { content: lines.join("\n"), components: [seenRow(userId, tr)] };
  }
  const lines = decisionLines(decision, changes, tr);
  if (result.morningCheckAt) {
    lines.push(tr.t("pain.morningCheckPlanned", { time: discordTime(result.morningCheckAt, "f") }));
  }
  const ask = result.askSigns && result.reportId !== null ? result.reportId : null;
  if (ask !== null) lines.push(tr.t("signs.question"));
  lines.push(tr.t("common.notMedicalAdvice"));
  const components = [
    ...(ask !== null ? signQuestionRows(userId, ask, tr) : []),
    ...(decision.offerPause ? [pauseButtons(userId, tr)] : []),
  ];
  return { content: lines.join("\n"), components };
}

/**
 * The reply to a pain report once its warning-sign question is answered, replacing it. An urgent
 * sign: only what to do now and "I've been seen". A "soon" sign: the reply so far, then the sign's
 * advice and what changed, with the pause offer. Otherwise the reply so far with a thank-you;
 * `components` is then left out, for the caller to keep the buttons the reply had.
 */
export function renderSignAnswer(
  answer: SignAnswerResult,
  pickedNone: boolean,
  replySoFar: string,
  userId: string,
  tr: Translator,
): BaseMessageOptions {
  const { decision, changes } = answer;
  const disclaimer = tr.t("common.notMedicalAdvice");
  if (decision?.pauseUntilSeen) {
    const lines = [...decisionLines(decision, changes, tr), disclaimer];
    return { content: lines.join("\n"), components: [seenRow(userId, tr)] };
  }
  const before = replySoFar
    .split("\n")
    .filter((line) => line !== tr.t("signs.question") && line !== disclaimer);
  if (!decision) {
    const thanks = tr.t(pickedNone ? "signs.answer.none" : "signs.answer.noChange");
    return { content: [...before, thanks, disclaimer].join("\n") };
  }
  // The number's escalation was said with the report; what is new is the sign.
  const advice = decisionLines({ ...decision, escalation: null }, changes, tr);
  const components = decision.offerPause ? [pauseButtons(userId, tr)] : [];
  return { content: [...before, "", ...advice, disclaimer].join("\n"), components };
}

/** Where it hurt, inside a sentence; a place no longer known (an older row) reads "somewhere else". */
export function painPlace(location: string, tr: Translator): string {
  return tr.t(`common.place.${LOCATIONS.find((known) => known === location) ?? "other"}`);
}

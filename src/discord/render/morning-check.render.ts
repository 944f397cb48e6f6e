import type { ActionRowBuilder, ButtonBuilder } from "discord.js";
import type { MorningAnswer } from "../../app/morning-answers.usecases.js";
import type { Translator } from "../../i18n/i18n.js";
import { adviceLines, decisionLines, pauseButtons } from "./pain.render.js";
import { discordTime } from "./time.render.js";

interface MorningAnswerReply {
  /** Added under the question. */
  readonly content: string;
  readonly components: ActionRowBuilder<ButtonBuilder>[];
}

/**
 * The answer to a morning check: settled, not settled yet, or worse and eased off; the physician
 * advice when the answers say so, with the pause offer and its buttons; when Dorsi asks again; and,
 * last, that this is not medical advice.
 */
export function renderMorningAnswer(
  answer: MorningAnswer,
  userId: string,
  tr: Translator,
): MorningAnswerReply {
  const { result, changes, nextCheckAt } = answer;
  const { decision } = result;
  const lines =
    result.outcome === "worse"
      ? [tr.t("pain.morning.worse"), ...decisionLines(decision, changes, tr)]
      : [tr.t(`pain.morning.${result.outcome}`), ...adviceLines(decision, tr)];
  if (nextCheckAt) lines.push(tr.t("pain.morning.askAgain", { time: discordTime(nextCheckAt, "f") }));
  lines.push(tr.t("common.notMedicalAdvice"));
  const components = decision.offerPause ? [pauseButtons(userId, tr, result.keepGoing)] : [];
  return { content: lines.join("\n"), components };
}

import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import type { NudgeOutcome } from "../../app/nudge-answers.usecases.js";
import { type AttentionContent, NUDGE_ANSWERS } from "../../domain/attention.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import type { CommandMention } from "../command-mentions.js";
import { renderPauseReply } from "./schedule.render.js";

export const NUDGE_PREFIX = "nudge";

/** The nudge with its three buttons, or the streak warning: a reminder DM as Discord API JSON. */
export function renderAttention(content: AttentionContent, tr: Translator) {
  if (content.kind === "streak-warning") {
    return {
      content: tr.t("attention.streak.warning", { count: content.streakDays }),
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] as [] },
    };
  }
  const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
    NUDGE_ANSWERS.map((answer) =>
      new ButtonBuilder()
        .setCustomId(customId(NUDGE_PREFIX, content.reminderId, answer))
        .setLabel(tr.t(`attention.nudge.button.${answer}`))
        .setStyle(answer === "fewer" ? ButtonStyle.Primary : ButtonStyle.Secondary),
    ),
  );
  return {
    content: tr.t("attention.nudge.text"),
    embeds: [],
    components: [buttons.toJSON()],
    allowed_mentions: { parse: [] as [] },
  };
}

/** The line a nudge's answer adds to it: what changed, or how /schedule changes the times. */
export function renderNudgeAnswer(outcome: NudgeOutcome, mention: CommandMention, tr: Translator): string {
  switch (outcome.answer) {
    case "fewer":
      return tr.t("attention.reply.fewer", { count: outcome.perDay, schedule: mention("schedule") });
    case "times":
      return tr.t("attention.reply.times", { schedule: mention("schedule") });
    case "pause":
      return renderPauseReply(outcome.until, tr);
  }
}

/** The /schedule reply's line on the streak warning, when the member set it. */
export function renderStreakWarningChoice(on: boolean, tr: Translator): string {
  return tr.t(on ? "attention.schedule.on" : "attention.schedule.off");
}

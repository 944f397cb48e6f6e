import { ActionRowBuilder, type BaseMessageOptions, ButtonBuilder, ButtonStyle } from "discord.js";
import { appliedChanges, type ReportPainResult } from "../../app/report-pain.js";
import { explainPainDecision } from "../../domain/pain.js";
import { translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { describeBackOffOutcome } from "./progression.js";
import { discordTime } from "./time.js";

export const PAIN_PAUSE_PREFIX = "pain-pause";
export const PAIN_KEEP_PREFIX = "pain-keep";
export const ESCALATION_PAUSE_DAYS = 7;

/** The reply to a pain report: exactly what changed and why, advice where the rules say so. */
export function renderPainReply(result: ReportPainResult, userId: string): BaseMessageOptions {
  if (!result.recorded) return { content: "That pain report was already recorded; nothing changed twice." };
  const lines = [
    ...result.changes.map((change) =>
      describeBackOffOutcome(change.drill, change.outcome, translator("en-US")),
    ),
    ...explainPainDecision(result.decision, appliedChanges(result.changes)).split("\n"),
  ];
  if (result.morningCheckAt) {
    // Just before the closing "not medical advice" line.
    lines.splice(
      -1,
      0,
      `I'll check in by DM ${discordTime(result.morningCheckAt, "f")} to see how it has settled.`,
    );
  }
  const components = result.decision.offerPause
    ? [
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder()
            .setCustomId(customId(PAIN_PAUSE_PREFIX, userId, ESCALATION_PAUSE_DAYS))
            .setLabel(`Pause reminders ${ESCALATION_PAUSE_DAYS} days`)
            .setStyle(ButtonStyle.Primary),
          new ButtonBuilder()
            .setCustomId(customId(PAIN_KEEP_PREFIX, userId))
            .setLabel("Keep going")
            .setStyle(ButtonStyle.Secondary),
        ),
      ]
    : [];
  return { content: lines.join("\n"), components };
}

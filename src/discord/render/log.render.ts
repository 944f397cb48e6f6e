import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import type { LogSetsResult } from "../../app/log-sets.usecases.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { drillLabel } from "./drill-words.render.js";
import { describeSetsOutcome } from "./progression.render.js";

export function renderLogReply(result: LogSetsResult, tr: Translator): { content: string } {
  const drills = tr.list(result.logged.map((entry) => drillLabel(tr, entry.drill)));
  const count = result.sets;
  const headline = result.recorded
    ? tr.t("progress.log.logged", { count, drills })
    : tr.t("progress.log.already", { count, drills });
  const outcomes = result.logged.flatMap((entry) =>
    entry.outcome ? [describeSetsOutcome(entry.drill, entry.outcome, tr)] : [],
  );
  const totals = [...result.weekSetsByDrill]
    .map(([drill, sets]) => `${drillLabel(tr, drill)} ${tr.number(sets)}`)
    .join(" · ");
  return { content: [headline, ...outcomes, tr.t("progress.log.week", { totals })].join("\n") };
}

export const LOG_HURT_PREFIX = "log-hurt";

/** "That hurt" under /log's reply: opens the Pain form on the drill just logged ("both": none). */
export function thatHurtRow(userId: string, drill: string, tr: Translator): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(LOG_HURT_PREFIX, userId, drill))
      .setLabel(tr.t("progress.log.hurt"))
      .setStyle(ButtonStyle.Danger),
  );
}

import type { LogSetsResult } from "../../app/log-sets.js";
import { describeSetsOutcome } from "../../domain/progression.js";
import { translator } from "../../i18n/i18n.js";
import { drillLabel } from "./drill-words.js";
import { discordTime } from "./time.js";

export function renderLogReply(result: LogSetsResult): { content: string } {
  const names = result.logged.map((entry) => drillLabel(translator("en-US"), entry.drill)).join(" and ");
  const plural = result.sets === 1 ? "set" : "sets";
  const headline = result.recorded
    ? `Logged ${result.sets} ${plural}: ${names}.`
    : `Already logged: ${result.sets} ${plural}, ${names}. Nothing was added twice.`;
  const outcomes = result.logged.flatMap((entry) =>
    entry.outcome ? [describeSetsOutcome(entry.drill, entry.outcome, discordTime)] : [],
  );
  const week = [...result.weekSetsByDrill]
    .map(([drill, sets]) => `${drillLabel(translator("en-US"), drill)} ${sets}`)
    .join(" · ");
  return { content: [headline, ...outcomes, `This week: ${week}`].join("\n") };
}

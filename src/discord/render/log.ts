import type { LogSetsResult } from "../../app/log-sets.js";
import { drillLabel } from "../../domain/drills.js";
import { describeSetsOutcome } from "../../domain/progression.js";
import { discordTime } from "./time.js";

export function renderLogReply(result: LogSetsResult): { content: string } {
  const names = result.logged.map((entry) => drillLabel(entry.drill)).join(" and ");
  const plural = result.sets === 1 ? "set" : "sets";
  const headline = result.recorded
    ? `Logged ${result.sets} ${plural}: ${names}.`
    : `Already logged: ${result.sets} ${plural}, ${names}. Nothing was added twice.`;
  const outcomes = result.logged.flatMap((entry) =>
    entry.outcome ? [describeSetsOutcome(entry.drill, entry.outcome, discordTime)] : [],
  );
  const week = [...result.weekSetsByDrill].map(([drill, sets]) => `${drillLabel(drill)} ${sets}`).join(" · ");
  return { content: [headline, ...outcomes, `This week: ${week}`].join("\n") };
}

import type { ProgressReport } from "../../app/progress.js";
import { drillLabel } from "../../domain/drills.js";

export function renderProgressReply(report: ProgressReport): { content: string } {
  if (!report.known) {
    return { content: "No sets logged yet. Start with /drills to see how, then /log after your first set." };
  }
  const lines = report.drills.map(
    (entry) => `**${drillLabel(entry.drill)}**: ${entry.weekSets} this week, ${entry.totalSets} in total`,
  );
  return { content: lines.join("\n") };
}

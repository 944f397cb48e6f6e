import { AttachmentBuilder, type BaseMessageOptions, EmbedBuilder } from "discord.js";
import type { ProgressReport } from "../../app/progress.js";
import { describeProgress } from "../../domain/progression.js";
import { translator } from "../../i18n/i18n.js";
import { BRAND_COLOUR } from "./colours.js";
import { drillLabel } from "./drill-words.js";
import { loadCharts } from "./load-charts.js";
import { discordTime } from "./time.js";

const CHART_FILE = "progress.png";

/** The /progress reply: an embed per the member's matrices and the four-week chart. */
export async function renderProgressReply(report: ProgressReport): Promise<BaseMessageOptions> {
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOUR)
    .setTitle("Your ankle progress")
    .setDescription(
      report.known
        ? `Streak: **${plural(report.streakDays, "day")}** in a row with at least one set.`
        : "Nothing logged yet. Start with /drills, then /log after your first set.",
    )
    .addFields(
      report.matrices.map(({ state, weekSets }) => ({
        name: drillLabel(translator("en-US"), state.drill),
        value: `${describeProgress(state, report.now, discordTime)}\nThis week: ${plural(weekSets, "set")}`,
      })),
    );
  if (report.lastPain) {
    const pain = report.lastPain;
    embed.addFields({
      name: "Last pain report",
      value: `${pain.severity}/10, ${pain.location}, ${discordTime(pain.reportedAt, "R")}`,
    });
  }
  const chart = await (await loadCharts()).renderProgressChart({
    title: "Your last four weeks",
    today: report.today,
    days: report.days.map((day) => ({
      localDate: day.localDate,
      flexedKnee: day.sets.get("flexed-knee") ?? 0,
      straightLeg: day.sets.get("straight-leg") ?? 0,
    })),
  });
  embed.setImage(`attachment://${CHART_FILE}`);
  return { embeds: [embed], files: [new AttachmentBuilder(chart, { name: CHART_FILE })] };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

import { AttachmentBuilder, type BaseMessageOptions, EmbedBuilder } from "discord.js";
import type { ProgressReport } from "../../app/progress.usecases.js";
import type { PainReportRow } from "../../db/repos/pain-reports.repository.js";
import type { RunWeek } from "../../domain/run-week.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { BRAND_COLOUR } from "./colours.render.js";
import { drillLabel } from "./drill-words.render.js";
import { loadCharts } from "./load-charts.render.js";
import { renderMeasureProgress } from "./measure.render.js";
import { painPlace } from "./pain.render.js";
import { describeProgress } from "./progression.render.js";
import { discordTime } from "./time.render.js";

const CHART_FILE = "progress.png";

/** The /progress reply: an embed per the member's matrices and the four-week chart, then their knee-to-wall tests. */
export async function renderProgressReply(
  report: ProgressReport,
  tr: Translator,
): Promise<BaseMessageOptions> {
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOUR)
    .setTitle(tr.t("progress.report.title"))
    .setDescription(
      [
        report.known
          ? tr.t("progress.report.streak", { count: report.streakDays })
          : tr.t("progress.report.newcomer"),
        ...(report.readyForTrails ? [tr.t("runs.progress.trails")] : []),
      ].join("\n"),
    )
    .addFields(
      report.matrices.map(({ state, weekSets }) => ({
        name: drillLabel(tr, state.drill),
        value: `${describeProgress(state, report.now, report.today, tr)}\n${tr.t("progress.report.weekSets", { count: weekSets })}`,
      })),
    );
  if (report.lastPain) embed.addFields(lastPainField(report.lastPain, tr));
  if (report.runs) embed.addFields(runsField(report.runs, tr));
  const chart = await (await loadCharts()).renderProgressChart(
    {
      today: report.today,
      days: report.days.map((day) => ({
        localDate: day.localDate,
        flexedKnee: day.sets.get("flexed-knee") ?? 0,
        straightLeg: day.sets.get("straight-leg") ?? 0,
      })),
    },
    tr,
  );
  embed.setImage(`attachment://${CHART_FILE}`);
  const measures = await renderMeasureProgress(report.measures, tr);
  return {
    embeds: [embed.toJSON(), ...measures.embeds],
    files: [new AttachmentBuilder(chart, { name: CHART_FILE }), ...measures.files],
  };
}

function lastPainField(pain: PainReportRow, tr: Translator): { name: string; value: string } {
  return {
    name: tr.t("progress.report.lastPain"),
    value: tr.t("progress.report.lastPainValue", {
      severity: pain.severity,
      place: painPlace(pain.location, tr),
      when: discordTime(pain.reportedAt, "R"),
    }),
  };
}

function runsField(runs: RunWeek, tr: Translator): { name: string; value: string } {
  return {
    name: tr.t("runs.progress.title"),
    value: tr.t("runs.progress.value", {
      planned: runs.planned,
      warmups: runs.warmupsDone,
      answered: runs.checkIns,
      fine: runs.painFree,
    }),
  };
}

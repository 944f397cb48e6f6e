import type { ChartConfiguration } from "chart.js";
import type { ClubStats } from "../../app/club-stats.usecases.js";
import type { Translator } from "../../i18n/i18n.js";
import { backgroundPlugin, chartFont, STILL_CHART } from "./chart-config.render.js";
import { THEME } from "./chart-draw.render.js";

/** Small: a captain reads it on a phone next to the figures. */
export const CLUB_STATS_CHART_SIZE = { width: 800, height: 420 } as const;

export function clubStatsChartConfig(
  stats: ClubStats,
  tr: Translator,
): ChartConfiguration<"bar", number[], string> {
  const dayMonth = new Intl.DateTimeFormat(tr.intl, { day: "numeric", month: "short", timeZone: "UTC" });
  const labels = stats.weeks.map((week) => dayMonth.format(new Date(`${week.startLocalDate}T00:00:00Z`)));
  const last = stats.weeks.length - 1;
  return {
    type: "bar",
    data: {
      labels,
      datasets: [
        {
          data: stats.weeks.map((week) => week.sets),
          // This week, still under way, stands out from the finished ones.
          backgroundColor: stats.weeks.map((_, index) =>
            index === last ? THEME.straightLeg : THEME.flexedKnee,
          ),
          borderRadius: 6,
          categoryPercentage: 0.7,
          barPercentage: 1,
        },
      ],
    },
    options: {
      ...STILL_CHART,
      layout: { padding: 20 },
      plugins: {
        title: {
          display: true,
          text: tr.t("clubStats.chartTitle"),
          align: "start",
          color: THEME.text,
          font: chartFont(28, 700),
        },
        legend: { display: false },
        tooltip: { enabled: false },
      },
      scales: {
        x: { grid: { display: false }, ticks: { color: THEME.muted, font: chartFont(20) } },
        y: {
          beginAtZero: true,
          suggestedMax: 4,
          grid: { color: THEME.grid },
          border: { display: false },
          ticks: { color: THEME.muted, font: chartFont(18), precision: 0, maxTicksLimit: 5 },
        },
      },
    },
    plugins: [backgroundPlugin<"bar">()],
  };
}

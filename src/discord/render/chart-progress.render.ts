import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartConfiguration,
  Legend,
  LinearScale,
  type Plugin,
  SubTitle,
  Title,
} from "chart.js";
import type { Translator } from "../../i18n/i18n.js";
import { backgroundPlugin, chartFont, chartHeading, STILL_CHART } from "./chart-config.render.js";
import { fillRoundRect, THEME } from "./chart-draw.render.js";
import { drillLabel } from "./drill-words.render.js";

/** What Chart.js needs registered for the progress chart (tree-shaken: no other controllers). */
export const PROGRESS_CHART_COMPONENTS = [
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Title,
  SubTitle,
];

export const PROGRESS_CHART_SIZE = { width: 1200, height: 675 } as const;

export interface ProgressDay {
  localDate: string;
  flexedKnee: number;
  straightLeg: number;
}

export interface ProgressChartInput {
  days: ProgressDay[];
  today: string;
}

const DAYS_PER_BLOCK = 7;

function utcDate(localDate: string): Date {
  return new Date(`${localDate}T00:00:00Z`);
}

/** Days are grouped in 7-day blocks counted back from the newest day, so the last block ends today. */
function blockOf(index: number, count: number): number {
  return Math.floor((count - 1 - index) / DAYS_PER_BLOCK);
}

function startsBlock(index: number, count: number): boolean {
  return index === 0 || blockOf(index, count) !== blockOf(index - 1, count);
}

/**
 * Weekday initial for every day; the first day of each 7-day block also gets its date ("Nov 24",
 * "24. Nov."), both in the reader's language. Local dates are calendar days, so they format in UTC.
 */
function tickLabels(days: ProgressDay[], tr: Translator): string[][] {
  const weekday = new Intl.DateTimeFormat(tr.intl, { weekday: "narrow", timeZone: "UTC" });
  const dayMonth = new Intl.DateTimeFormat(tr.intl, { day: "numeric", month: "short", timeZone: "UTC" });
  return days.map((day, index) => {
    const date = utcDate(day.localDate);
    const initial = weekday.format(date);
    return startsBlock(index, days.length) ? [initial, dayMonth.format(date)] : [initial];
  });
}

function totalSets(days: ProgressDay[]): number {
  return days.reduce((sum, day) => sum + day.flexedKnee + day.straightLeg, 0);
}

/** Geometry of one day's slot along the x axis. */
function slotBox(chart: { chartArea: { left: number; width: number } }, index: number, count: number) {
  const width = chart.chartArea.width / count;
  return { x: chart.chartArea.left + index * width, width };
}

/** Alternate shading of the 7-day blocks and a tinted column for today, both behind the bars. */
function slotShadingPlugin(input: ProgressChartInput): Plugin<"bar"> {
  return {
    id: "dorsiSlotShading",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const count = input.days.length;
      ctx.save();
      input.days.forEach((day, index) => {
        const slot = slotBox(chart, index, count);
        const shaded = blockOf(index, count) % 2 === 1;
        const isToday = day.localDate === input.today;
        if (!shaded && !isToday) return;
        ctx.fillStyle = isToday ? "rgba(255, 255, 255, 0.10)" : "rgba(255, 255, 255, 0.035)";
        ctx.fillRect(slot.x, chartArea.top, slot.width, chartArea.height);
      });
      ctx.restore();
    },
  };
}

/** A short stub on the baseline of each zero day, and a bright bar under today's slot. */
function slotMarkersPlugin(input: ProgressChartInput): Plugin<"bar"> {
  return {
    id: "dorsiSlotMarkers",
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const count = input.days.length;
      input.days.forEach((day, index) => {
        const slot = slotBox(chart, index, count);
        const stub = { x: slot.x + slot.width * 0.2, width: slot.width * 0.6 };
        if (day.flexedKnee + day.straightLeg === 0) {
          fillRoundRect(ctx, { ...stub, y: chartArea.bottom - 4, height: 4 }, 2, THEME.faint);
        }
        if (day.localDate === input.today) {
          fillRoundRect(ctx, { ...stub, y: chartArea.bottom + 6, height: 6 }, 3, THEME.today);
        }
      });
    },
  };
}

function dataset(label: string, color: string, values: number[], roundedWhen: (index: number) => boolean) {
  return {
    label,
    data: values,
    backgroundColor: color,
    borderRadius: (ctx: { dataIndex: number }) => (roundedWhen(ctx.dataIndex) ? 6 : 0),
    borderSkipped: "start" as const,
    categoryPercentage: 0.7,
    barPercentage: 1,
  };
}

export function progressChartConfig(
  input: ProgressChartInput,
  tr: Translator,
): ChartConfiguration<"bar", number[], string[]> {
  const { days, today } = input;
  const todayIndex = days.findIndex((day) => day.localDate === today);
  const tickColor = (ctx: { index: number }) => (ctx.index === todayIndex ? THEME.text : THEME.muted);
  const tickFont = (ctx: { index: number }) => chartFont(22, ctx.index === todayIndex ? 700 : 400);
  return {
    type: "bar",
    data: {
      labels: tickLabels(days, tr),
      datasets: [
        // The bottom segment is only rounded when nothing is stacked on top of it.
        dataset(
          drillLabel(tr, "flexed-knee"),
          THEME.flexedKnee,
          days.map((day) => day.flexedKnee),
          (i) => (days[i]?.straightLeg ?? 0) === 0,
        ),
        dataset(
          drillLabel(tr, "straight-leg"),
          THEME.straightLeg,
          days.map((day) => day.straightLeg),
          () => true,
        ),
      ],
    },
    options: {
      ...STILL_CHART,
      layout: { padding: { left: 28, right: 40, top: 24, bottom: 20 } },
      plugins: {
        ...chartHeading(
          tr.t("progress.chart.title"),
          tr.t("progress.chart.subtitle", { count: totalSets(days) }),
        ),
        legend: {
          position: "top",
          align: "start",
          labels: {
            color: THEME.text,
            font: chartFont(24),
            boxWidth: 24,
            boxHeight: 24,
            useBorderRadius: true,
            borderRadius: 5,
            padding: 20,
          },
        },
        tooltip: { enabled: false },
      },
      scales: {
        x: {
          stacked: true,
          grid: { display: false },
          border: { color: THEME.faint },
          ticks: { color: tickColor, font: tickFont, autoSkip: false, maxRotation: 0, padding: 18 },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          suggestedMax: 4,
          grid: { color: THEME.grid },
          border: { display: false },
          ticks: { color: THEME.muted, font: chartFont(22), precision: 0, padding: 12, maxTicksLimit: 6 },
        },
      },
    },
    plugins: [backgroundPlugin<"bar">(), slotShadingPlugin(input), slotMarkersPlugin(input)],
  };
}

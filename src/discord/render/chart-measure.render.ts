import {
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  type Plugin,
  PointElement,
  SubTitle,
  Title,
} from "chart.js";
import { epochDay } from "../../domain/local-time.rules.js";
import { DAY_MS } from "../../domain/time-units.js";
import type { Translator } from "../../i18n/i18n.js";
import { backgroundPlugin, chartFont, chartHeading, STILL_CHART } from "./chart-config.render.js";
import { font, THEME } from "./chart-draw.render.js";

/** What Chart.js needs registered for the measure chart. */
export const MEASURE_CHART_COMPONENTS = [
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Legend,
  Title,
  SubTitle,
];

export const MEASURE_CHART_SIZE = { width: 1200, height: 675 } as const;

/** One knee-to-wall test in centimetres; null for a side not measured. */
interface MeasurePoint {
  localDate: string;
  left: number | null;
  right: number | null;
}

export interface MeasureChartInput {
  /** Oldest first. */
  points: MeasurePoint[];
  /** The typical range for runners, in cm, shaded behind the lines. */
  typical: { low: number; high: number };
}

/** A lone measure still gets a readable axis: a week either side. */
const PAD_DAYS = 7;

/** The typical range as a band behind the lines, named at its top left. */
function typicalBandPlugin(input: MeasureChartInput, label: string): Plugin<"line"> {
  return {
    id: "dorsiTypicalBand",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const y = chart.scales.y;
      if (!y) return;
      const top = y.getPixelForValue(input.typical.high);
      const bottom = y.getPixelForValue(input.typical.low);
      ctx.save();
      ctx.fillStyle = "rgba(87, 242, 135, 0.12)";
      ctx.fillRect(chartArea.left, top, chartArea.width, bottom - top);
      ctx.font = font(22);
      ctx.fillStyle = "rgba(87, 242, 135, 0.85)";
      ctx.textAlign = "left";
      ctx.textBaseline = "top";
      ctx.fillText(label, chartArea.left + 12, top + 8);
      ctx.restore();
    },
  };
}

function sideDataset(
  label: string,
  color: string,
  points: { x: number; y: number }[],
  style: "circle" | "rect",
) {
  return {
    label,
    data: points,
    borderColor: color,
    backgroundColor: color,
    borderWidth: 5,
    pointRadius: 9,
    pointStyle: style,
    tension: 0,
    spanGaps: true,
  };
}

/** Both sides over time (left in blue circles, right in orange squares), the typical range shaded. */
export function measureChartConfig(
  input: MeasureChartInput,
  tr: Translator,
): ChartConfiguration<"line", { x: number; y: number }[]> {
  const days = input.points.map((point) => epochDay(point.localDate));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = last - first < PAD_DAYS ? PAD_DAYS : 2;
  const side = (pick: (point: MeasurePoint) => number | null) =>
    input.points.flatMap((point) => {
      const value = pick(point);
      return value === null ? [] : [{ x: epochDay(point.localDate), y: value }];
    });
  const values = input.points.flatMap((point) => [point.left ?? 0, point.right ?? 0]);
  const dayMonth = new Intl.DateTimeFormat(tr.intl, { day: "numeric", month: "short", timeZone: "UTC" });
  return {
    type: "line",
    data: {
      datasets: [
        sideDataset(
          tr.t("measure.side.left"),
          THEME.flexedKnee,
          side((point) => point.left),
          "circle",
        ),
        sideDataset(
          tr.t("measure.side.right"),
          THEME.straightLeg,
          side((point) => point.right),
          "rect",
        ),
      ],
    },
    options: {
      ...STILL_CHART,
      layout: { padding: { left: 28, right: 40, top: 24, bottom: 20 } },
      plugins: {
        ...chartHeading(tr.t("measure.chart.title"), tr.t("measure.chart.subtitle")),
        // On the right, clear of the y axis labels.
        legend: {
          position: "top",
          align: "end",
          labels: {
            color: THEME.text,
            font: chartFont(24),
            usePointStyle: true,
            boxWidth: 18,
            boxHeight: 18,
            padding: 24,
          },
        },
        tooltip: { enabled: false },
      },
      scales: {
        x: {
          type: "linear",
          min: first - span,
          max: last + span,
          grid: { color: THEME.grid },
          border: { color: THEME.faint },
          // A tick on each measure's date, so every point is labelled (autoSkip thins a long history).
          afterBuildTicks: (axis) => {
            axis.ticks = [...new Set(days)].map((value) => ({ value }));
          },
          ticks: {
            color: THEME.muted,
            font: chartFont(22),
            maxRotation: 0,
            padding: 12,
            // Ticks are epoch days; local dates are calendar days, so they format in UTC.
            callback: (value) => dayMonth.format(new Date(Number(value) * DAY_MS)),
          },
        },
        y: {
          type: "linear",
          min: 0,
          max: Math.max(20, Math.ceil(Math.max(...values) / 5) * 5),
          grid: { color: THEME.grid },
          border: { display: false },
          ticks: {
            color: THEME.muted,
            font: chartFont(22),
            stepSize: 5,
            padding: 12,
            callback: (value) => tr.t("measure.cm", { value: tr.number(Number(value)) }),
          },
        },
      },
    },
    plugins: [backgroundPlugin<"line">(), typicalBandPlugin(input, tr.t("measure.chart.typical"))],
  };
}

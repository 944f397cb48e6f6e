/**
 * PNG images for Discord: a runner's four-week progress chart, their knee-to-wall tests, a club's
 * weekly leaderboard card and its captain's sets per week.
 * Pure rendering: data in, PNG bytes out; no Discord, no database. Styled for Discord dark mode on a phone
 * (1200 px wide, text ≥ 22 px, blue/orange drill pair that stays distinct for colour-blind readers).
 *
 * The progress chart is drawn by Chart.js on an @napi-rs/canvas canvas: without a DOM Chart.js uses its
 * BasicPlatform, which only needs `getContext("2d")`, so no DOM stubs are needed given `responsive: false`,
 * `animation: false` (draws synchronously) and `devicePixelRatio: 1`. The leaderboard is plain canvas 2D.
 */
import { type Canvas, createCanvas } from "@napi-rs/canvas";
import { Chart, type ChartConfiguration, type ChartType } from "chart.js";
import type { ClubStats } from "../../app/club-stats.usecases.js";
import type { Translator } from "../../i18n/i18n.js";
import { CLUB_STATS_CHART_SIZE, clubStatsChartConfig } from "./chart-club-stats.render.js";
import { registerFontsFor } from "./chart-fonts.render.js";
import {
  drawLeaderboard,
  type LeaderboardCardInput,
  leaderboardCardSize,
} from "./chart-leaderboard.render.js";
import {
  MEASURE_CHART_COMPONENTS,
  MEASURE_CHART_SIZE,
  type MeasureChartInput,
  measureChartConfig,
} from "./chart-measure.render.js";
import {
  PROGRESS_CHART_COMPONENTS,
  PROGRESS_CHART_SIZE,
  type ProgressChartInput,
  progressChartConfig,
} from "./chart-progress.render.js";

export type { LeaderboardCardInput, LeaderboardRow } from "./chart-leaderboard.render.js";
export { LEADERBOARD_MAX_ROWS, leaderboardCardSize } from "./chart-leaderboard.render.js";
export type { ProgressChartInput, ProgressDay } from "./chart-progress.render.js";
export { PROGRESS_CHART_SIZE } from "./chart-progress.render.js";

Chart.register(...PROGRESS_CHART_COMPONENTS, ...MEASURE_CHART_COMPONENTS);

function encodePng(canvas: Canvas): Promise<Buffer> {
  return canvas.encode("png");
}

/** Draws a Chart.js configuration on a canvas of `size` and encodes it. */
async function renderChart<T extends ChartType>(
  size: { readonly width: number; readonly height: number },
  config: ChartConfiguration<T>,
): Promise<Buffer> {
  const canvas = createCanvas(size.width, size.height);
  // Chart.js types expect a DOM context; the Skia context implements the part it uses.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const chart = new Chart(canvas.getContext("2d") as any, config);
  try {
    return await encodePng(canvas);
  } finally {
    chart.destroy();
  }
}

/** Sets per day over the given days (28, oldest first) as stacked bars: flexed-knee below, straight-leg on top. */
export function renderProgressChart(input: ProgressChartInput, tr: Translator): Promise<Buffer> {
  return renderChart(PROGRESS_CHART_SIZE, progressChartConfig(input, tr));
}

/** Knee-to-wall tests over time: both sides as lines over the shaded typical range. */
export function renderMeasureChart(input: MeasureChartInput, tr: Translator): Promise<Buffer> {
  return renderChart(MEASURE_CHART_SIZE, measureChartConfig(input, tr));
}

/** A club's sets per week, this week and the four before it, as a small PNG. */
export function renderClubStatsChart(stats: ClubStats, tr: Translator): Promise<Buffer> {
  return renderChart(CLUB_STATS_CHART_SIZE, clubStatsChartConfig(stats, tr));
}

/** A shareable card of the week's top 10 (or a friendly empty-board card when nobody has logged yet). */
export async function renderLeaderboardCard(input: LeaderboardCardInput, tr: Translator): Promise<Buffer> {
  const { width, height } = leaderboardCardSize(input.rows.length);
  registerFontsFor([input.clubName, input.weekLabel, ...input.rows.map((row) => row.displayName)]);
  const canvas = createCanvas(width, height);
  drawLeaderboard(canvas.getContext("2d"), input, height, tr);
  return encodePng(canvas);
}

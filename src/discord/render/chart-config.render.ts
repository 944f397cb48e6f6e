import type { ChartType, FontSpec, Plugin } from "chart.js";
import { THEME } from "./chart-draw.render.js";
import { fontFamilies } from "./chart-fonts.render.js";

/** Chart.js fonts in the bundled families, so every script a label may use has its glyphs. */
export function chartFont(size: number, weight: FontSpec["weight"] = 400): Partial<FontSpec> {
  return { family: fontFamilies(), size, weight };
}

/** Chart.js draws on a transparent canvas: the card's own background reads in both Discord themes. */
export function backgroundPlugin<T extends ChartType>(): Plugin<T> {
  return {
    id: "dorsiBackground",
    beforeDraw({ ctx, width, height }) {
      ctx.save();
      ctx.fillStyle = THEME.background;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/** Drawn once into a PNG: no resizing, no animation, one device pixel per pixel. */
export const STILL_CHART = { responsive: false, animation: false, devicePixelRatio: 1 } as const;

/** A card's heading above its chart: a bold title and a muted subtitle, left-aligned. */
export function chartHeading(title: string, subtitle: string) {
  return {
    title: {
      display: true,
      text: title,
      align: "start",
      color: THEME.text,
      font: chartFont(36, 700),
      padding: { top: 0, bottom: 6 },
    },
    subtitle: {
      display: true,
      text: subtitle,
      align: "start",
      color: THEME.muted,
      font: chartFont(24),
      padding: { top: 0, bottom: 14 },
    },
  } as const;
}

import type { SKRSContext2D } from "@napi-rs/canvas";
import type { Translator } from "../../i18n/i18n.js";
import { fontFamilies } from "./chart-fonts.render.js";

/** Shared look of every rendered image: Discord dark mode, high contrast, colour-blind-safe drill pair. */
export const THEME = {
  background: "#2b2d31",
  panel: "#313338",
  panelAlt: "#383a40",
  text: "#f2f3f5",
  muted: "#b5bac1",
  faint: "#4e5058",
  grid: "rgba(255, 255, 255, 0.09)",
  flexedKnee: "#4ea1ff",
  straightLeg: "#ffb020",
  today: "#f2f3f5",
  medals: ["#f5c542", "#c9d1dc", "#d9925a"],
} as const;

type FontWeight = 400 | 700;

/** A CSS font shorthand in the registered font list, e.g. `700 32px "Dorsi Inter latin", …`. */
export function font(sizePx: number, weight: FontWeight = 400): string {
  return `${weight} ${sizePx}px ${fontFamilies()}`;
}

export function fillRoundRect(
  ctx: SKRSContext2D,
  box: { x: number; y: number; width: number; height: number },
  radius: number,
  color: string,
): void {
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, radius);
  ctx.fillStyle = color;
  ctx.fill();
}

export function fillCircle(ctx: SKRSContext2D, x: number, y: number, radius: number, color: string): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = color;
  ctx.fill();
}

export function strokeCircle(
  ctx: SKRSContext2D,
  x: number,
  y: number,
  radius: number,
  color: string,
  lineWidth: number,
): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.strokeStyle = color;
  ctx.lineWidth = lineWidth;
  ctx.stroke();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Shortens `text` with "…" so it fits `maxWidth` in the context's current font. Cuts between grapheme
 * clusters, so emoji sequences (👍🏽, 🏃‍♀️, flags) and combining marks are never split.
 */
function fitText(ctx: SKRSContext2D, text: string, maxWidth: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (ctx.measureText(clean).width <= maxWidth) return clean;
  const parts = Array.from(graphemes.segment(clean), (s) => s.segment);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${parts.slice(0, mid).join("").trimEnd()}…`).width <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${parts.slice(0, low).join("").trimEnd()}…`;
}

export function drawText(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  y: number,
  style: { font: string; color: string; align?: "left" | "right" | "center"; maxWidth?: number },
): void {
  ctx.font = style.font;
  ctx.fillStyle = style.color;
  ctx.textAlign = style.align ?? "left";
  ctx.textBaseline = "middle";
  ctx.fillText(style.maxWidth === undefined ? text : fitText(ctx, text, style.maxWidth), x, y);
}

/**
 * Two short bars in the drill colours before the brand footer ("Dorsi · ankle mobility" in the
 * reader's language): the visual signature of Dorsi images.
 */
export function drawBrandFooter(ctx: SKRSContext2D, x: number, y: number, tr: Translator): void {
  fillRoundRect(ctx, { x, y: y - 4, width: 22, height: 8 }, 4, THEME.flexedKnee);
  fillRoundRect(ctx, { x: x + 26, y: y - 4, width: 22, height: 8 }, 4, THEME.straightLeg);
  drawText(ctx, tr.t("progress.chart.footer"), x + 62, y, { font: font(22), color: THEME.muted });
}

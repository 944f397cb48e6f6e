import type { SKRSContext2D } from "@napi-rs/canvas";
import type { Translator } from "../../i18n/i18n.js";
import {
  drawBrandFooter,
  drawText,
  fillCircle,
  fillRoundRect,
  font,
  strokeCircle,
  THEME,
} from "./chart-draw.render.js";

export interface LeaderboardRow {
  rank: number;
  displayName: string;
  points: number;
  activeDays: number;
}

export interface LeaderboardCardInput {
  clubName: string;
  /** The week in the reader's words, e.g. "Nov 23 – 29, 2026". */
  weekLabel: string;
  rows: LeaderboardRow[];
}

export const LEADERBOARD_MAX_ROWS = 10;

const WIDTH = 1200;
const PAD = 48;
const HEADER_HEIGHT = 204;
const ROW_PITCH = 88;
const ROW_HEIGHT = 76;
const EMPTY_BODY_HEIGHT = 220;
const FOOTER_HEIGHT = 84;
const DOTS = 7;
const DOT_SPACING = 30;
const DOT_RADIUS = 9;
const POINTS_RIGHT = WIDTH - PAD - 28;
const DOTS_RIGHT = POINTS_RIGHT - 210;
const DOTS_LEFT = DOTS_RIGHT - (DOTS - 1) * DOT_SPACING;
const NAME_LEFT = PAD + 108;
const NAME_MAX_WIDTH = DOTS_LEFT - DOT_RADIUS - 32 - NAME_LEFT;

/** "1,234" up to 99,999, then "123.5K" / "1.2M" (in the reader's digits), so the column never runs into the dots. */
function formatPoints(points: number, tr: Translator): string {
  return Math.abs(points) < 100_000
    ? tr.number(points)
    : tr.number(points, { notation: "compact", maximumFractionDigits: 1 });
}

/** Card height for a board of `rowCount` rows (at most 10 are shown; 0 gives the empty-board card). */
export function leaderboardCardSize(rowCount: number): { width: number; height: number } {
  const shown = Math.min(Math.max(rowCount, 0), LEADERBOARD_MAX_ROWS);
  const body = shown === 0 ? EMPTY_BODY_HEIGHT : shown * ROW_PITCH;
  return { width: WIDTH, height: HEADER_HEIGHT + body + FOOTER_HEIGHT };
}

export function drawLeaderboard(
  ctx: SKRSContext2D,
  input: LeaderboardCardInput,
  height: number,
  tr: Translator,
): void {
  ctx.fillStyle = THEME.background;
  ctx.fillRect(0, 0, WIDTH, height);
  drawHeader(ctx, input, tr);
  const rows = input.rows.slice(0, LEADERBOARD_MAX_ROWS);
  if (rows.length === 0) drawEmptyBoard(ctx, tr);
  else drawColumnHeadings(ctx, tr);
  rows.forEach((row, index) => {
    drawRow(ctx, row, HEADER_HEIGHT + index * ROW_PITCH, tr);
  });
  drawBrandFooter(ctx, PAD, height - FOOTER_HEIGHT / 2, tr);
}

function drawHeader(ctx: SKRSContext2D, input: LeaderboardCardInput, tr: Translator): void {
  drawText(ctx, input.clubName, PAD, 72, {
    font: font(46, 700),
    color: THEME.text,
    maxWidth: WIDTH - 2 * PAD,
  });
  drawText(ctx, tr.t("board.card.subtitle", { week: input.weekLabel }), PAD, 124, {
    font: font(28),
    color: THEME.muted,
    maxWidth: WIDTH - 2 * PAD,
  });
}

function drawColumnHeadings(ctx: SKRSContext2D, tr: Translator): void {
  // Longer words in some languages (Aktive Tage, Días activos) stay within the column.
  const style = {
    font: font(22),
    color: THEME.muted,
    align: "center" as const,
    maxWidth: DOTS_RIGHT - DOTS_LEFT + 60,
  };
  drawText(ctx, tr.t("board.card.activeDays"), (DOTS_LEFT + DOTS_RIGHT) / 2, 178, style);
  drawText(ctx, tr.t("board.card.points"), POINTS_RIGHT, 178, { ...style, align: "right", maxWidth: 150 });
}

function drawEmptyBoard(ctx: SKRSContext2D, tr: Translator): void {
  const box = { x: PAD, y: HEADER_HEIGHT - 30, width: WIDTH - 2 * PAD, height: EMPTY_BODY_HEIGHT };
  fillRoundRect(ctx, box, 20, THEME.panel);
  const centre = WIDTH / 2;
  const middle = box.y + box.height / 2;
  drawText(ctx, tr.t("board.card.emptyTitle"), centre, middle - 24, {
    font: font(38, 700),
    color: THEME.text,
    align: "center",
    maxWidth: box.width - 2 * PAD,
  });
  drawText(ctx, tr.t("board.card.emptyHint"), centre, middle + 30, {
    font: font(26),
    color: THEME.muted,
    align: "center",
    maxWidth: box.width - 2 * PAD,
  });
}

function drawRow(ctx: SKRSContext2D, row: LeaderboardRow, top: number, tr: Translator): void {
  const middle = top + ROW_HEIGHT / 2;
  const medal = THEME.medals[row.rank - 1];
  fillRoundRect(ctx, { x: PAD, y: top, width: WIDTH - 2 * PAD, height: ROW_HEIGHT }, 16, THEME.panel);
  if (medal !== undefined) {
    fillRoundRect(ctx, { x: PAD, y: top, width: 8, height: ROW_HEIGHT }, 4, medal);
  }
  drawRankBadge(ctx, row.rank, medal, PAD + 58, middle);
  drawText(ctx, row.displayName, NAME_LEFT, middle, {
    font: font(32, 700),
    color: THEME.text,
    maxWidth: NAME_MAX_WIDTH,
  });
  drawActiveDots(ctx, row.activeDays, middle);
  drawPoints(ctx, row.points, middle, tr);
}

function drawRankBadge(
  ctx: SKRSContext2D,
  rank: number,
  medal: string | undefined,
  x: number,
  y: number,
): void {
  if (medal !== undefined) fillCircle(ctx, x, y, 26, medal);
  else strokeCircle(ctx, x, y, 24, THEME.faint, 3);
  drawText(ctx, String(rank), x, y + 1, {
    font: font(rank >= 100 ? 20 : 28, 700),
    color: medal === undefined ? THEME.muted : THEME.background,
    align: "center",
  });
}

function drawActiveDots(ctx: SKRSContext2D, activeDays: number, y: number): void {
  const active = Math.min(Math.max(Math.round(activeDays), 0), DOTS);
  for (let i = 0; i < DOTS; i++) {
    const x = DOTS_LEFT + i * DOT_SPACING;
    if (i < active) fillCircle(ctx, x, y, DOT_RADIUS, THEME.flexedKnee);
    else strokeCircle(ctx, x, y, DOT_RADIUS - 1, THEME.faint, 2.5);
  }
}

function drawPoints(ctx: SKRSContext2D, points: number, y: number, tr: Translator): void {
  const unit = tr.t("board.card.unit", { count: points });
  drawText(ctx, unit, POINTS_RIGHT, y + 3, { font: font(22), color: THEME.muted, align: "right" });
  const unitWidth = ctx.measureText(unit).width;
  drawText(ctx, formatPoints(points, tr), POINTS_RIGHT - unitWidth - 8, y, {
    font: font(34, 700),
    color: THEME.text,
    align: "right",
  });
}

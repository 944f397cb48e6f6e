import { describe, expect, it } from "vitest";
import { THEME } from "../../../src/discord/render/chart-draw.render.js";
import { type LeaderboardRow, renderLeaderboardCard } from "../../../src/discord/render/charts.render.js";
import { weekRangeLabel } from "../../../src/discord/render/leaderboard.render.js";
import { type Translator, translator } from "../../../src/i18n/i18n.js";
import { decodePng, hex, near, pngSize, type Rgb } from "../../support/png.js";

const german = translator("de");
const english = translator("en-US");
const BACKGROUND = hex(THEME.background);
const PANEL = hex(THEME.panel);

const ROWS: LeaderboardRow[] = [
  { rank: 1, displayName: "Jörg Bäcker", points: 1234, activeDays: 5 },
  { rank: 2, displayName: "Anna Weiß", points: 1, activeDays: 1 },
  { rank: 3, displayName: "Émile", points: 0, activeDays: 0 },
];

function card(tr: Translator, rows: LeaderboardRow[] = ROWS): Promise<Buffer> {
  return renderLeaderboardCard(
    { clubName: "Lauftreff Süd", weekLabel: weekRangeLabel("2026-11-23", tr), rows },
    tr,
  );
}

type Box = { x0: number; x1: number; y0: number; y1: number };

/** Per column of the box, how many pixels differ from the ground colour: where text was drawn. */
function inkColumns(pixel: (x: number, y: number) => Rgb, box: Box, ground: Rgb): number[] {
  const columns: number[] = [];
  for (let x = box.x0; x < box.x1; x++) {
    let ink = 0;
    for (let y = box.y0; y < box.y1; y++) if (!near(pixel(x, y), ground)) ink++;
    columns.push(ink);
  }
  return columns;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

// Where the card draws its lines (see chart-leaderboard.ts): club name, subtitle, column headings.
const CLUB_NAME: Box = { x0: 48, x1: 1152, y0: 48, y1: 98 };
const SUBTITLE: Box = { x0: 48, x1: 1152, y0: 106, y1: 142 };
const HEADINGS: Box = { x0: 680, x1: 1130, y0: 166, y1: 190 };
// The empty board's two lines, on the panel.
const EMPTY_TEXT: Box = { x0: 100, x1: 1100, y0: 236, y1: 332 };

describe("the leaderboard card in German", () => {
  it("has the golden size for three rows and for an empty board", async () => {
    expect(pngSize(await card(german))).toEqual({ width: 1200, height: 552 });
    expect(pngSize(await card(german, []))).toEqual({ width: 1200, height: 508 });
  });

  it("draws the club name, the German subtitle and the column headings", async () => {
    const pixel = await decodePng(await card(german));
    expect(sum(inkColumns(pixel, CLUB_NAME, BACKGROUND))).toBeGreaterThan(500);
    const subtitle = inkColumns(pixel, SUBTITLE, BACKGROUND);
    expect(sum(subtitle)).toBeGreaterThan(500);
    // "Wochenrangliste · 23.–29. Nov. 2026" spans much of the width, not a stray glyph.
    expect(subtitle.filter((ink) => ink > 0).length).toBeGreaterThan(300);
    expect(sum(inkColumns(pixel, HEADINGS, BACKGROUND))).toBeGreaterThan(200);
  });

  it("differs from the English card only where words are drawn", async () => {
    const de = await decodePng(await card(german));
    const en = await decodePng(await card(english));
    expect(inkColumns(de, SUBTITLE, BACKGROUND)).not.toEqual(inkColumns(en, SUBTITLE, BACKGROUND));
    expect(inkColumns(de, HEADINGS, BACKGROUND)).not.toEqual(inkColumns(en, HEADINGS, BACKGROUND));
    // The club name is the club's own, in any language.
    expect(inkColumns(de, CLUB_NAME, BACKGROUND)).toEqual(inkColumns(en, CLUB_NAME, BACKGROUND));
  });

  it("writes the empty board's lines in German on its panel", async () => {
    const de = await decodePng(await card(german, []));
    const en = await decodePng(await card(english, []));
    const words = inkColumns(de, EMPTY_TEXT, PANEL);
    expect(sum(words)).toBeGreaterThan(1000);
    expect(words).not.toEqual(inkColumns(en, EMPTY_TEXT, PANEL));
  });
});

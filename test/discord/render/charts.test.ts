import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type LeaderboardRow,
  leaderboardCardSize,
  PROGRESS_CHART_SIZE,
  type ProgressDay,
  renderLeaderboardCard,
  renderProgressChart,
} from "../../../src/discord/render/charts.render.js";
import { translator } from "../../../src/i18n/i18n.js";
import { decodePng as decode, hex, near, pngSize, type Rgb } from "../../support/png.js";

const en = translator("en-US");

function save(name: string, png: Buffer): void {
  if (process.env.DORSI_WRITE_PNG === "1") writeFileSync(`/tmp/dorsi-chart-${name}.png`, png);
}

const BLUE = hex("#4ea1ff");
const ORANGE = hex("#ffb020");
const WHITE = hex("#f2f3f5");
const BACKGROUND = hex("#2b2d31");

function fourWeeks(valueFor: (index: number) => [number, number]): ProgressDay[] {
  const start = Date.UTC(2025, 10, 3); // Mon 3 Nov 2025 … Sun 30 Nov 2025
  return Array.from({ length: 28 }, (_, index) => {
    const [flexedKnee, straightLeg] = valueFor(index);
    const localDate = new Date(start + index * 86_400_000).toISOString().slice(0, 10);
    return { localDate, flexedKnee, straightLeg };
  });
}

const TODAY = "2025-11-30";
const TALL_INDEX = 20;
const emptyDays = fourWeeks(() => [0, 0]);
const someDays = fourWeeks((i) => {
  if (i === TALL_INDEX) return [9, 6];
  if (i % 3 === 0) return [1, i % 2];
  if (i === 27) return [2, 2];
  return [0, 0];
});

/** x pixels in row y whose colour is near `color`. */
function xsOf(pixel: (x: number, y: number) => Rgb, y: number, color: Rgb, width: number): number[] {
  return Array.from({ length: width }, (_, x) => x).filter((x) => near(pixel(x, y), color));
}

describe("renderProgressChart", () => {
  it("renders a PNG of the designed size", async () => {
    const png = await renderProgressChart({ days: someDays, today: TODAY }, en);
    save("progress", png);
    expect(pngSize(png)).toEqual({ width: PROGRESS_CHART_SIZE.width, height: PROGRESS_CHART_SIZE.height });
  });

  it("differs between data and no data, and both have a dark background", async () => {
    const empty = await renderProgressChart({ days: emptyDays, today: TODAY }, en);
    const full = await renderProgressChart({ days: someDays, today: TODAY }, en);
    save("progress-empty", empty);
    expect(empty.equals(full)).toBe(false);
    for (const png of [empty, full]) {
      const pixel = await decode(png);
      expect(near(pixel(4, 4), BACKGROUND, 8)).toBe(true);
      expect(near(pixel(1195, 670), BACKGROUND, 8)).toBe(true);
    }
  });

  it("draws the tall day's stacked bar in the drill colours in its slot", async () => {
    const png = await renderProgressChart({ days: someDays, today: TODAY }, en);
    const pixel = await decode(png);
    const { width, height } = PROGRESS_CHART_SIZE;
    // Lower in the plot only the tall day (9 + 6 sets) reaches; its blue run must sit in its slot.
    const blueRow = Array.from({ length: 200 }, (_, k) => height - 150 - k).find(
      (y) => xsOf(pixel, y, BLUE, width).length > 0 && xsOf(pixel, y - 60, BLUE, width).length > 0,
    );
    expect(blueRow).toBeDefined();
    const blue = xsOf(pixel, (blueRow ?? 0) - 60, BLUE, width);
    const centre = (Math.min(...blue) + Math.max(...blue)) / 2;
    // Plot area spans roughly x 70…1160 over 28 slots.
    const slot = (1160 - 70) / 28;
    expect(Math.abs(centre - (70 + (TALL_INDEX + 0.5) * slot))).toBeLessThan(slot);
    expect(Math.max(...blue) - Math.min(...blue)).toBeGreaterThan(slot * 0.5);
    // Straight-leg is stacked on top: orange above the blue in the same column.
    const column = Array.from({ length: height }, (_, y) => pixel(centre, y));
    const firstOrange = column.findIndex((c) => near(c, ORANGE));
    const firstBlue = column.findIndex((c) => near(c, BLUE));
    expect(firstOrange).toBeGreaterThan(0);
    expect(firstOrange).toBeLessThan(firstBlue);
  });

  it("marks today with a bright bar under its slot", async () => {
    const png = await renderProgressChart({ days: emptyDays, today: TODAY }, en);
    const pixel = await decode(png);
    const { width, height } = PROGRESS_CHART_SIZE;
    const rows = Array.from({ length: 200 }, (_, k) => height - 1 - k);
    const runs = rows.map((y) => xsOf(pixel, y, WHITE, width)).filter((xs) => xs.length >= 18);
    expect(runs.length).toBeGreaterThan(0);
    // The marker is under the last slot (today is the newest day).
    expect(Math.min(...(runs[0] ?? []))).toBeGreaterThan(1080);

    const notToday = await decode(await renderProgressChart({ days: emptyDays, today: "2025-12-25" }, en));
    const brightRuns = rows.map((y) => xsOf(notToday, y, WHITE, width)).filter((xs) => xs.length >= 18);
    expect(brightRuns).toEqual([]);
  });
});

describe("renderProgressChart in German", () => {
  const de = translator("de");
  /** Bright text pixels in the title band (top left, above the subtitle and legend). */
  async function titleInk(png: Buffer): Promise<number> {
    const pixel = await decode(png);
    let ink = 0;
    for (let y = 20; y < 66; y++) for (let x = 20; x < 700; x++) if (near(pixel(x, y), WHITE, 40)) ink++;
    return ink;
  }

  it("renders at the designed size with its title drawn, in German words", async () => {
    const german = await renderProgressChart({ days: someDays, today: TODAY }, de);
    save("progress-de", german);
    expect(pngSize(german)).toEqual({ width: PROGRESS_CHART_SIZE.width, height: PROGRESS_CHART_SIZE.height });
    const ink = await titleInk(german);
    // "Deine letzten vier Wochen" at 36 px bold: thousands of bright pixels, not an empty band.
    expect(ink).toBeGreaterThan(1500);
    const english = await renderProgressChart({ days: someDays, today: TODAY }, en);
    expect(german.equals(english)).toBe(false);
    expect(ink).not.toBe(await titleInk(english));
  });
});

function rows(count: number): LeaderboardRow[] {
  const names = ["Ada", "Bruno 🏃‍♀️", "Chidi", "Dörte", "Émile", "Фёдор", "Grace", "Hiro 日本", "Ines", "Jo"];
  return Array.from({ length: count }, (_, i) => ({
    rank: i + 1,
    displayName: names[i] ?? `Runner ${i + 1}`,
    points: 120 - i * 11,
    activeDays: 7 - (i % 8),
  }));
}

const english = translator("en-US");

describe("renderLeaderboardCard", () => {
  it.each([0, 1, 10])("renders %i rows at the designed size on a dark background", async (count) => {
    const png = await renderLeaderboardCard(
      {
        clubName: "Riverside Runners",
        weekLabel: "Week of 24 Nov",
        rows: rows(count),
      },
      english,
    );
    save(`leaderboard-${count}`, png);
    expect(pngSize(png)).toEqual(leaderboardCardSize(count));
    const pixel = await decode(png);
    expect(near(pixel(4, 4), BACKGROUND, 8)).toBe(true);
  });

  it("gives the leader a gold rank badge", async () => {
    const png = await renderLeaderboardCard(
      { clubName: "Club", weekLabel: "Week of 24 Nov", rows: rows(3) },
      english,
    );
    const pixel = await decode(png);
    const { width, height } = leaderboardCardSize(3);
    const gold = hex("#f5c542");
    const goldPixels = Array.from({ length: height }, (_, y) => xsOf(pixel, y, gold, 200).length);
    expect(goldPixels.some((n) => n > 30)).toBe(true);
    expect(width).toBe(1200);
  });

  it("renders a 100-character emoji name and a flood of rows without crashing", async () => {
    const longName = "🏃‍♀️🔥".repeat(25) + "Ωmega 名前 مرحبا".repeat(4);
    const many = Array.from({ length: 14 }, (_, i) => ({
      rank: i + 1,
      displayName: i === 0 ? longName : `${"x".repeat(100)}${i}`,
      points: 1_234_567,
      activeDays: i === 1 ? 12 : -1,
    }));
    const png = await renderLeaderboardCard(
      { clubName: longName, weekLabel: "Week of 24 Nov", rows: many },
      english,
    );
    save("leaderboard-long", png);
    expect(pngSize(png)).toEqual(leaderboardCardSize(10));
  });
});

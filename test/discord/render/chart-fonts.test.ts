import { createCanvas, loadImage } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import {
  codePoints,
  packageDir,
  unicodeRanges,
} from "../../../src/discord/render/chart-font-files.render.js";
import { fontFamilies, registerFontsFor } from "../../../src/discord/render/chart-fonts.render.js";
import { leaderboardCardSize, renderLeaderboardCard } from "../../../src/discord/render/charts.render.js";
import { translator } from "../../../src/i18n/i18n.js";

/** A code point no font has: drawn as the .notdef box ("tofu"). */
const TOFU = "\u{10FFFD}";
const WIDTH = 360;
const HEIGHT = 90;

/** RGBA pixels of `text` drawn white on black in the registered font list (after registering what it needs). */
function pixels(text: string, weight: 400 | 700 = 400, families?: string): Buffer {
  registerFontsFor([text]);
  const ctx = createCanvas(WIDTH, HEIGHT).getContext("2d");
  ctx.fillStyle = "#000000";
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.font = `${weight} 48px ${families ?? fontFamilies()}`;
  ctx.fillStyle = "#ffffff";
  ctx.textBaseline = "middle";
  ctx.fillText(text, 10, HEIGHT / 2);
  return Buffer.from(ctx.getImageData(0, 0, WIDTH, HEIGHT).data);
}

/** How much was drawn: the sum of the red channel over the canvas. */
function ink(rgba: Buffer): number {
  let sum = 0;
  for (let i = 0; i < rgba.length; i += 4) sum += rgba[i] ?? 0;
  return sum;
}

/** Pixels that are clearly coloured (not white, grey or black): only a colour emoji can draw them here. */
function colouredPixels(rgba: Buffer): number {
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r = 0, g = 0, b = 0] = [rgba[i], rgba[i + 1], rgba[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 100) count++;
  }
  return count;
}

const graphemes = (text: string) =>
  Array.from(new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text), (s) => s.segment).filter(
    (g) => g.trim() !== "",
  );

/** A Han character in the same Noto Sans `font` subset as `point`, so registering it brings that subset. */
function hanBeside(font: string, point: number): string {
  const dir = packageDir(`@fontsource/noto-sans-${font}`) ?? "";
  const range = Object.values(unicodeRanges(dir)).find((r) => [...codePoints(r)].includes(point)) ?? "";
  const han = [...codePoints(range)].find((p) => p >= 0x4e00 && p <= 0x9fff);
  if (han === undefined) throw new Error(`no Han character beside U+${point.toString(16)} in ${font}`);
  return String.fromCodePoint(han);
}

const SAMPLES = {
  japanese: "日本 ひらがな カタカナ",
  korean: "한국 김민준",
  chinese: "中文 张伟 王小明",
  cyrillic: "Фёдор Жуков",
  greek: "Ωμέγα Λάμδα",
  arabic: "مرحبا أحمد",
  hebrew: "שלום דנה",
  devanagari: "नमस्ते प्रिया",
  thai: "สวัสดี สมชาย",
};

describe("chart fonts", () => {
  it("registers no CJK font for names without CJK characters", () => {
    registerFontsFor(["Ada", "Bruno 🏃‍♀️", "Фёдор", "مرحبا", "Dörte 🇩🇪"]);
    expect(fontFamilies()).not.toMatch(/Noto Sans (JP|KR|SC)/);
    expect(fontFamilies()).toMatch(/^"Dorsi Inter latin"/);
  });

  it("draws the same tofu box for any code point no font has (the reference the other tests use)", () => {
    expect(ink(pixels(TOFU))).toBeGreaterThan(0);
    expect(pixels(TOFU).equals(pixels("\u{10FFFC}"))).toBe(true);
  });

  it.each(Object.entries(SAMPLES))("draws %s with real glyphs, not tofu", (_script, sample) => {
    const tofu = pixels(TOFU);
    const drawn = graphemes(sample).map((g) => ({ g, rgba: pixels(g) }));
    for (const { g, rgba } of drawn) {
      expect(ink(rgba), g).toBeGreaterThan(0);
      expect(rgba.equals(tofu), `${g} is drawn as tofu`).toBe(false);
    }
    // Tofu boxes all look alike; real glyphs of different characters do not.
    const distinct = new Set(drawn.map(({ rgba }) => rgba.toString("base64")));
    expect(distinct.size).toBe(new Set(drawn.map(({ g }) => g)).size);
  });

  it("registers only the CJK subsets a name needs, in the list after the other fonts", () => {
    registerFontsFor(["Hiro 日本"]);
    const families = fontFamilies().split(", ");
    const cjk = families.filter((family) => /Noto Sans (JP|KR|SC)/.test(family));
    expect(cjk.length).toBeGreaterThan(0);
    expect(cjk.length).toBeLessThan(40);
    const firstCjk = families.findIndex((family) => /Noto Sans (JP|KR|SC)/.test(family));
    const lastOther = families.findLastIndex((family) => /Inter|Emoji|Noto Sans (arabic|thai)/.test(family));
    expect(firstCjk).toBeGreaterThan(lastOther);
  });

  it("draws CJK in the real bold, not a synthetic one", () => {
    // Noto Sans JP 700 has about 1.5 times the ink of 400; Skia's emboldened 400 only about 1.37 times.
    expect(ink(pixels("日本", 700)) / ink(pixels("日本", 400))).toBeGreaterThan(1.45);
  });

  it("keeps Latin in Inter although CJK subsets holding Latin letters are registered", () => {
    // Noto Sans JP subsets [117] and [118] hold "N" and the no-break space; register them to be sure.
    registerFontsFor([hanBeside("jp", 0x4e), hanBeside("jp", 0xa0)]);
    const text = "ANNA Nakamura 42";
    expect(pixels(text).equals(pixels(text, 400, '"Dorsi Inter latin"'))).toBe(true);
  });

  it("draws flags and other emoji in colour", () => {
    expect(colouredPixels(pixels("🇯🇵"))).toBeGreaterThan(200);
    expect(colouredPixels(pixels("🇰🇷"))).toBeGreaterThan(200);
    expect(colouredPixels(pixels("Bruno 🏃‍♀️ ✨"))).toBeGreaterThan(200);
    // The same letters without the emoji font would be plain white letters.
    expect(colouredPixels(pixels("JP"))).toBe(0);
  });

  it("keeps emoji in colour after CJK subsets holding the same symbols as plain glyphs are registered", () => {
    const emoji = ["❤️", "☀️"];
    const before = emoji.map((e) => pixels(e));
    registerFontsFor([hanBeside("sc", 0x2764), hanBeside("jp", 0x2600)]);
    emoji.forEach((e, i) => {
      const after = pixels(e);
      expect(colouredPixels(after), e).toBeGreaterThan(200);
      expect(after.equals(before[i] ?? Buffer.alloc(0)), e).toBe(true);
    });
  });
});

describe("leaderboard card with a CJK name", () => {
  async function nameArea(displayName: string): Promise<Buffer> {
    const rows = [{ rank: 1, displayName, points: 120, activeDays: 5 }];
    const png = await renderLeaderboardCard(
      { clubName: "Club", weekLabel: "Week of 24 Nov", rows },
      translator("en-US"),
    );
    expect(png.readUInt32BE(20)).toBe(leaderboardCardSize(1).height);
    const image = await loadImage(png);
    const ctx = createCanvas(image.width, image.height).getContext("2d");
    ctx.drawImage(image, 0, 0);
    // The first row (204..280 px down); the name starts at x 156 and ends well before the dots.
    return Buffer.from(ctx.getImageData(150, 204, 450, 76).data);
  }

  it("draws the name's Japanese characters as glyphs, not tofu", async () => {
    const real = await nameArea("Hiro 日本");
    const swapped = await nameArea("Hiro 本日");
    const tofu = await nameArea(`Hiro ${TOFU}${TOFU}`);
    const latin = await nameArea("Hiro");
    expect(real.equals(latin)).toBe(false);
    expect(real.equals(tofu)).toBe(false);
    // Two tofu boxes swapped would look the same.
    expect(real.equals(swapped)).toBe(false);
  });
});

import { existsSync } from "node:fs";
import { join } from "node:path";
import { GlobalFonts } from "@napi-rs/canvas";
import { codePoints, packageDir, unicodeRanges } from "./chart-font-files.render.js";

/**
 * Fonts for the rendered images, registered explicitly so the output does not depend on the host's
 * fonts (the Docker image, debian-slim, has none at all), and bundled from npm, never fetched at run time.
 *
 * Fontsource packages split each font into unicode-range subsets, one file per subset (and weight). Skia
 * picks one typeface per family name, so each subset gets its own alias and the CSS font list names them
 * all; Skia then falls back glyph by glyph along the list, in this order:
 *
 * 1. Text: Inter (`@fontsource/inter`): Latin, Cyrillic, Greek, Vietnamese. First, so Latin stays Inter.
 * 2. Emoji: Noto Color Emoji (`@fontsource/noto-color-emoji`). Before the other scripts because Noto Sans
 *    JP and SC also hold ☀ ❤ ⭐ ✅ ✨ (SC even the regional-indicator letters) as plain glyphs, which would
 *    turn emoji and flags (🇯🇵) monochrome; the emoji font's only other glyphs (digits, # * © ®) are in Inter.
 * 3. Other scripts, static Noto Sans 400 and 700: Arabic, Hebrew, Devanagari, Thai.
 * 4. CJK: Noto Sans JP, KR, SC, only the subsets that the texts drawn so far need (see `registerFontsFor`).
 * 5. If Inter is not installed, DejaVu Sans from its Debian path when present (developer machines), and
 *    after everything the generic `sans-serif`.
 *
 * 1-3 are registered at the first image. The CJK fonts come in hundreds of subsets, and every draw
 * walks the whole family list, so a CJK subset is registered only once a text needs one of its
 * characters: a club without CJK names pays nothing. Noto Sans TC is left out: it is large and covers
 * only rare Han characters that JP, KR and SC lack. The variable-font packages are not used because
 * @napi-rs/canvas draws them at their default (thinnest) instance.
 */

const TEXT_SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext", "vietnamese"];
const WEIGHTS = [400, 700] as const;
const DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu";
/** Static Noto Sans packages for scripts Inter lacks: only the script's own subset (Inter has the Latin). */
const SCRIPT_FONTS = ["arabic", "hebrew", "devanagari", "thai"];
/** JP first (kana, and the Han of Japanese names), KR adds Hangul, SC the simplified Han that JP lacks. */
const CJK_FONTS = ["jp", "kr", "sc"];

interface Subset {
  alias: string;
  /** The subset's files, one per weight. */
  paths: string[];
  /** Place in the CJK order above, so the font list keeps that order whatever was registered first. */
  rank: number;
}

/** The fonts registered at the first image, and the code points their unicode-ranges cover. */
let base: { families: string[]; covered: Set<number> } | undefined;
/** Code point to the first CJK subset that has it; read from the packages when first needed. */
let cjkIndex: Map<number, Subset> | undefined;
const cjkRegistered = new Set<Subset>();
let fontList: string | undefined;

/** Registers the fonts once and returns the CSS font-family list to use everywhere, e.g. in `ctx.font`. */
export function fontFamilies(): string {
  fontList ??= familyList();
  return fontList;
}

/**
 * Registers the CJK subsets that `texts` need (the members' names, club names and titles an image will
 * show); call it before anything reads `fontFamilies()` for that image.
 */
export function registerFontsFor(texts: readonly string[]): void {
  const { covered } = baseFonts();
  for (const text of texts) {
    for (const char of text) {
      const point = char.codePointAt(0) ?? 0;
      if (covered.has(point)) continue;
      cjkIndex ??= readCjkSubsets();
      const subset = cjkIndex.get(point);
      if (subset === undefined || cjkRegistered.has(subset)) continue;
      if (!subset.paths.map((path) => register(path, subset.alias)).some(Boolean)) continue;
      cjkRegistered.add(subset);
      fontList = undefined;
    }
  }
}

function familyList(): string {
  const cjk = [...cjkRegistered].sort((a, b) => a.rank - b.rank).map((subset) => subset.alias);
  const families = [...baseFonts().families, ...cjk, "sans-serif"];
  return families.map((family) => (family === "sans-serif" ? family : `"${family}"`)).join(", ");
}

function baseFonts(): { families: string[]; covered: Set<number> } {
  if (base !== undefined) return base;
  const covered = new Set<number>();
  const inter = registerStatic("@fontsource/inter", "Inter", TEXT_SUBSETS, covered);
  const text = inter.length > 0 ? inter : registerDejaVu();
  const emoji = registerEmoji(covered);
  const scripts = SCRIPT_FONTS.flatMap((script) =>
    registerStatic(`@fontsource/noto-sans-${script}`, "Noto Sans", [script], covered),
  );
  base = { families: [...text, ...emoji, ...scripts], covered };
  return base;
}

/** The numbered subsets `files/noto-sans-jp-<n>-<weight>-normal.woff2` (the named ones are Latin and such). */
function readCjkSubsets(): Map<number, Subset> {
  const index = new Map<number, Subset>();
  let rank = 0;
  for (const font of CJK_FONTS) {
    const dir = packageDir(`@fontsource/noto-sans-${font}`);
    if (dir === undefined) continue;
    const ranges = Object.entries(unicodeRanges(dir)).flatMap(([name, range]) => {
      const number = /^\[(\d+)\]$/.exec(name)?.[1];
      return number === undefined ? [] : [{ number: Number(number), range }];
    });
    for (const { number, range } of ranges.sort((a, b) => a.number - b.number)) {
      const paths = WEIGHTS.map((weight) =>
        join(dir, "files", `noto-sans-${font}-${number}-${weight}-normal.woff2`),
      );
      const subset = { alias: `Dorsi Noto Sans ${font.toUpperCase()} ${number}`, paths, rank: rank++ };
      for (const point of codePoints(range)) if (!index.has(point)) index.set(point, subset);
    }
  }
  return index;
}

/** `<package>-<subset>-<weight>-normal.woff2` for each subset and weight; returns the subsets' aliases. */
function registerStatic(name: string, family: string, subsets: string[], covered: Set<number>): string[] {
  const dir = packageDir(name);
  if (dir === undefined) return [];
  const prefix = name.slice(name.indexOf("/") + 1);
  const ranges = unicodeRanges(dir);
  return subsets
    .filter((subset) =>
      WEIGHTS.map((weight) =>
        register(
          join(dir, "files", `${prefix}-${subset}-${weight}-normal.woff2`),
          `Dorsi ${family} ${subset}`,
        ),
      ).some(Boolean),
    )
    .map((subset) => {
      addCodePoints(covered, ranges[subset]);
      return `Dorsi ${family} ${subset}`;
    });
}

function registerDejaVu(): string[] {
  const regular = register(join(DEJAVU_DIR, "DejaVuSans.ttf"), "Dorsi DejaVu");
  const bold = register(join(DEJAVU_DIR, "DejaVuSans-Bold.ttf"), "Dorsi DejaVu");
  return regular || bold ? ["Dorsi DejaVu"] : [];
}

/**
 * Only the "emoji" file, the whole font: the numbered subsets beside it draw nothing with this Skia, so
 * their aliases would only lengthen the list every draw walks. Their unicode-ranges still tell which
 * code points the font covers.
 */
function registerEmoji(covered: Set<number>): string[] {
  const dir = packageDir("@fontsource/noto-color-emoji");
  const alias = "Dorsi Emoji";
  if (dir === undefined || !register(join(dir, "files", "noto-color-emoji-emoji-400-normal.woff2"), alias)) {
    return [];
  }
  for (const range of Object.values(unicodeRanges(dir))) addCodePoints(covered, range);
  return [alias];
}

function addCodePoints(covered: Set<number>, range: string | undefined): void {
  if (range !== undefined) for (const point of codePoints(range)) covered.add(point);
}

function register(path: string, alias: string): boolean {
  return existsSync(path) && GlobalFonts.registerFromPath(path, alias) !== null;
}

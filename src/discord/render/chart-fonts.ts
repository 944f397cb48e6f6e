import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { GlobalFonts } from "@napi-rs/canvas";

/**
 * Fonts for the rendered images, registered explicitly so the output does not depend on the host's
 * fonts (the Docker image, debian-slim, has none at all).
 *
 * - Text: Inter from the npm package `@fontsource/inter`. Fontsource splits each font into unicode-range
 *   subsets (latin, latin-ext, cyrillic, greek, …), one file per subset and weight. Skia picks one
 *   typeface per family name, so each subset gets its own alias and the CSS font list names them all;
 *   Skia then falls back glyph by glyph along the list.
 * - Emoji: Noto Color Emoji from `@fontsource/noto-color-emoji`, same scheme, so emoji in runners' names
 *   render in colour instead of as tofu.
 * - If those packages are not installed, DejaVu Sans is registered from its Debian path when present
 *   (developer machines), and after that the list ends with the generic `sans-serif`.
 */

const TEXT_SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext", "vietnamese"];
const TEXT_WEIGHTS = [400, 700] as const;
const DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu";

let fontList: string | undefined;

/** Registers the fonts once and returns the CSS font-family list to use everywhere, e.g. in `ctx.font`. */
export function fontFamilies(): string {
  fontList ??= registerFonts();
  return fontList;
}

function registerFonts(): string {
  const inter = registerInter();
  const text = inter.length > 0 ? inter : registerDejaVu();
  // Emoji after the text font: Noto Color Emoji also has plain digits (keycap bases), which must not win.
  const families = [...text, ...registerEmoji(), "sans-serif"];
  return families.map((family) => (family === "sans-serif" ? family : `"${family}"`)).join(", ");
}

function registerInter(): string[] {
  const dir = packageFilesDir("@fontsource/inter");
  if (dir === undefined) return [];
  return TEXT_SUBSETS.filter((subset) =>
    TEXT_WEIGHTS.map((weight) =>
      register(join(dir, `inter-${subset}-${weight}-normal.woff2`), `Dorsi Inter ${subset}`),
    ).some(Boolean),
  ).map((subset) => `Dorsi Inter ${subset}`);
}

function registerDejaVu(): string[] {
  const regular = register(join(DEJAVU_DIR, "DejaVuSans.ttf"), "Dorsi DejaVu");
  const bold = register(join(DEJAVU_DIR, "DejaVuSans-Bold.ttf"), "Dorsi DejaVu");
  return regular || bold ? ["Dorsi DejaVu"] : [];
}

function registerEmoji(): string[] {
  const dir = packageFilesDir("@fontsource/noto-color-emoji");
  if (dir === undefined) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith("-400-normal.woff2"))
    .sort(emojiSubsetFirst)
    .map((file) => ({ file, alias: `Dorsi Emoji ${file.replace("-400-normal.woff2", "")}` }))
    .filter(({ file, alias }) => register(join(dir, file), alias))
    .map(({ alias }) => alias);
}

/**
 * The "emoji" subset holds the emoji proper; the numbered subsets hold the rest of the font's glyphs. Skia's
 * fallback only finds colour emoji reliably when the "emoji" subset comes first (tried: last, it shows none).
 */
function emojiSubsetFirst(a: string, b: string): number {
  const rank = (file: string) => (file.includes("-emoji-400-") ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true });
}

function register(path: string, alias: string): boolean {
  return existsSync(path) && GlobalFonts.registerFromPath(path, alias) !== null;
}

function packageFilesDir(name: string): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve(`${name}/package.json`)), "files");
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The files of the Fontsource font packages: `files/` holds one font file per unicode-range subset
 * (and weight), `unicode.json` maps each subset name ("latin", "[12]") to its CSS unicode-range.
 */

/** The package's directory, or undefined when it is not installed. */
export function packageDir(name: string): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** Subset name to its CSS unicode-range, e.g. `{ "[12]": "U+4e00-4e3f,U+5000" }`; empty if absent. */
export function unicodeRanges(dir: string): Record<string, string> {
  const path = join(dir, "unicode.json");
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
}

/** Each code point of a CSS unicode-range list ("U+20,U+4e00-4e3f"). */
export function* codePoints(range: string): Generator<number> {
  for (const part of range.split(",")) {
    const [first = "", last = first] = part.trim().replace(/^U\+/i, "").split("-");
    const end = Number.parseInt(last, 16);
    for (let point = Number.parseInt(first, 16); point <= end; point++) yield point;
  }
}

import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { drillPicture, drillPictureAlt } from "../../../src/discord/render/drill-pictures.render.js";
import { DRILLS, type Drill, LEVELS, type Level } from "../../../src/domain/drills.rules.js";
import { translator } from "../../../src/i18n/i18n.js";
import { LOCALES } from "../../../src/i18n/locales.js";
import { decodePng, hex, near, pngSize, type Rgb } from "../../support/png.js";

/** The designed size: three panels side by side, wide enough for a phone, inside 800-1200 px. */
const SIZE = { width: 1024, height: 502 };
const MAX_BYTES = 150_000;
/** x ranges of the panels: 1 side view (480 wide), 2 front view and 3 top view (240 each), 16 apart. */
const PANELS = [
  { from: 16, to: 496 },
  { from: 512, to: 752 },
  { from: 768, to: 1008 },
] as const;
const ARROW = hex("#ffffff");
const BLUE = hex("#4ea1ff");
const ORANGE = hex("#ffb020");
/** Steps, slopes and other things the foot stands on. */
const BLOCK = hex("#686c74");
const LEG: Record<Drill, Rgb> = { "flexed-knee": BLUE, "straight-leg": ORANGE };

const CELLS = DRILLS.flatMap((drill) => LEVELS.map((level) => ({ drill, level })));
const key = (drill: Drill, level: Level) => `${drill} ${level}`;
const pngs = new Map<string, Buffer>();
const pixels = new Map<string, (x: number, y: number) => Rgb>();

beforeAll(async () => {
  for (const { drill, level } of CELLS) {
    const { name, data } = await drillPicture(drill, level);
    if (process.env.DORSI_WRITE_PNG === "1") writeFileSync(`/tmp/dorsi-${name}`, data);
    pngs.set(key(drill, level), data);
    pixels.set(key(drill, level), await decodePng(data));
  }
});

function picture(drill: Drill, level: Level) {
  const png = pngs.get(key(drill, level));
  const pixel = pixels.get(key(drill, level));
  if (!png || !pixel) throw new Error(`no picture for ${key(drill, level)}`);
  return { png, pixel };
}

/** Pixels of `color` in a panel, sampled every other pixel. */
function countIn(pixel: (x: number, y: number) => Rgb, panel: number, color: Rgb, tolerance = 16): number {
  const { from, to } = PANELS[panel] ?? PANELS[0];
  let count = 0;
  for (let y = 0; y < SIZE.height; y += 2) {
    for (let x = from; x < to; x += 2) if (near(pixel(x, y), color, tolerance)) count++;
  }
  return count;
}

/** The highest row in which the working leg's colour shows in the middle column of the front view. */
function legTop(pixel: (x: number, y: number) => Rgb, drill: Drill): number {
  const middle = (PANELS[1].from + PANELS[1].to) / 2;
  for (let y = 0; y < SIZE.height; y++) if (near(pixel(middle, y), LEG[drill])) return y;
  return SIZE.height;
}

describe("the drill pictures", () => {
  it.each(CELLS)(
    "$drill at level $level is a PNG of the designed size within the byte budget",
    ({ drill, level }) => {
      const { png } = picture(drill, level);
      expect(pngSize(png)).toEqual(SIZE);
      expect(png.length).toBeLessThan(MAX_BYTES);
    },
  );

  it("are eight different pictures, with names that say which", async () => {
    const distinct = new Set(CELLS.map(({ drill, level }) => picture(drill, level).png.toString("base64")));
    expect(distinct.size).toBe(8);
    const names = await Promise.all(
      CELLS.map(async ({ drill, level }) => (await drillPicture(drill, level)).name),
    );
    expect(new Set(names).size).toBe(8);
    expect(names[0]).toBe("flexed-knee-level-1.png");
  });

  it("are drawn once per process: the second ask returns the same bytes", async () => {
    const first = await drillPicture("straight-leg", 3);
    const again = await drillPicture("straight-leg", 3);
    expect(again.data).toBe(first.data);
  });

  it.each(CELLS)(
    "$drill at level $level has arrow 1, 2 and 3 drawn in their own panels",
    ({ drill, level }) => {
      const { pixel } = picture(drill, level);
      // A number badge alone is about 340 sampled pixels; its arrow adds at least 130 more.
      for (const panel of [0, 1, 2]) expect(countIn(pixel, panel, ARROW, 8)).toBeGreaterThan(420);
      // Nothing but the arrows and their badges is white: the card's margins have none.
      for (let x = 0; x < SIZE.width; x += 4) {
        expect(near(pixel(x, 4), ARROW, 8)).toBe(false);
        expect(near(pixel(x, SIZE.height - 4), ARROW, 8)).toBe(false);
      }
    },
  );

  it.each(LEVELS)(
    "at level %i the working leg differs between the matrices: colour and bent knee",
    (level) => {
      const bent = picture("flexed-knee", level).pixel;
      const straight = picture("straight-leg", level).pixel;
      for (const panel of [0, 1, 2]) {
        expect(countIn(bent, panel, BLUE)).toBeGreaterThan(300);
        expect(countIn(bent, panel, ORANGE)).toBe(0);
        expect(countIn(straight, panel, ORANGE)).toBeGreaterThan(300);
        expect(countIn(straight, panel, BLUE)).toBe(0);
      }
      // From the front, the bent knee comes toward the viewer: a short leg; the straight one reaches far higher.
      expect(legTop(bent, "flexed-knee") - legTop(straight, "straight-leg")).toBeGreaterThan(40);
    },
  );

  it("straight-leg level 3 from above: the step is under the ball of the foot, the heel stays on the floor", () => {
    const { pixel } = picture("straight-leg", 3);
    const lowest = (color: Rgb) => {
      let bottom = -1;
      for (let y = 0; y < SIZE.height; y++) {
        for (let x = PANELS[2].from; x < PANELS[2].to; x += 2) if (near(pixel(x, y), color, 8)) bottom = y;
      }
      return bottom;
    };
    // The foot (its heel the lowest orange) reaches well past the step's near edge.
    expect(lowest(BLOCK)).toBeGreaterThan(0);
    expect(lowest(ORANGE) - lowest(BLOCK)).toBeGreaterThan(40);
  });

  it("the set-up changes from level to level: the side view differs at each level of a matrix", () => {
    for (const drill of DRILLS) {
      const sides = LEVELS.map((level) => {
        const { pixel } = picture(drill, level);
        const samples: string[] = [];
        for (let y = 0; y < SIZE.height; y += 6) {
          for (let x = PANELS[0].from; x < PANELS[0].to; x += 6) samples.push(pixel(x, y).join(","));
        }
        return samples.join(";");
      });
      expect(new Set(sides).size).toBe(LEVELS.length);
    }
  });
});

describe("the pictures' descriptions (alt text)", () => {
  it("say in English what each panel and each numbered arrow shows", () => {
    expect(drillPictureAlt("flexed-knee", 2, translator("en-US"))).toBe(
      "Flexed-knee 3-way ankle matrix · Level 2 · split stance at a wall. A picture in three panels. " +
        "1, from the side: standing facing a wall, hands on it, the working foot in front with the knee bent, " +
        "the other foot a stride back; arrow 1 takes the knee toward the wall, over the toes. " +
        "2, from the front: the bent knee over the foot; arrow 2 takes the knee toward the little toe, then toward the big toe. " +
        "3, from above: shoulders and hips behind the knee, the foot flat; arrow 3 turns knee and hips left, then right.",
    );
  });

  it.each(LOCALES)(
    "%s: one per matrix and level, naming arrows 1, 2 and 3, short enough for Discord",
    (locale) => {
      const tr = translator(locale);
      const english = translator("en-US");
      const texts = CELLS.map(({ drill, level }) => drillPictureAlt(drill, level, tr));
      expect(new Set(texts).size).toBe(8);
      for (const [i, text] of texts.entries()) {
        expect(text.length).toBeLessThanOrEqual(1024);
        expect(text).toMatch(/\b1\b.*\b2\b.*\b3\b/s);
        expect(text).not.toMatch(/{{|undefined/);
        const cell = CELLS[i];
        if (locale !== "en-US" && cell)
          expect(text).not.toBe(drillPictureAlt(cell.drill, cell.level, english));
      }
    },
  );
});

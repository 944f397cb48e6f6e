import { createCanvas, type SKRSContext2D } from "@napi-rs/canvas";
import type { Drill, Level } from "../../domain/drills.rules.js";
import { box, INK } from "./picture-shapes.render.js";
import { drawSide, SIDE_BOX } from "./picture-side.render.js";
import { drawFront, drawTop, VIEW_BOX } from "./picture-views.render.js";

/**
 * A drill picture: three panels on a card of its own (dark, like the charts, so it reads the same in
 * Discord's dark and light themes). 1 the set-up from the side, 2 the working leg from the front,
 * 3 the body from above; a panel per plane, in the order a set goes through them.
 */

const MARGIN = 16;
const PANEL_HEIGHT = SIDE_BOX.height;
const panels = [
  { x: MARGIN, width: SIDE_BOX.width, draw: drawSide },
  { x: MARGIN * 2 + SIDE_BOX.width, width: VIEW_BOX.width, draw: drawFront },
  {
    x: MARGIN * 3 + (SIDE_BOX.width + VIEW_BOX.width),
    width: VIEW_BOX.width,
    draw: drawTop,
  },
] as const;
const WIDTH = MARGIN * 4 + (SIDE_BOX.width + VIEW_BOX.width * 2);
const HEIGHT = MARGIN * 2 + PANEL_HEIGHT;

export async function renderDrillPicture(drill: Drill, level: Level): Promise<Buffer> {
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext("2d");
  box(ctx, { x: 0, y: 0, width: WIDTH, height: HEIGHT }, INK.card, 0);
  for (const panel of panels) drawPanel(ctx, panel, () => panel.draw(ctx, drill, level));
  return canvas.encode("png");
}

function drawPanel(ctx: SKRSContext2D, panel: { x: number; width: number }, draw: () => void): void {
  box(ctx, { x: panel.x, y: MARGIN, width: panel.width, height: PANEL_HEIGHT }, INK.panel, 14);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(panel.x, MARGIN, panel.width, PANEL_HEIGHT, 14);
  ctx.clip();
  ctx.translate(panel.x, MARGIN);
  draw();
  ctx.restore();
}

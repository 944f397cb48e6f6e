import type { SKRSContext2D } from "@napi-rs/canvas";
import type { Drill, Level } from "../../domain/drills.rules.js";
import {
  arcArrow,
  badge,
  box,
  disc,
  INK,
  legColour,
  limb,
  type Point,
  polygon,
  pt,
  toward,
} from "./picture-shapes.render.js";

/**
 * Panels 2 and 3 of a drill picture, each drawn in a 240 x 470 box: the working leg from the front with
 * arrow 2 (tilt toward the little toe and the big toe), and the body from above with arrow 3 (rotation,
 * foot flat). The bent knee shows as a short leg with the knee ahead; the straight leg as one long line.
 */

export const VIEW_BOX = { width: 240, height: 470 } as const;
const FLOOR = 430;
const MID = VIEW_BOX.width / 2;
/** How far (px) the arrows and the leaning ghosts reach to each side of the middle. */
const ARROW_REACH = 88;
const LEAN_REACH = 62;

/** What the foot stands on at each level, seen from the front and from above. */
type Surface = "floor" | "wall" | "step" | "slope";

function surfaceOf(drill: Drill, level: Level): Surface {
  if (level === 2) return "wall";
  if (level === 3) return "step";
  return level === 4 && drill === "straight-leg" ? "slope" : "floor";
}

const STEP_HEIGHT = 40;
const degrees = (radians: number) => (radians * 180) / Math.PI;

export function drawFront(ctx: SKRSContext2D, drill: Drill, level: Level): void {
  const surface = surfaceOf(drill, level);
  limb(ctx, [pt(0, FLOOR + 2), pt(VIEW_BOX.width, FLOOR + 2)], 4, INK.ground);
  let base = FLOOR;
  if (surface === "step" || surface === "slope") {
    base -= surface === "step" ? STEP_HEIGHT : STEP_HEIGHT / 2;
    box(ctx, { x: MID - 70, y: base, width: 140, height: FLOOR - base }, INK.block);
  }
  const ankle = pt(MID, base - 30);
  // The bent knee comes toward the viewer, so its thigh is only a short stub above the knee.
  const segments = drill === "flexed-knee" ? [170, 40] : [140, 140];
  const reach = (segments[0] ?? 0) + (segments[1] ?? 0);
  const colour = legColour(drill);
  const lean = degrees(Math.asin(LEAN_REACH / reach));
  ctx.globalAlpha = 0.35;
  for (const side of [-lean, lean]) frontLeg(ctx, ankle, -90 + side, segments, colour);
  ctx.globalAlpha = 1;
  frontLeg(ctx, ankle, -90, segments, colour);
  frontFoot(ctx, pt(MID, base), colour);
  const radius = reach + 30;
  const span = degrees(Math.asin(ARROW_REACH / radius));
  arcArrow(ctx, ankle, radius, -90 - span, -90 + span);
  badge(ctx, pt(MID, ankle.y - radius), 2);
}

function frontLeg(
  ctx: SKRSContext2D,
  ankle: Point,
  direction: number,
  [shin, thigh]: number[],
  colour: string,
): void {
  const knee = toward(ankle, direction, shin ?? 0);
  const top = toward(knee, direction, thigh ?? 0);
  limb(ctx, [ankle, knee], 26, colour);
  // Wider than the shin: the thigh of a bent knee comes toward the viewer.
  limb(ctx, [knee, top], thigh === undefined || thigh > 60 ? 34 : 46, colour);
  disc(ctx, knee, 19, colour);
}

/**
 * The foot from the front, toes along its front edge from the big one to the little one, so the two
 * sides the knee moves toward read apart.
 */
function frontFoot(ctx: SKRSContext2D, floor: Point, colour: string): void {
  box(ctx, { x: floor.x - 34, y: floor.y - 34, width: 68, height: 30 }, colour, 12);
  let x = floor.x - 38;
  for (const radius of [11, 8, 7, 6, 5]) {
    outlinedDisc(ctx, pt(x + radius, floor.y - 4 - radius), radius, colour);
    x += radius * 2 + 1;
  }
}

export function drawTop(ctx: SKRSContext2D, drill: Drill, level: Level): void {
  const surface = surfaceOf(drill, level);
  const colour = legColour(drill);
  const flexed = drill === "flexed-knee";
  // Forward is up. The bent knee is ahead of the body, over the toes; the straight leg reaches back.
  // From level 3 the straight leg's foot is nearly under the hips, which go forward over it.
  const body = pt(MID - 8, flexed ? 320 : 170);
  const hip = pt(MID + 30, body.y);
  const foot = pt(hip.x, flexed ? 150 : level >= 3 ? 300 : 340);
  if (surface === "wall") limb(ctx, [pt(12, 22), pt(VIEW_BOX.width - 12, 22)], 12, INK.ground);
  if (surface === "step") stepFromAbove(ctx, foot, flexed);
  if (surface === "slope") slopeFromAbove(ctx, foot);
  topFoot(ctx, foot, colour);
  // The body turns around its own axis; the faint copies are where it turns to.
  ctx.globalAlpha = 0.3;
  for (const turn of [-0.4, 0.4]) shoulders(ctx, body, turn);
  ctx.globalAlpha = 1;
  if (flexed) {
    // Over the middle of the foot rather than the toes, so the planted foot still shows around it.
    const knee = pt(hip.x, foot.y + 4);
    outlinedLimb(ctx, [hip, knee], 24, colour);
    outlinedDisc(ctx, knee, 18, colour);
  } else {
    // The straight leg runs back over the foot to the heel and merges into it.
    limb(ctx, [hip, pt(foot.x, foot.y + 40)], 20, colour);
  }
  shoulders(ctx, body, 0);
  const turn = flexed ? 90 : -90;
  arcArrow(ctx, body, 100, turn - 42, turn + 42);
  badge(ctx, toward(body, turn, 100), 3);
}

/** The shoulders and the top of the head, from above. */
function shoulders(ctx: SKRSContext2D, centre: Point, turn: number): void {
  ctx.beginPath();
  ctx.ellipse(centre.x, centre.y, 70, 26, turn, 0, Math.PI * 2);
  ctx.fillStyle = INK.body;
  ctx.fill();
  disc(ctx, centre, 22, INK.far);
}

/** The foot from above, toes forward (up), flat on whatever it stands on. */
function topFoot(ctx: SKRSContext2D, centre: Point, colour: string): void {
  ctx.beginPath();
  ctx.ellipse(centre.x, centre.y + 6, 24, 50, 0, 0, Math.PI * 2);
  ctx.fillStyle = colour;
  ctx.fill();
  let x = centre.x - 26;
  for (const [i, radius] of [7, 5, 4.5, 4, 3.5].entries()) {
    disc(ctx, pt(x + radius, centre.y - 42 + i * 4), radius, colour);
    x += radius * 2 + 1;
  }
}

/**
 * The step under the whole raised foot (flexed knee), or under the ball of the foot and the toes only
 * (straight leg: the heel stays on the floor).
 */
function stepFromAbove(ctx: SKRSContext2D, foot: Point, wholeFoot: boolean): void {
  box(ctx, { x: foot.x - 50, y: foot.y - 80, width: 100, height: wholeFoot ? 160 : 58 }, INK.block);
}

/** A slant board under the foot, its chevrons pointing uphill (forward). */
function slopeFromAbove(ctx: SKRSContext2D, foot: Point): void {
  box(ctx, { x: foot.x - 50, y: foot.y - 90, width: 100, height: 170 }, INK.block);
  for (const y of [foot.y - 74, foot.y + 64]) {
    polygon(
      ctx,
      [pt(foot.x - 36, y + 12), pt(foot.x, y - 4), pt(foot.x + 36, y + 12), pt(foot.x, y + 2)],
      INK.ground,
    );
  }
}

/** Parts that overlap get a rim of the panel's colour, so each reads as its own shape. */
function outlinedLimb(ctx: SKRSContext2D, joints: Point[], width: number, colour: string): void {
  limb(ctx, joints, width + 8, INK.panel);
  limb(ctx, joints, width, colour);
}

function outlinedDisc(ctx: SKRSContext2D, at: Point, radius: number, colour: string): void {
  disc(ctx, at, radius + 3, INK.panel);
  disc(ctx, at, radius, colour);
}

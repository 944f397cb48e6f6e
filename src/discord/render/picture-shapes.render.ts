import type { SKRSContext2D } from "@napi-rs/canvas";
import type { Drill } from "../../domain/drills.rules.js";
import { THEME } from "./chart-draw.render.js";

/**
 * Flat shapes for the drill pictures: limbs as thick round-capped strokes, white arrows and number
 * badges. The digits are stroked paths rather than text, so a picture needs no font: a bot that only
 * sends reminders never loads the font files.
 */

export const INK = {
  card: THEME.background,
  panel: THEME.panelAlt,
  /** Floor, wall, step and slope. */
  ground: "#80848e",
  block: "#686c74",
  /** The body, with the far-side limbs a shade darker so the near ones read in front. */
  body: "#b5bac1",
  far: "#80848e",
  /** The arrows and their number badges: nothing else in a picture is this white. */
  arrow: "#ffffff",
  digit: THEME.background,
} as const;

/** The working leg in the drill's colour, the same blue and orange as the charts and embeds. */
export function legColour(drill: Drill): string {
  return drill === "flexed-knee" ? THEME.flexedKnee : THEME.straightLeg;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const pt = (x: number, y: number): Point => ({ x, y });

/** The point `length` away from `from` at `degrees` (0 = right, 90 = down, as the canvas y runs). */
export function toward(from: Point, degrees: number, length: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return { x: from.x + Math.cos(radians) * length, y: from.y + Math.sin(radians) * length };
}

/** A limb or a chain of limbs through the given joints. */
export function limb(ctx: SKRSContext2D, joints: readonly Point[], width: number, colour: string): void {
  const [first, ...rest] = joints;
  if (first === undefined) return;
  ctx.beginPath();
  ctx.moveTo(first.x, first.y);
  for (const joint of rest) ctx.lineTo(joint.x, joint.y);
  ctx.lineWidth = width;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.strokeStyle = colour;
  ctx.stroke();
}

export function disc(ctx: SKRSContext2D, at: Point, radius: number, colour: string): void {
  ctx.beginPath();
  ctx.arc(at.x, at.y, radius, 0, Math.PI * 2);
  ctx.fillStyle = colour;
  ctx.fill();
}

export function box(
  ctx: SKRSContext2D,
  shape: { x: number; y: number; width: number; height: number },
  colour: string,
  radius = 4,
): void {
  ctx.beginPath();
  ctx.roundRect(shape.x, shape.y, shape.width, shape.height, radius);
  ctx.fillStyle = colour;
  ctx.fill();
}

/** A filled polygon through the points. */
export function polygon(ctx: SKRSContext2D, points: readonly Point[], colour: string): void {
  ctx.beginPath();
  for (const [i, p] of points.entries()) {
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  }
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
}

const ARROW_WIDTH = 8;
const HEAD = 20;

function head(ctx: SKRSContext2D, tip: Point, degrees: number): void {
  polygon(
    ctx,
    [toward(tip, degrees, HEAD * 0.6), toward(tip, degrees + 140, HEAD), toward(tip, degrees - 140, HEAD)],
    INK.arrow,
  );
}

/** A straight arrow from `from` to `to`, with a head at `to` (and at `from` when `both`). */
export function arrow(ctx: SKRSContext2D, from: Point, to: Point, both = false): void {
  const degrees = (Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI;
  limb(
    ctx,
    [toward(from, degrees, both ? HEAD * 0.5 : 0), toward(to, degrees + 180, HEAD * 0.5)],
    ARROW_WIDTH,
    INK.arrow,
  );
  head(ctx, to, degrees);
  if (both) head(ctx, from, degrees + 180);
}

/** A double-headed arc around `centre` from `start` to `end` degrees (clockwise), for a to-and-fro motion. */
export function arcArrow(
  ctx: SKRSContext2D,
  centre: Point,
  radius: number,
  start: number,
  end: number,
): void {
  // Leave room for the heads so the stroke does not poke out of their tips.
  const inset = ((HEAD * 0.5) / radius) * (180 / Math.PI);
  ctx.beginPath();
  ctx.arc(centre.x, centre.y, radius, ((start + inset) * Math.PI) / 180, ((end - inset) * Math.PI) / 180);
  ctx.lineWidth = ARROW_WIDTH;
  ctx.lineCap = "butt";
  ctx.strokeStyle = INK.arrow;
  ctx.stroke();
  head(ctx, toward(centre, end, radius), end + 90);
  head(ctx, toward(centre, start, radius), start - 90);
}

const BADGE_RADIUS = 22;

/** A white disc with 1, 2 or 3 stroked in it: the number the text beside the picture names. */
export function badge(ctx: SKRSContext2D, at: Point, digit: 1 | 2 | 3): void {
  disc(ctx, at, BADGE_RADIUS, INK.arrow);
  const h = 24;
  const w = 14;
  ctx.beginPath();
  if (digit === 1) {
    ctx.moveTo(at.x - w * 0.45, at.y - h * 0.28);
    ctx.lineTo(at.x + 1, at.y - h / 2);
    ctx.lineTo(at.x + 1, at.y + h / 2);
  } else if (digit === 2) {
    ctx.arc(at.x, at.y - h * 0.22, w / 2 + 1, Math.PI * 1.1, Math.PI * 0.15);
    ctx.lineTo(at.x - w / 2 - 1, at.y + h / 2);
    ctx.lineTo(at.x + w / 2 + 2, at.y + h / 2);
  } else {
    ctx.arc(at.x, at.y - h / 4, h / 4, Math.PI * 1.15, Math.PI * 0.5);
    ctx.moveTo(at.x, at.y);
    ctx.arc(at.x, at.y + h / 4, h / 4, Math.PI * 1.5, Math.PI * 0.85);
  }
  ctx.lineWidth = 4.5;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.strokeStyle = INK.digit;
  ctx.stroke();
}

import type { SKRSContext2D } from "@napi-rs/canvas";
import type { Drill, Level } from "../../domain/drills.rules.js";
import {
  arrow,
  badge,
  box,
  disc,
  INK,
  legColour,
  limb,
  type Point,
  polygon,
  pt,
} from "./picture-shapes.render.js";

/**
 * Panel 1 of a drill picture: the set-up seen from the side, facing right, and arrow 1 (forward).
 * Drawn in a 480 x 470 box with the floor at y 430; the working leg is the near one, in the drill's colour.
 */

export const SIDE_BOX = { width: 480, height: 470 } as const;
const FLOOR = 430;

interface Leg {
  readonly joints: readonly Point[];
  /** Heel to toes. */
  readonly foot: readonly [Point, Point];
}

interface SideScene {
  readonly working: Leg;
  readonly other: Leg;
  readonly shoulder: Point;
  readonly head: Point;
  /** Shoulder, elbow, hand. */
  readonly arm: readonly Point[];
  readonly props: readonly Prop[];
  readonly forward: { readonly from: Point; readonly to: Point; readonly badge: Point };
}

type Prop =
  | { readonly kind: "wall"; readonly x: number; readonly dashed: boolean }
  | { readonly kind: "step"; readonly x: number; readonly width: number; readonly height: number }
  | { readonly kind: "slope"; readonly from: number; readonly to: number; readonly rise: number }
  | { readonly kind: "weight"; readonly at: Point };

const leg = (joints: Point[], heel: Point, toe: Point): Leg => ({ joints, foot: [heel, toe] });

/** Each set-up as the drills catalog describes it (howTo.<drill>.level<n>.setup). */
const SCENES: Record<Drill, Record<Level, SideScene>> = {
  "flexed-knee": {
    // Half-kneeling: back knee down, front foot flat, hands on the front knee.
    1: {
      working: leg([pt(232, 322), pt(335, 330), pt(290, 416)], pt(278, 424), pt(340, 424)),
      other: leg([pt(232, 322), pt(225, 418), pt(130, 418)], pt(130, 420), pt(96, 424)),
      shoulder: pt(243, 197),
      head: pt(252, 156),
      arm: [pt(243, 197), pt(292, 258), pt(330, 312)],
      props: [],
      forward: { from: pt(364, 322), to: pt(424, 322), badge: pt(394, 282) },
    },
    // Split stance facing a wall, hands on it, front knee bent.
    2: {
      working: leg([pt(262, 245), pt(342, 325), pt(300, 416)], pt(288, 424), pt(348, 424)),
      other: leg([pt(262, 245), pt(205, 328), pt(150, 414)], pt(142, 422), pt(192, 424)),
      shoulder: pt(294, 125),
      head: pt(314, 88),
      arm: [pt(294, 125), pt(362, 168), pt(424, 160)],
      props: [{ kind: "wall", x: 434, dashed: false }],
      forward: { from: pt(370, 316), to: pt(430, 316), badge: pt(400, 276) },
    },
    // Whole front foot on a step, back foot on the floor.
    3: {
      working: leg([pt(250, 222), pt(345, 292), pt(305, 374)], pt(293, 382), pt(353, 382)),
      other: leg([pt(250, 222), pt(198, 318), pt(150, 414)], pt(142, 422), pt(192, 424)),
      shoulder: pt(270, 102),
      head: pt(282, 62),
      arm: [pt(270, 102), pt(300, 170), pt(340, 205)],
      props: [{ kind: "step", x: 262, width: 130, height: 44 }],
      forward: { from: pt(372, 284), to: pt(432, 284), badge: pt(402, 244) },
    },
    // Split stance without support, a weight held at the chest.
    4: {
      working: leg([pt(262, 245), pt(342, 325), pt(300, 416)], pt(288, 424), pt(348, 424)),
      other: leg([pt(262, 245), pt(205, 328), pt(150, 414)], pt(142, 422), pt(192, 424)),
      shoulder: pt(282, 122),
      head: pt(290, 82),
      arm: [pt(282, 122), pt(300, 186), pt(330, 160)],
      props: [{ kind: "weight", at: pt(340, 164) }],
      forward: { from: pt(370, 316), to: pt(430, 316), badge: pt(400, 276) },
    },
  },
  "straight-leg": {
    // Hands and one knee down, the working leg straight back, toes tucked, heel reaching down.
    1: {
      working: leg([pt(250, 318), pt(170, 358), pt(92, 398)], pt(80, 392), pt(106, 426)),
      other: leg([pt(250, 318), pt(252, 418), pt(160, 418)], pt(160, 420), pt(128, 424)),
      shoulder: pt(396, 300),
      head: pt(440, 282),
      arm: [pt(396, 300), pt(398, 362), pt(400, 422)],
      props: [],
      forward: { from: pt(62, 356), to: pt(44, 414), badge: pt(34, 318) },
    },
    // Hands on a wall, the working leg a long stride back, straight, heel down.
    2: {
      working: leg([pt(238, 250), pt(184, 334), pt(132, 416)], pt(120, 424), pt(180, 424)),
      other: leg([pt(238, 250), pt(302, 330), pt(300, 416)], pt(290, 424), pt(348, 424)),
      shoulder: pt(292, 144),
      head: pt(316, 110),
      arm: [pt(292, 144), pt(362, 178), pt(424, 168)],
      props: [{ kind: "wall", x: 434, dashed: false }],
      forward: { from: pt(192, 206), to: pt(252, 206), badge: pt(160, 206) },
    },
    // Ball of the foot on a step, heel on the floor, leg straight; fingertips on a wall if needed.
    3: {
      working: leg([pt(292, 228), pt(278, 322), pt(262, 410)], pt(250, 424), pt(316, 390)),
      other: leg([pt(292, 228), pt(236, 320), pt(186, 414)], pt(178, 422), pt(228, 424)),
      shoulder: pt(306, 108),
      head: pt(316, 68),
      arm: [pt(306, 108), pt(364, 150), pt(424, 150)],
      props: [
        // Its edge under the ball of the foot: the toes rest on it, the heel stays on the floor.
        { kind: "step", x: 294, width: 100, height: 30 },
        { kind: "wall", x: 434, dashed: true },
      ],
      forward: { from: pt(330, 226), to: pt(390, 226), badge: pt(360, 186) },
    },
    // Working foot on a slope, toes uphill, leg straight, no hands.
    4: {
      working: leg([pt(292, 226), pt(280, 318), pt(268, 404)], pt(256, 414), pt(318, 394)),
      other: leg([pt(292, 226), pt(236, 318), pt(186, 414)], pt(178, 422), pt(228, 424)),
      shoulder: pt(300, 106),
      head: pt(306, 66),
      arm: [pt(300, 106), pt(288, 172), pt(296, 236)],
      props: [{ kind: "slope", from: 232, to: 380, rise: 52 }],
      forward: { from: pt(326, 226), to: pt(386, 226), badge: pt(356, 186) },
    },
  },
};

export function drawSide(ctx: SKRSContext2D, drill: Drill, level: Level): void {
  const scene = SCENES[drill][level];
  limb(ctx, [pt(0, FLOOR + 2), pt(SIDE_BOX.width, FLOOR + 2)], 4, INK.ground);
  for (const prop of scene.props) drawProp(ctx, prop);
  drawLeg(ctx, scene.other, INK.far, 22);
  limb(ctx, [scene.working.joints[0] ?? scene.shoulder, scene.shoulder], 34, INK.body);
  disc(ctx, scene.head, 24, INK.body);
  drawLeg(ctx, scene.working, legColour(drill), 24);
  for (const prop of scene.props) if (prop.kind === "weight") drawWeight(ctx, prop.at);
  limb(ctx, scene.arm, 16, INK.body);
  arrow(ctx, scene.forward.from, scene.forward.to);
  badge(ctx, scene.forward.badge, 1);
}

function drawLeg(ctx: SKRSContext2D, leg: Leg, colour: string, width: number): void {
  limb(ctx, leg.joints, width, colour);
  limb(ctx, leg.foot, 14, colour);
}

function drawProp(ctx: SKRSContext2D, prop: Prop): void {
  if (prop.kind === "wall") {
    if (prop.dashed) ctx.setLineDash([18, 14]);
    limb(ctx, [pt(prop.x, 40), pt(prop.x, FLOOR)], 12, INK.ground);
    ctx.setLineDash([]);
  } else if (prop.kind === "step") {
    box(ctx, { x: prop.x, y: FLOOR - prop.height, width: prop.width, height: prop.height }, INK.block);
  } else if (prop.kind === "slope") {
    polygon(ctx, [pt(prop.from, FLOOR), pt(prop.to, FLOOR), pt(prop.to, FLOOR - prop.rise)], INK.block);
  }
}

/** A kettlebell held at the chest. */
function drawWeight(ctx: SKRSContext2D, at: Point): void {
  ctx.beginPath();
  ctx.arc(at.x, at.y - 18, 11, Math.PI, 0);
  ctx.lineWidth = 7;
  ctx.strokeStyle = INK.ground;
  ctx.stroke();
  disc(ctx, at, 20, INK.ground);
}

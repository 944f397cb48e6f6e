import {
  type Drill,
  type DrillChoiceValue,
  drillAt,
  type Level,
  type Plane,
} from "../../domain/drills.rules.js";
import type { Translator } from "../../i18n/i18n.js";

/** "Flexed-knee matrix" in the reader's language. */
export function drillLabel(tr: Translator, drill: Drill): string {
  return tr.t(`drills.label.${drill}`);
}

/** "Flexed-knee 3-way ankle matrix" in the reader's language. */
export function drillName(tr: Translator, drill: Drill): string {
  return tr.t(`drills.name.${drill}`);
}

/** "Level 1 · half-kneeling" in the reader's language. */
export function levelTitle(tr: Translator, drill: Drill, level: Level): string {
  return tr.t("drills.levelWithTitle", { level, title: tr.t(`drills.levelTitle.${drill}.level${level}`) });
}

/** What a matrix is for, in one line. */
export function drillPurpose(drill: Drill, tr: Translator): string {
  return tr.t(`drills.purpose.${drill}`);
}

/** "Forward", "Tilt", "Rotation". */
function planeName(plane: Plane, tr: Translator): string {
  return tr.t(`drills.plane.${plane}`);
}

interface MotionWords {
  readonly plane: Plane;
  /** The plane's name after its arrow's number in the picture, e.g. "2 · Tilt". */
  readonly name: string;
  /** One short instruction for this direction. */
  readonly cue: string;
}

/** How to do a matrix at a level: the set-up, one cue per direction in the set's order, the safety line. */
interface DrillSteps {
  readonly setup: string;
  readonly motions: readonly MotionWords[];
  readonly safety: string;
}

export function drillSteps(drill: Drill, level: Level, tr: Translator): DrillSteps {
  const key = `drills.howTo.${drill}.level${level}` as const;
  return {
    setup: tr.t(`${key}.setup`),
    motions: drillAt(drill, level).planes.map((plane, index) => ({
      plane,
      // The number of the plane's arrow in the drill's picture.
      name: tr.t("pictures.numbered", { number: index + 1, name: planeName(plane, tr) }),
      cue: tr.t(`${key}.${plane}`),
    })),
    safety: tr.t(`${key}.safety`),
  };
}

/** "One set: 5 slow reps each direction on one leg, then the other leg." */
export function setInstruction(reps: number, tr: Translator): string {
  return tr.t("drills.oneSet", { count: reps });
}

/** An autocomplete choice's name, e.g. "flexed-knee (knee bent, soleus)". */
export function drillChoiceName(value: DrillChoiceValue, tr: Translator): string {
  return value === "both" ? tr.t("drills.bothMatrices") : tr.t(`drills.choice.${value}`);
}

/**
 * The drill catalogue: two 3-way ankle-mobility matrices (knee bent, knee straight), each done in
 * three planes on a ladder of four levels, with reps per direction growing in steps inside a level.
 *
 * Member-facing text lives here, written to be read on a phone right before doing the drill: short,
 * concrete, one idea per line. Pure: no I/O, no clock.
 */

/** The two 3-way ankle-mobility matrices. Their names are part of the public interface (/log, /drills). */
export const DRILLS = ["flexed-knee", "straight-leg"] as const;
export type Drill = (typeof DRILLS)[number];

export function isDrill(value: string): value is Drill {
  return (DRILLS as readonly string[]).includes(value);
}

/** The ladder: 1 kneeling / all fours, 2 standing with support, 3 standing raised, 4 standing loaded or on a slope. */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const TOP_LEVEL: Level = 4;

export function isLevel(value: number): value is Level {
  return (LEVELS as readonly number[]).includes(value);
}

/**
 * Reps per direction at each step inside a level (1-based: step 1 = 5 reps). The same steps at every
 * level: the level already adds the load, so reps restart low when the level changes.
 */
export const REPS_STEPS = [5, 8, 10] as const;
/** A 1-based index into REPS_STEPS. */
export type RepsStep = 1 | 2 | 3;
export const REPS_STEP_COUNT = REPS_STEPS.length;
export const REPS_STEP_NUMBERS: readonly RepsStep[] = [1, 2, 3];

export function isRepsStep(value: number): value is RepsStep {
  return (REPS_STEP_NUMBERS as readonly number[]).includes(value);
}

/** Reps per direction at a level and step (the table is per level so it can be tuned per level). */
const REPS: Readonly<Record<Level, readonly [number, number, number]>> = {
  1: REPS_STEPS,
  2: REPS_STEPS,
  3: REPS_STEPS,
  4: REPS_STEPS,
};

export function repsFor(level: Level, repsStep: RepsStep): number {
  return REPS[level][repsStep - 1] as number;
}

/** The three planes (sagittal, frontal, transverse), in the order a set goes through them. */
export const PLANES = ["forward", "tilt", "rotation"] as const;
export type Plane = (typeof PLANES)[number];

export const PLANE_LABELS: Readonly<Record<Plane, string>> = {
  forward: "Forward",
  tilt: "Tilt",
  rotation: "Rotation",
};

export interface Motion {
  readonly plane: Plane;
  /** One short instruction for this direction. */
  readonly cue: string;
}

export interface DrillLevel {
  readonly drill: Drill;
  readonly level: Level;
  /** e.g. "Flexed-knee 3-way ankle matrix". */
  readonly name: string;
  /** e.g. "Level 1 · half-kneeling". */
  readonly title: string;
  readonly setup: string;
  readonly motions: readonly [Motion, Motion, Motion];
  readonly safety: string;
}

interface LevelText {
  readonly title: string;
  readonly setup: string;
  readonly forward: string;
  readonly tilt: string;
  readonly rotation: string;
  readonly safety: string;
}

const NAMES: Readonly<Record<Drill, string>> = {
  "flexed-knee": "Flexed-knee 3-way ankle matrix",
  "straight-leg": "Straight-leg 3-way ankle matrix",
};

const LABELS: Readonly<Record<Drill, string>> = {
  "flexed-knee": "Flexed-knee matrix",
  "straight-leg": "Straight-leg matrix",
};

/** What each matrix is for, in one line. */
const PURPOSES: Readonly<Record<Drill, string>> = {
  "flexed-knee": "Knee bent: works the lower calf (soleus) and the ankle you need on descents.",
  "straight-leg": "Knee straight: works the upper calf (gastrocnemius) through the same three directions.",
};

const CATALOGUE: Readonly<Record<Drill, Readonly<Record<Level, LevelText>>>> = {
  "flexed-knee": {
    1: {
      title: "half-kneeling",
      setup:
        "Kneel on one knee. Other foot flat in front, hands on that front knee. Heel stays down the whole time.",
      forward: "Drive the front knee straight forward over your toes, then back.",
      tilt: "Drive the knee out toward your little toe, then in toward your big toe.",
      rotation: "Turn knee and hips to the left, then to the right. Foot stays flat.",
      safety: "A firm stretch is fine; pain is not. Stop short of pain.",
    },
    2: {
      title: "split stance at a wall",
      setup:
        "Stand facing a wall, hands on it. One foot forward, the other a stride back. Bend the front knee, heel down.",
      forward: "Drive the front knee toward the wall, over your toes. Heel stays down.",
      tilt: "Drive the knee toward your little toe, then toward your big toe.",
      rotation: "Turn knee and hips left, then right. Whole foot stays on the floor.",
      safety: "Standing adds load: go only as far as stays pain-free.",
    },
    3: {
      title: "front foot raised",
      setup:
        "Whole front foot on a step or a thick book, back foot on the floor. Fingertips on a wall only if you need balance.",
      forward: "Drive the raised knee forward over your toes. Heel stays on the step.",
      tilt: "Drive the knee toward your little toe, then toward your big toe.",
      rotation: "Turn knee and hips left, then right, foot flat on the step.",
      safety: "More range means more stretch. Ease in and stop short of pain.",
    },
    4: {
      title: "weighted, no hands",
      setup:
        "Split stance, no support, a light weight held at your chest. Slow: 3 seconds out, 3 seconds back.",
      forward: "Slowly drive the front knee forward over your toes. Heel down.",
      tilt: "Slowly drive the knee toward your little toe, then your big toe.",
      rotation: "Slowly turn knee and hips left, then right. Foot stays planted.",
      safety: "Light weight only. If the heel lifts or anything hurts, stop and drop back a level.",
    },
  },
  "straight-leg": {
    1: {
      title: "hands and knee",
      setup:
        "Hands and one knee on the floor. Other leg straight back, toes tucked, heel reaching for the floor.",
      forward: "Push the heel back and down toward the floor. Knee stays straight.",
      tilt: "Sway your hips so the shin leans toward your little toe, then toward your big toe.",
      rotation: "Turn your hips left, then right. Heel keeps reaching, knee straight.",
      safety: "Feel the calf stretch, never pain. Stop short of pain.",
    },
    2: {
      title: "wall lean",
      setup: "Hands on a wall, one foot a long stride back. Back leg straight, back heel down.",
      forward: "Lean your hips toward the wall until the back calf tightens. Heel stays down.",
      tilt: "Sway your hips so the back shin leans toward your little toe, then your big toe.",
      rotation: "Turn your hips left, then right. Back knee straight, heel down.",
      safety: "Standing adds load: go only as far as stays pain-free.",
    },
    3: {
      title: "forefoot on a step",
      setup:
        "Ball of one foot on a step or thick book, heel on the floor, leg straight. Fingertips on a wall only if needed.",
      forward: "Bring your hips forward over the raised foot. Knee straight, heel down.",
      tilt: "Sway your hips so the shin leans toward your little toe, then your big toe.",
      rotation: "Turn your hips left, then right. Keep the knee straight.",
      safety: "More range means more stretch. Ease in and stop short of pain.",
    },
    4: {
      title: "slope, no hands",
      setup:
        "Working foot on a slant board or gentle slope, toes pointing uphill, that leg straight. No hands. Move slowly.",
      forward: "Slowly bring your hips forward over the foot. Knee straight, heel down.",
      tilt: "Slowly sway your hips so the shin leans toward your little toe, then your big toe.",
      rotation: "Slowly turn your hips left, then right. Heel stays down, knee straight.",
      safety: "Pick a gentle slope. If balance goes or anything hurts, stop and drop back a level.",
    },
  },
};

export function drillLabel(drill: Drill): string {
  return LABELS[drill];
}

/** The full name, e.g. "Flexed-knee 3-way ankle matrix". */
export function drillName(drill: Drill): string {
  return NAMES[drill];
}

export function drillPurpose(drill: Drill): string {
  return PURPOSES[drill];
}

/** The title of a level alone, e.g. "Level 1 · half-kneeling". */
export function levelTitle(drill: Drill, level: Level): string {
  return `Level ${level} · ${CATALOGUE[drill][level].title}`;
}

export function drillAt(drill: Drill, level: Level): DrillLevel {
  const text = CATALOGUE[drill][level];
  return {
    drill,
    level,
    name: NAMES[drill],
    title: levelTitle(drill, level),
    setup: text.setup,
    motions: [
      { plane: "forward", cue: text.forward },
      { plane: "tilt", cue: text.tilt },
      { plane: "rotation", cue: text.rotation },
    ],
    safety: text.safety,
  };
}

/** How one set is done, for any level. */
export function setInstruction(reps: number): string {
  return `One set: ${reps} slow reps each direction on one leg, then the other leg.`;
}

/**
 * One line for a reminder, e.g.
 * "Flexed-knee matrix, level 1 · half-kneeling: 5 reps each way (forward, tilt, rotation), both legs."
 */
export function drillOneLiner(drill: Drill, level: Level, repsStep: RepsStep): string {
  const reps = repsFor(level, repsStep);
  return `${LABELS[drill]}, ${levelTitle(drill, level).toLowerCase()}: ${reps} reps each way (forward, tilt, rotation), both legs.`;
}

/** The full how-to for /drills, as plain lines (the renderer may add formatting). */
export function drillHowTo(drill: Drill, level: Level, repsStep: RepsStep): string[] {
  const card = drillAt(drill, level);
  return [
    `${card.name} · ${card.title}`,
    PURPOSES[drill],
    `Set-up: ${card.setup}`,
    ...card.motions.map((motion) => `${PLANE_LABELS[motion.plane]}: ${motion.cue}`),
    setInstruction(repsFor(level, repsStep)),
    `Safety: ${card.safety}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// What people type into /log and /drills.

export type DrillChoiceValue = Drill | "both";

/** Words that add nothing to which drill is meant ("flexed-knee ankle matrix", "3-way drill"). */
const FILLERS: ReadonlySet<string> = new Set([
  "3",
  "way",
  "3way",
  "three",
  "threeway",
  "ankle",
  "ankles",
  "mobility",
  "matrix",
  "matrices",
  "drill",
  "drills",
  "the",
]);

/** Accepted spellings, compared after lower-casing and removing spaces, punctuation and fillers. */
const ALIASES: ReadonlyMap<string, DrillChoiceValue> = new Map<string, DrillChoiceValue>([
  ["flexedknee", "flexed-knee"],
  ["flexed", "flexed-knee"],
  ["flex", "flexed-knee"],
  ["flexknee", "flexed-knee"],
  ["kneeflexed", "flexed-knee"],
  ["bent", "flexed-knee"],
  ["bentknee", "flexed-knee"],
  ["kneebent", "flexed-knee"],
  ["soleus", "flexed-knee"],
  ["straightleg", "straight-leg"],
  ["straight", "straight-leg"],
  ["straightknee", "straight-leg"],
  ["kneestraight", "straight-leg"],
  ["legstraight", "straight-leg"],
  ["gastroc", "straight-leg"],
  ["gastrocs", "straight-leg"],
  ["gastrocnemius", "straight-leg"],
  ["both", "both"],
  ["all", "both"],
]);

function tokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

function parsePart(part: string): DrillChoiceValue | null {
  const key = tokens(part)
    .filter((token) => !FILLERS.has(token))
    .join("");
  return ALIASES.get(key) ?? null;
}

/**
 * What the member typed -> a drill, "both", or null when it names neither. Forgiving about case,
 * spaces and punctuation; "flexed and straight" (or "bent + straight") also means both.
 */
export function parseDrillInput(text: string): DrillChoiceValue | null {
  const whole = parsePart(text);
  if (whole !== null) return whole;
  const parts = text.split(/\s+and\s+|[&+,/]/i).filter((part) => part.trim().length > 0);
  if (parts.length < 2) return null;
  const found = new Set<Drill>();
  for (const part of parts) {
    const parsed = parsePart(part);
    if (parsed === null) return null;
    if (parsed === "both") return "both";
    found.add(parsed);
  }
  return found.size === DRILLS.length ? "both" : found.size === 1 ? ([...found][0] ?? null) : null;
}

/** The drills a text names: [] for nonsense, both drills for "both". */
export function matchDrills(text: string): Drill[] {
  const parsed = parseDrillInput(text);
  if (parsed === null) return [];
  return parsed === "both" ? [...DRILLS] : [parsed];
}

export interface DrillChoice {
  readonly name: string;
  readonly value: DrillChoiceValue;
}

interface ChoiceEntry extends DrillChoice {
  /** Words a prefix of which counts as a match while the member is still typing. */
  readonly words: readonly string[];
}

const CHOICES: readonly ChoiceEntry[] = [
  {
    name: "flexed-knee (knee bent, soleus)",
    value: "flexed-knee",
    words: ["flexed", "flex", "knee", "bent", "soleus", "flexedknee", "bentknee", "kneebent"],
  },
  {
    name: "straight-leg (knee straight, gastroc)",
    value: "straight-leg",
    words: [
      "straight",
      "leg",
      "knee",
      "gastroc",
      "gastrocnemius",
      "straightleg",
      "straightknee",
      "kneestraight",
    ],
  },
  { name: "both matrices", value: "both", words: ["both", "all"] },
];

/**
 * Choices for a "drill" option's autocomplete, best match first: every choice for empty text, none
 * when the text matches nothing. A choice matches when each typed word starts one of its words.
 */
export function drillAutocomplete(text: string): DrillChoice[] {
  const typed = tokens(text);
  if (typed.length === 0) return CHOICES.map(({ name, value }) => ({ name, value }));
  const parsed = parseDrillInput(text);
  const scored: { choice: ChoiceEntry; score: number; order: number }[] = [];
  CHOICES.forEach((choice, order) => {
    let score = choice.value === parsed ? 100 : 0;
    let matched = true;
    for (const word of typed) {
      if (choice.words.includes(word)) score += 2;
      else if (choice.words.some((candidate) => candidate.startsWith(word))) score += 1;
      else if (!FILLERS.has(word) && ![...FILLERS].some((filler) => filler.startsWith(word))) {
        matched = false;
        break;
      }
    }
    // A text made only of fillers ("matrix") names no drill in particular: score 0, no choice.
    if ((matched && score > 0) || choice.value === parsed) scored.push({ choice, score, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ choice }) => ({ name: choice.name, value: choice.value }));
}

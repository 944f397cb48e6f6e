export default {
  label: { "flexed-knee": "Flexed-knee matrix", "straight-leg": "Straight-leg matrix" },
  name: {
    "flexed-knee": "Flexed-knee 3-way ankle matrix",
    "straight-leg": "Straight-leg 3-way ankle matrix",
  },
  bothMatrices: "both matrices",
  level: "Level {{level}}",
  levelTitle: {
    "flexed-knee": {
      level1: "half-kneeling",
      level2: "split stance at a wall",
      level3: "front foot raised",
      level4: "weighted, no hands",
    },
    "straight-leg": {
      level1: "hands and knee",
      level2: "wall lean",
      level3: "forefoot on a step",
      level4: "slope, no hands",
    },
  },
  levelWithTitle: "Level {{level}} · {{title}}",
} as const;

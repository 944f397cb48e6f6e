export default {
  label: { "flexed-knee": "Flexed-knee matrix", "straight-leg": "Straight-leg matrix" },
  name: {
    "flexed-knee": "Flexed-knee 3-way ankle matrix",
    "straight-leg": "Straight-leg 3-way ankle matrix",
  },
  bothMatrices: "both matrices",
  level: "Level {{level}}",
} as const;

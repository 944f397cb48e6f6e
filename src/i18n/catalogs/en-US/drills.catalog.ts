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
  command: {
    description: "How to do the ankle drills at your level",
    drill: "flexed-knee or straight-leg (both when left out)",
  },
  unknownDrill:
    "I don't know the drill “{{input}}”. Type flexed-knee, straight-leg, or leave it out for both.",
  /** Autocomplete choice names; the "both" choice is bothMatrices. */
  choice: {
    "flexed-knee": "flexed-knee (knee bent, soleus)",
    "straight-leg": "straight-leg (knee straight, gastroc)",
  },
  purpose: {
    "flexed-knee": "Knee bent: works the lower calf (soleus) and the ankle you need on descents.",
    "straight-leg": "Knee straight: works the upper calf (gastrocnemius) through the same three directions.",
  },
  plane: { forward: "Forward", tilt: "Tilt", rotation: "Rotation" },
  card: { setup: "Set-up", reps: "Reps", safety: "Safety", neverIntoPain: "Never into pain." },
  oneSet_one: "One set: {{count}} slow rep each direction on one leg, then the other leg.",
  oneSet_other: "One set: {{count}} slow reps each direction on one leg, then the other leg.",
  /** What the member reads right before the drill: short, concrete, one idea per line. */
  howTo: {
    "flexed-knee": {
      level1: {
        setup:
          "Kneel on one knee. Other foot flat in front, hands on that front knee. Heel stays down the whole time.",
        forward: "Drive the front knee straight forward over your toes, then back.",
        tilt: "Drive the knee out toward your little toe, then in toward your big toe.",
        rotation: "Turn knee and hips to the left, then to the right. Foot stays flat.",
        safety: "A firm stretch is fine; pain is not. Stop short of pain.",
      },
      level2: {
        setup:
          "Stand facing a wall, hands on it. One foot forward, the other a stride back. Bend the front knee, heel down.",
        forward: "Drive the front knee toward the wall, over your toes. Heel stays down.",
        tilt: "Drive the knee toward your little toe, then toward your big toe.",
        rotation: "Turn knee and hips left, then right. Whole foot stays on the floor.",
        safety: "Standing adds load: go only as far as stays pain-free.",
      },
      level3: {
        setup:
          "Whole front foot on a step or a thick book, back foot on the floor. Fingertips on a wall only if you need balance.",
        forward: "Drive the raised knee forward over your toes. Heel stays on the step.",
        tilt: "Drive the knee toward your little toe, then toward your big toe.",
        rotation: "Turn knee and hips left, then right, foot flat on the step.",
        safety: "More range means more stretch. Ease in and stop short of pain.",
      },
      level4: {
        setup:
          "Split stance, no support, a light weight held at your chest. Slow: 3 seconds out, 3 seconds back.",
        forward: "Slowly drive the front knee forward over your toes. Heel down.",
        tilt: "Slowly drive the knee toward your little toe, then your big toe.",
        rotation: "Slowly turn knee and hips left, then right. Foot stays planted.",
        safety: "Light weight only. If the heel lifts or anything hurts, stop and drop back a level.",
      },
    },
    "straight-leg": {
      level1: {
        setup:
          "Hands and one knee on the floor. Other leg straight back, toes tucked, heel reaching for the floor.",
        forward: "Push the heel back and down toward the floor. Knee stays straight.",
        tilt: "Sway your hips so the shin leans toward your little toe, then toward your big toe.",
        rotation: "Turn your hips left, then right. Heel keeps reaching, knee straight.",
        safety: "Feel the calf stretch, never pain. Stop short of pain.",
      },
      level2: {
        setup: "Hands on a wall, one foot a long stride back. Back leg straight, back heel down.",
        forward: "Lean your hips toward the wall until the back calf tightens. Heel stays down.",
        tilt: "Sway your hips so the back shin leans toward your little toe, then your big toe.",
        rotation: "Turn your hips left, then right. Back knee straight, heel down.",
        safety: "Standing adds load: go only as far as stays pain-free.",
      },
      level3: {
        setup:
          "Ball of one foot on a step or thick book, heel on the floor, leg straight. Fingertips on a wall only if needed.",
        forward: "Bring your hips forward over the raised foot. Knee straight, heel down.",
        tilt: "Sway your hips so the shin leans toward your little toe, then your big toe.",
        rotation: "Turn your hips left, then right. Keep the knee straight.",
        safety: "More range means more stretch. Ease in and stop short of pain.",
      },
      level4: {
        setup:
          "Working foot on a slant board or gentle slope, toes pointing uphill, that leg straight. No hands. Move slowly.",
        forward: "Slowly bring your hips forward over the foot. Knee straight, heel down.",
        tilt: "Slowly sway your hips so the shin leans toward your little toe, then your big toe.",
        rotation: "Slowly turn your hips left, then right. Heel stays down, knee straight.",
        safety: "Pick a gentle slope. If balance goes or anything hurts, stop and drop back a level.",
      },
    },
  },
} as const;

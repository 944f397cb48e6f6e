export default {
  command: {
    description: "Knee-to-wall test: record your ankles, or see how to measure (only you see it)",
    left: "Left foot: big toe to wall, in cm ({{min}}-{{max}}, one decimal)",
    right: "Right foot: big toe to wall, in cm ({{min}}-{{max}}, one decimal)",
  },
  problems: {
    left: "I can't record “{{given}}” for your left foot: give centimetres from {{min}} to {{max}} with at most one decimal, for example left: 11.5. Nothing was saved.",
    right:
      "I can't record “{{given}}” for your right foot: give centimetres from {{min}} to {{max}} with at most one decimal, for example right: 11.5. Nothing was saved.",
    none: "Give at least one foot, in centimetres from {{min}} to {{max}}, for example left: 11.5 right: 12.",
  },
  /** The test, short and exact (design/domain.md). */
  how: {
    title: "The knee-to-wall test: two minutes",
    steps:
      "1. Shoe off. Put your foot along a line of tape at right angles to a wall, heel down.\n2. Bend the knee to touch the wall, heel still down.\n3. Move the foot back until the knee only just touches the wall with the heel down.\n4. Measure from the big toe to the wall, in centimetres.\n5. Keep the back foot in the same place every time. Three tries per foot; keep the best.",
    next: "Then type `/measure left: … right: …` (one decimal is plenty). Test again every four weeks to see what the drills change.",
  },
  cm: "{{value}} cm",
  /** A foot as a line's label. */
  side: { left: "Left", right: "Right" },
  record: {
    title: "Knee-to-wall, {{date}}",
    both: "Left {{left}}, right {{right}}: a difference of {{difference}}.",
    one: "{{side}}: {{value}}.",
    stiffer: {
      left: "Your left ankle is the stiffer one: work it first, and add a set for it.",
      right: "Your right ankle is the stiffer one: work it first, and add a set for it.",
    },
    normal: "A difference under {{limit}} is normal: keep working both sides the same.",
    belowTypical:
      "{{side}} {{value}} is below the typical range for runners (about {{low}} or more): the drills are made for this.",
    change: {
      none: "{{side}}: no change since {{date}}.",
      "within-error": "{{side}}: {{delta}} since {{date}}, within the measurement error (about {{error}}).",
      gain: "{{side}}: {{delta}} since {{date}}. That's real progress.",
      loss: "{{side}}: {{delta}} since {{date}}. A sore or tired day can do that; measure again in a week or two.",
    },
    replaced: "This replaces today's earlier measure.",
    footer: "Higher is better: more ankle bend. Test the same way each time.",
  },
  history: {
    title: "Your measures",
    none: "No measures yet: this will be your first.",
    line: "{{date}}: {{values}}",
  },
  /** The knee-to-wall field of /progress. */
  progress: {
    title: "Knee-to-wall",
    latest: "{{values}} on {{date}}",
    stiffer: {
      left: "Left is {{behind}} behind: start with it and add a set.",
      right: "Right is {{behind}} behind: start with it and add a set.",
    },
  },
  /** Text drawn into the measure chart. */
  chart: {
    title: "Knee-to-wall test",
    subtitle: "Big toe to wall, in cm · higher is more ankle bend",
    typical: "typical range",
  },
  invite: {
    first:
      "Want proof that the drills work? Measure your ankles once now: the knee-to-wall test takes two minutes and a tape measure. Then `/measure` again in four weeks.",
    retest:
      "Four weeks since you last measured your ankles: time for the knee-to-wall test again, to see what the drills have changed.",
    button: "How to measure",
  },
  /** A line in a drill reminder while one side is behind. */
  reminder: {
    stiffer: {
      left: "Start with your left ankle and add one set for it: it is {{behind}} behind the right.",
      right: "Start with your right ankle and add one set for it: it is {{behind}} behind the left.",
    },
  },
} as const;

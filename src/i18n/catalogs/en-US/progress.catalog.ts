export default {
  command: {
    log: {
      description: "Log a completed set of an ankle drill",
      drill: "flexed-knee, straight-leg or both",
      sets: "How many sets (1-{{max}}, default 1)",
    },
    progress: { description: "Your level, sets, streak and four-week chart (only you see it)" },
  },
  errors: {
    unknownDrill:
      "I don't know the drill “{{given}}”. Type flexed-knee, straight-leg or both (or pick one from the list).",
    setsRange: "Sets must be a whole number from 1 to {{max}}, for example sets: 2.",
  },
  /** A place on the ladder inside a sentence; count is the reps. */
  spot_one: "level {{level}} at {{count}} rep",
  spot_other: "level {{level}} at {{count}} reps",
  /** What is left before a step up; `days` is toGo.overDays. */
  toGo: {
    sets_one: "{{count}} more pain-free set",
    sets_other: "{{count}} more pain-free sets",
    setsOver_one: "{{count}} more pain-free set over {{days}}",
    setsOver_other: "{{count}} more pain-free sets over {{days}}",
    overDays_one: "{{count}} more day",
    overDays_other: "{{count}} more days",
    days_one: "practice on {{count}} more day",
    days_other: "practice on {{count}} more days",
  },
  /** The /log reply (or a reminder's Done) per drill; count is the reps where there is one. */
  sets: {
    progress: "{{label}}, {{spot}}: {{toGo}} to step up.",
    held: "{{label}}, {{spot}}: on hold until {{until}} after your pain report, so sets until then don't count toward a step up. After that, {{toGo}} to step up.",
    newLevel_one: "New level! {{label}}: {{level}}, {{count}} rep each way. Check /drills for the set-up.",
    newLevel_other: "New level! {{label}}: {{level}}, {{count}} reps each way. Check /drills for the set-up.",
    stepUp_one: "Step up! {{label}}: {{count}} rep each way now (was {{from}}), still level {{level}}.",
    stepUp_other: "Step up! {{label}}: {{count}} reps each way now (was {{from}}), still level {{level}}.",
    dailyCap: "Only {{max}} sets a day count toward a step up: little and often beats one long session.",
    reachedTop: "That's the top of the ladder.",
    top: "{{label}}: top of the ladder ({{spot}}). Keep it in your warm-ups and take the range onto the trails, descents too.",
  },
  /** What a pain report changed in the plan, for the /pain reply. */
  backOff: {
    none: "{{label}}: no change, still {{spot}}.",
    hold: "{{label}}: stays at {{spot}} and counting starts again, with no step up before {{until}}.",
    holdKept:
      "{{label}}: stays at {{spot}} and counting starts again; your earlier hold still runs until {{until}}.",
    moved: "{{label}}: down to {{to}} (from {{from}}), with no step up before {{until}}.",
    repsDown:
      "{{label}}: stays at level {{level}} with the reps back to {{reps}}, and no step up before {{until}}.",
    restarted:
      "{{label}}: stays at {{spot}}, as gentle as it gets, and counting starts again, with no step up before {{until}}.",
  },
  /** Where a member stands on one matrix, for /progress; `where` is standing.where. */
  standing: {
    where_one: "{{level}}, {{count}} rep",
    where_other: "{{level}}, {{count}} reps",
    top: "{{where}}: top of the ladder.",
    toGo: "{{where}}: {{toGo}} to step up.",
    ready: "{{where}}: your next set steps you up.",
    holdToGo: "{{where}}: {{toGo}} to step up, and on hold until {{until}}.",
  },
  log: {
    hurt: "That hurt",
    logged_one: "Logged {{count}} set: {{drills}}.",
    logged_other: "Logged {{count}} sets: {{drills}}.",
    already_one: "Already logged: {{count}} set, {{drills}}. Nothing was added twice.",
    already_other: "Already logged: {{count}} sets, {{drills}}. Nothing was added twice.",
    week: "This week: {{totals}}",
  },
  report: {
    title: "Your ankle progress",
    streak_one: "Streak: **{{count}} day** in a row with at least one set.",
    streak_other: "Streak: **{{count}} days** in a row with at least one set.",
    newcomer: "Nothing logged yet. Start with /drills, then /log after your first set.",
    weekSets_one: "This week: {{count}} set",
    weekSets_other: "This week: {{count}} sets",
    lastPain: "Last pain report",
    lastPainValue: "{{severity}}/10, {{place}}, {{when}}",
  },
  /** Text drawn into the PNG images (the footer is on every Dorsi image, the board card too). */
  chart: {
    title: "Your last four weeks",
    subtitle_one: "Sets per day, last 4 weeks · {{count}} set",
    subtitle_other: "Sets per day, last 4 weeks · {{count}} sets",
    footer: "Dorsi · ankle mobility",
  },
} as const;

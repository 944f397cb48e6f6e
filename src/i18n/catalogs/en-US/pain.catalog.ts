export default {
  command: {
    description: "Report pain: your plan gets gentler at once (private to you)",
    severity: "0 = no pain, 10 = worst imaginable",
    location: "Where it hurts",
    side: "Which side hurts: left, right or both",
    drill: "The drill you were doing, if any",
    context: "When it hurt",
    note: "Anything else (up to {{max}} characters)",
    drillUnknown: "Not sure",
  },
  location: {
    knee: "Knee",
    ankle: "Ankle",
    calf: "Calf",
    shin: "Shin",
    foot: "Foot",
    hip: "Hip",
    other: "Somewhere else",
  },
  side: {
    left: "Left",
    right: "Right",
    both: "Both sides",
  },
  context: {
    drills: "During the drills",
    run: "On a run",
    downhill: "Running downhill",
    morning: "In the morning",
    other: "Something else",
  },
  form: {
    title: "Report pain",
    severity: "How bad, 0 to 10?",
    severityHint: "0 = no pain, 10 = the worst you can imagine",
    location: "Where?",
    note: "Anything else? (optional)",
    moment: "When did it hurt?",
    side: {
      left: "{{location}}, left",
      right: "{{location}}, right",
      both: "{{location}}, both sides",
    },
  },
  plan: {
    none: "Thanks for checking in, pain-free is good news. Your plan stays as it is.",
    thanks: "Thanks for telling me.",
  },
  advice: {
    hold: "Work only in the range that stays pain-free and ease off at the first twinge.",
    "step-down": "Stay in the pain-free range: a drill should never hurt.",
    reset: "Only move where it doesn't hurt, and skip a drill if it does.",
  },
  // What pain on a run or a descent changes about running (running-advice.rules.ts).
  running: {
    "no-running":
      "Hold off running until this has settled or been checked; when you start again, start on the flat.",
    "walk-descents":
      "On your next runs, walk the steep descents: running downhill asks the most ankle bend, and a stiff ankle passes that load on to the knee.",
    "shorter-flatter":
      "Keep the next few runs shorter and on flat ground, where the ankle has to bend the least.",
    "before-downhill":
      "Before you run downhill again, you should be able to walk down stairs, run on the flat and do your drills, all without pain.",
    "downhill-last":
      "Descents come back last: flat first, then uphill, and downhill only once those feel fine.",
  },
  physician: "Pain this strong is worth having looked at: please see a sports physician or physiotherapist.",
  escalation: "Because {{reasons}}, please see a sports physician or physiotherapist who can examine you.",
  // Joined into the escalation sentence after "Because".
  reason: {
    "three-in-14-days": "it has come back several times in two weeks",
    rising: "it's getting worse",
    "severity-7-plus": "it's 7 or more out of 10",
    "not-settling": "it hasn't settled after a week",
    "worse-overnight": "it was worse this morning than the night before",
    "unsettled-two-mornings": "it hasn't settled on two mornings in a row",
  },
  pauseOffer: "If you'd like a break, I can pause your reminders while you get it checked.",
  morningCheckPlanned: "I'll check in by DM {{time}} to see how it has settled.",
  alreadyRecorded: "That pain report was already recorded; nothing changed twice.",
  button: {
    pause_one: "Pause reminders {{count}} day",
    pause_other: "Pause reminders {{count}} days",
    keep: "Keep going",
  },
  answer: {
    pausedUntil:
      "Reminders paused until {{until}}. Your streak is kept. Take care, and /resume when you're ready.",
    pausedOpenEnded: "Reminders paused until you /resume. Your streak is kept. Take care.",
    kept: "OK, reminders keep coming at the gentler plan. Stay out of pain, and tell me with /pain if it changes.",
  },
  morning: {
    settled: "Good to hear it's settled this morning. Your plan stays as it is.",
    unsettled: "Still some pain this morning, so the plan stays as it is now. Keep to the pain-free range.",
    worse: "Worse than last night, so I'm easing off.",
    askAgain: "I'll ask again on {{time}}. Tell me sooner with /pain if it changes.",
  },
  problems: {
    "severity-missing":
      "Please give a whole number from {{min}} to {{max}}: {{min}} is no pain, {{max}} the worst you can imagine.",
    severity:
      "“{{given}}” isn't a pain score I can use. Please give a whole number from {{min}} to {{max}}: {{min}} is no pain, {{max}} the worst you can imagine.",
    "location-missing": "Please tell me where it hurts: pick a place from the list.",
    location: "I don't know the place “{{given}}”. Please pick one from the list.",
    side: "I don't know the side “{{given}}”. Please pick left, right or both sides.",
    drill: "I don't know the drill “{{given}}”. Please pick one from the list, or “Not sure”.",
    context: "I don't know the context “{{given}}”. Please pick one from the list.",
    "note-not-text": "Please write the note as plain text.",
    "note-too-long": "Your note is {{length}} characters; please keep it to {{max}} or fewer.",
    sign: "I don't know the warning sign “{{given}}”. Please pick one from the list, or “None of these”.",
  },
} as const;

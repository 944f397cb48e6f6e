export default {
  command: {
    option: "A warning sign, if you have one",
  },
  // The choices of /pain's sign option and of the menus (at most 100 characters each).
  label: {
    cannot_bear_weight: "I can't put weight on it",
    swelling_worse: "Swelling that's getting worse",
    numbness: "Numbness or tingling",
    calf: "Hot, red or swollen calf",
    fever: "Fever or feeling unwell",
    night_pain: "Pain at night or at rest",
    gave_way: "It gave way, or I felt a pop",
    deformity: "It looks out of shape",
    none: "None of these",
  },
  // The signs inside a sentence, after "You've mentioned"; several are joined as a list.
  said: {
    cannot_bear_weight: "not being able to put weight on it",
    swelling_worse: "swelling",
    numbness: "numbness or tingling",
    calf: "a hot, red or swollen calf",
    fever: "fever or feeling unwell",
    night_pain: "pain at night or at rest",
    gave_way: "it giving way or a pop",
    deformity: "it looking out of shape",
    limping: "limping",
  },
  question:
    "One more question: do you have any of these warning signs? Pick every one that fits, or tap “None of these”.",
  placeholder: "Pick every sign that fits",
  form: {
    label: "Any warning signs? (optional)",
    hint: "Pick every one that fits",
  },
  urgent: {
    seen: "You've mentioned {{signs}}: that needs to be seen today. Please go to urgent care or the ER today, or call your doctor now, rather than waiting.",
    stop: "Stop the drills until you've been seen.",
    paused:
      "I've paused your reminders until you tell me you've been seen: tap “I've been seen” below, or use /resume.",
    comeBack: "When you come back, you'll start gently:",
  },
  soon: "You've mentioned {{signs}}: please see a physician or physiotherapist in the next few days.",
  answer: {
    none: "Thanks, none of those. The plan above stands.",
    noChange: "Thanks, noted. The plan above already allows for it.",
    seen: "Glad you've been seen. Your reminders are back on, with the gentler plan: follow what you were told, and stop if it hurts.",
  },
  button: {
    none: "None of these",
    seen: "I've been seen",
  },
  errors: {
    answered: "You've already answered that question, so nothing changed.",
    stale:
      "That pain report isn't there any more, so nothing changed. Use /pain to tell me how it feels now.",
    notPaused: "Your reminders aren't paused, so there was nothing to restart.",
  },
} as const;

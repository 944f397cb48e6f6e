/** Reminders that respect attention: the nudge after unanswered reminders, and the streak warning. */
export default {
  command: {
    streakWarning: "A heads-up at 21:00 when your streak of 3+ days has no set yet that day (true or false)",
  },
  nudge: {
    text: "Hi! My last few reminders went unanswered and nothing's been logged for a few days. No worries, that happens. Let's make the reminders fit your life: fewer of them, other times, or a week off?\nUntil you answer or log a set, I'll send you half as many.",
    button: { fewer: "Fewer reminders", times: "Other times", pause: "Pause for a week" },
  },
  reply: {
    fewer_one: "Done: {{count}} reminder a day from now on. You can change it any time with {{schedule}}.",
    fewer_other: "Done: {{count}} reminders a day from now on. You can change it any time with {{schedule}}.",
    times:
      "Pick the times that suit you with {{schedule}}: `start` and `end` set the window, or `times` gives exact times, e.g. `times: 07:30,18:00`. Until then, your reminders keep their usual times.",
  },
  streak: {
    warning_one:
      "🔥 Your streak is at {{count}} day and today has no set yet. One set before midnight keeps it going: do a drill and log it with /log.",
    warning_other:
      "🔥 Your streak is at {{count}} days and today has no set yet. One set before midnight keeps it going: do a drill and log it with /log.",
  },
  schedule: {
    on: "Streak warning on: when your streak is 3 days or more and a day has no set by 21:00, I'll give you a heads-up.",
    off: "Streak warning off.",
  },
  errors: {
    alreadyAnswered:
      "You already answered this message, so nothing changed. /schedule, /pause and /resume change your reminders any time.",
    notYours: "This button isn't for a message of yours, so it does nothing.",
  },
} as const;

export default {
  drill: {
    intro: {
      "flexed-knee": "Ankle time: one set of the flexed-knee matrix, {{reps}} reps each way.",
      "straight-leg": "Ankle time: one set of the straight-leg matrix, {{reps}} reps each way.",
    },
    footer: "{{reps}} slow reps each way, one leg then the other. {{safety}}",
  },
  button: { done: "Done", pain: "Pain", snooze: "Snooze" },
  morning: {
    afterPain:
      "Morning check: yesterday you reported {{severity}}/10 pain ({{location}}). How does it feel now?",
    firstDay: {
      "flexed-knee":
        "Morning check: yesterday was your first day at level {{level}} of the flexed-knee matrix. Any pain this morning?",
      "straight-leg":
        "Morning check: yesterday was your first day at level {{level}} of the straight-leg matrix. Any pain this morning?",
    },
    again:
      "Morning check: how is the pain ({{location}}) this morning? I'll ask each morning until it has settled, for up to a week.",
    anyPain: "Morning check: any pain this morning?",
    band: { none: "No pain", "1-2": "1-2", "3-5": "3-5", "6-7": "6-7", "8-10": "8-10" },
  },
  reply: {
    done: "✅ Done.",
    snoozed: "⏰ Snoozed: I'll remind you again {{time}}.",
    painReported: "🩹 Pain reported.",
  },
  /** How a reminder was answered, by its stored outcome ("morning:1-2" reads "morning-1-2"). */
  answeredAs: {
    done: "done",
    pain: "pain reported",
    "morning-none": "no pain",
    "morning-1-2": "pain 1-2",
    "morning-3-5": "pain 3-5",
    "morning-6+": "pain 6 or more",
    "morning-6-7": "pain 6-7",
    "morning-8-10": "pain 8-10",
    skip: "skipped",
    "run-fine": "fine",
    "run-sore": "a bit sore",
    "run-painful": "painful",
  },
  errors: {
    staleButton: "This button is no longer valid. Use /log for a set or /pain to report pain instead.",
    notYours: "This button isn't for a reminder of yours, so it does nothing.",
    alreadyAnswered:
      "This reminder was already answered ($t(reminders.answeredAs.{{outcome}})), so nothing changed. Use /log for another set.",
    inactive: "This reminder is no longer active. Use /log or /pain instead.",
    snoozeLimit_one: "You've snoozed this one once already. Press Done when you've done it, or let it go.",
    snoozeLimit_other:
      "You've snoozed this one {{count}} times already. Press Done when you've done it, or let it go.",
  },
  dmsClosedNotice:
    "I couldn't send you a reminder: your direct messages are closed to me, so reminders are stopped. To get them again, allow direct messages from this server's members (server name → Privacy Settings → Direct Messages), then run /resume.",
} as const;

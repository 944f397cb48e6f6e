export default {
  command: {
    description: "Set when your drill reminders arrive, in your own time zone",
    timezone: "Your time zone, e.g. Europe/London or America/Denver (start typing your city)",
    start: "First reminder no earlier than (HH:MM)",
    end: "Last reminder no later than (HH:MM)",
    perDay: "How many reminders a day (1-12)",
    times: "Exact times instead of a spread, e.g. 07:30,12:15,18:00",
    days: "Which days, e.g. mon-fri or mon,wed,sat",
  },
  pauseCommand: {
    description: "Pause your reminders (your streak is kept)",
    days: "For how many days (until /resume when left out)",
  },
  resumeCommand: { description: "Resume your reminders" },
  reply: {
    enrolled: "You're in! Reminders {{when}}, {{days}}, {{timeZone}} time.",
    updated: "Schedule updated. Reminders {{when}}, {{days}}, {{timeZone}} time.",
    spread: "{{perDay}} a day between {{start}} and {{end}}",
    at: "at {{times}}",
    next: "Next reminders:",
    noneSoon: "No reminders in the coming days.",
    howItWorks: "Each DM names one drill at your level, with Done, Pain and Snooze buttons. /pause any time.",
  },
  days: { every: "every day", none: "no days" },
  pause: {
    until: "Reminders paused until {{until}}. Your streak is kept; /resume any time.",
    open: "Reminders paused until you /resume. Your streak is kept.",
    badDays: "Days must be a whole number from 1 to {{max}}, or leave it out to pause until /resume.",
  },
  resume: {
    done: "Welcome back: reminders are on again.",
    notPaused: "Your reminders weren't paused. Use /schedule to set them up or change them.",
  },
  needTimeZone:
    "First tell me your time zone, for example /schedule timezone: Europe/London (start typing your city).",
  problems: {
    "time-empty": "Please give a time of day. Use 24-hour HH:MM, for example 07:30 or 18:45.",
    "time-format": "“{{input}}” isn't a time of day. Use 24-hour HH:MM, for example 07:30 or 18:45.",
    "time-midnight":
      "“{{input}}” isn't a time of day. Use 24-hour HH:MM, for example 07:30 or 18:45. For midnight, use 00:00.",
    "times-empty": "Please give at least one time, for example 07:30 or 07:30,12:00,18:15.",
    "times-format":
      "“{{input}}” isn't a time of day. List 24-hour HH:MM times separated by commas, for example 07:30,12:00,18:15.",
    "times-too-many":
      "That is {{given}} times; {{max}} a day is the most I send. Please pick {{max}} or fewer.",
    "times-too-close":
      "{{earlier}} and {{later}} are only {{apart}} minutes apart; reminders need at least {{min}} minutes between them. Please move one of them or drop it.",
    "times-invalid": "Times must be 24-hour HH:MM times of day, for example 07:30,12:00,18:15.",
    "days-empty":
      "Please say which days you want reminders. Use day names or ranges, for example mon-fri, mon,wed,sat, sat-mon, weekdays, weekends or every day.",
    "days-unknown":
      "I don't recognise “{{input}}” as a day. Use day names or ranges, for example mon-fri, mon,wed,sat, sat-mon, weekdays, weekends or every day.",
    "days-range":
      "I don't recognise “{{input}}” as a range of days. Use day names or ranges, for example mon-fri, mon,wed,sat, sat-mon, weekdays, weekends or every day.",
    "days-invalid": "Days must be weekdays Monday to Sunday, for example mon-fri or every day.",
    "per-day": "per_day must be a whole number from 1 to {{max}}.",
    "window-invalid": "Start and end must be 24-hour HH:MM times of day, for example 07:00 and 21:00.",
    "window-empty":
      "Your reminder window is empty: it starts and ends at {{start}}. Pick an end different from the start, for example 07:00 to 21:00.",
    "window-too-small_one":
      "A window from {{start}} to {{end}} ({{length}} minutes) holds at most {{count}} reminder {{gap}} minutes apart; {{perDay}} need {{needed}} minutes. Widen the window or set per_day to {{count}} or fewer.",
    "window-too-small_other":
      "A window from {{start}} to {{end}} ({{length}} minutes) holds at most {{count}} reminders {{gap}} minutes apart; {{perDay}} need {{needed}} minutes. Widen the window or set per_day to {{count}} or fewer.",
    "timezone-empty":
      "Please give a time zone. Pick one from the list as you type, for example Europe/London or America/New_York.",
    "timezone-unknown":
      "Unknown time zone “{{input}}”. Pick one from the list as you type, for example Europe/London or America/New_York.",
    "timezone-suggest_one": "Unknown time zone “{{input}}”. Did you mean {{suggestions}}?",
    "timezone-suggest_other": "Unknown time zone “{{input}}”. Did you mean one of these: {{suggestions}}?",
  },
} as const;

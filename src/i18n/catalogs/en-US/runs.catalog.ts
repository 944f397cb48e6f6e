export default {
  command: {
    description: "Plan your runs: a short ankle warm-up before each, a check-in after",
    add: "Plan a run, weekly or one-off",
    when: 'When: weekly, "wed 06:30" or "mon,thu 18:00", or once, "2027-09-18 07:00" or "tomorrow 6:45"',
    terrain: "Road, trail or downhill (default: road)",
    warmup: "Minutes before the run for the warm-up DM, 5-60 (default: 20)",
    list: "Your planned runs",
    remove: "Remove a planned run",
    run: "The run to remove (pick from the list)",
  },
  terrain: { road: "road", trail: "trail", downhill: "downhill" },
  when: {
    weekly: "{{days}} at {{time}}",
    once: "{{date}} at {{time}}",
  },
  /** One run in a list or a choice: "Wed at 06:30 · downhill · warm-up 20 min before". */
  line: "{{when}} · {{terrain}} · warm-up {{warmup}} min before",
  added:
    "Run planned: {{run}}. I'll DM you a short ankle warm-up (a few minutes) before it, and ask how your knees were afterwards.",
  next: "Next: {{times}}.",
  list: {
    title: "Your planned runs ({{timeZone}} time):",
    item: "• {{run}}, next {{next}}",
    empty: "No runs planned. Add one with /runs add, for example when: wed 06:30.",
  },
  removed: "Removed: {{run}}. No more warm-ups or check-ins for it.",
  needTimeZone:
    "First tell me your time zone, so your runs happen on your clock: /schedule timezone: Europe/London (start typing your city). Then /runs add again.",
  tooMany: "You already have {{max}} runs planned, the most I keep. Remove one with /runs remove first.",
  unknownRun:
    "I can't find that run among yours. Pick one from the list as you type, or see them with /runs list.",
  problems: {
    "when-empty": 'Please say when you run, for example "wed 06:30", "mon,thu 18:00" or "2027-09-18 07:00".',
    "when-time":
      'I can\'t find a time of day in "{{input}}". Add one in 24-hour HH:MM, for example "wed 06:30" or "tomorrow 6:45".',
    "when-day-missing":
      'Which day? Put it before the time, for example "wed 06:30", "sat 08:00" or "2027-09-18 07:00".',
    "when-day":
      'I don\'t recognise "{{input}}" as a day. Use day names (wed, mon,thu, weekends), a date (2027-09-18), today or tomorrow.',
    "when-date": '"{{input}}" isn\'t a date on the calendar. Write it as YYYY-MM-DD, for example 2027-09-18.',
    "when-past": "{{when}} has already passed. Pick a time still to come, or a weekday for a weekly run.",
    "warmup-range":
      "The warm-up comes {{min}} to {{max}} minutes before the run. Pick a number in that range.",
    terrain: "Pick road, trail or downhill from the list.",
  },
  warmup: {
    intro:
      "🏃 Run {{start}}: time for a {{minutes}}-minute ankle warm-up. One set of each matrix, slow reps, one leg then the other.",
    forwardFirst:
      "Forward first today: do 1 on both matrices, then 2 and 3 on each. Descents ask the most ankle bend of anything you'll run, so that plane gets warm first.",
    step: "{{motion}} · {{reps}} reps",
    footer: "Done logs one set of each matrix.",
  },
  checkIn: {
    question: "How were your knees on the descents of your run {{start}}?",
    questionRoad: "How were your knees on your run {{start}}?",
  },
  button: {
    done: "Done",
    skip: "Skip",
    hurt: "That hurt",
    fine: "Fine",
    sore: "A bit sore",
    painful: "Painful",
  },
  reply: {
    skipped: "⏭️ Skipped. Have a good run!",
    fine: "👍 Noted: a pain-free run. Nice.",
    painReported: "🩹 Noted, thanks for telling me.",
  },
  progress: {
    title: "Runs this week",
    value:
      "Planned: {{planned}} · warm-ups done: {{warmups}} · check-ins answered: {{answered}}, {{fine}} pain-free",
    trails:
      "Use your new mobility: you've practised most days for two weeks. Get out on the trails, descents included, and build them up gradually.",
  },
} as const;

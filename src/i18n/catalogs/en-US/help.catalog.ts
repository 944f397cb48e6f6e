/** /help: what Dorsi is and the commands a member needs, grouped as they would look for them. */
export default {
  command: { description: "What Dorsi does, and every command you need" },
  intro:
    "**Dorsi** coaches runners through short 3D ankle drills, a few sets a day, to keep knees and ankles strong and mobile. It reminds you by DM, steps your drills up as you go and backs off when something hurts.",
  group: {
    start: "Start",
    practise: "Practise",
    pain: "Pain",
    progress: "Progress",
    club: "Club (in your club's server)",
    privacy: "Privacy",
  },
  line: {
    schedule: "{{command}}: when I remind you (time zone, window, reminders a day)",
    help: "{{command}}: this list",
    drills: "{{command}}: how to do each drill at your level",
    log: "{{command}}: log the sets you did",
    runs: "{{command}}: plan your runs, for a warm-up before and a check-in after",
    pause: "{{command}}: take a break from reminders",
    resume: "{{command}}: start again after a break",
    pain: "{{command}}: tell me something hurts; I adjust your plan",
    progress: "{{command}}: your level, sets, streak and pain history",
    measure: "{{command}}: the knee-to-wall test, and how your ankles change",
    leaderboard: "{{command}}: the club's weekly board",
    clubStats: "{{command}}: the club's trend, for captains",
    club: "{{command}}: set up the weekly board (admins)",
    privacy: "{{command}}: export or delete your data, or leave the boards",
  },
  notMedical:
    "Dorsi is not medical advice. If pain is sharp, swollen or getting worse, see a physiotherapist or doctor.",
} as const;

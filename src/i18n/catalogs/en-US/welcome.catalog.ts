/** The server welcome (three lines, posted once) and the one-time tip after a first command. */
export default {
  post: {
    what: "👋 Hi, I'm Dorsi! I coach runners through short daily ankle drills that keep knees and ankles strong and supple.",
    members:
      "**Runners:** start with {{schedule}} to choose when I remind you by DM, then log each set with {{log}}. {{help}} lists everything.",
    admins: "**Admins:** run {{club}} to pick the channel and time for the club's weekly leaderboard.",
  },
  tip: {
    start:
      "💡 First time here? Start with {{schedule}}: I'll send you a short drill by DM at the times you choose. {{help}} lists everything.",
    afterSchedule:
      "💡 Next step: when your first reminder arrives, do the drill and press Done (or use {{log}}). {{help}} lists everything.",
  },
} as const;

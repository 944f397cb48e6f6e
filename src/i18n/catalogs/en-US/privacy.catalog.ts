export default {
  command: {
    description: "Your data: export it, delete it, or hide from leaderboards",
    export: "Get everything Dorsi stores about you, as a file",
    delete: "Delete everything Dorsi stores about you",
    hide: "Leave or rejoin the club leaderboards",
    hidden: "True to leave the boards, false to rejoin (switches when left out)",
  },
  exported: "Here is everything Dorsi stores about you, including your pain reports. Only you can see this.",
  deleteQuestion:
    "This deletes your sets, pain reports, progression, reminders and settings, in every club. It cannot be undone. Are you sure?",
  button: { delete: "Delete everything", cancel: "Cancel" },
  deleted:
    "Deleted. Dorsi no longer holds any data about you: sets, pain reports, progression, reminders and settings are gone. Use any command to start afresh.",
  cancelled: "Cancelled: nothing was deleted.",
  hidden: {
    here: "Done: you're off this club's leaderboard. Your own progress is unchanged. Run /privacy hide again to rejoin.",
    everywhere:
      "Done: you're off every club leaderboard. Your own progress is unchanged. Run /privacy hide again to rejoin.",
  },
  shown: {
    here: "Welcome back: you're on this club's leaderboard again.",
    everywhere: "Welcome back: you're on every club leaderboard again.",
  },
  errors: {
    expired: "This confirmation has expired, so nothing was deleted. Run /privacy delete again.",
    nothingToDelete: "There is nothing to delete: Dorsi holds no data about you.",
    notOnBoard: "You aren't on any club leaderboard yet. Use a Dorsi command in your club's server first.",
  },
} as const;

export default {
  command: {
    leaderboard: {
      description: "This club's weekly board",
      week: "Which week (this week when left out)",
      thisWeek: "this week",
      lastWeek: "last week",
    },
    club: {
      description: "Set where and when this club's weekly board is posted (Manage Server)",
      channel: "The channel for the weekly board",
      timezone: "The club's time zone, e.g. Europe/London",
      postDay: "Day of the weekly post",
      postTime: "Time of the weekly post (HH:MM, club time)",
    },
    day: {
      mon: "Monday",
      tue: "Tuesday",
      wed: "Wednesday",
      thu: "Thursday",
      fri: "Friday",
      sat: "Saturday",
      sun: "Sunday",
    },
  },
  errors: {
    clubOutsideServer: "/club sets up a server's club: run it in that server.",
    manageServer:
      "Only members with the Manage Server permission can set up the club board. Ask a server admin to run /club.",
    channelType: "Pick a text or announcement channel for the board, for example #general.",
    postDay: "Pick the post day from the list: Monday to Sunday.",
    week: "Pick this week or last week, or leave week out for this week.",
    leaderboardOutsideServer: "Leaderboards belong to a club: run /leaderboard in your club's server.",
  },
  points_one: "{{count}} pt",
  points_other: "{{count}} pts",
  pointsLong_one: "{{count}} point",
  pointsLong_other: "{{count}} points",
  days_one: "{{count}} day",
  days_other: "{{count}} days",
  embed: {
    thisWeek: "{{club}}: this week · {{week}}",
    lastWeek: "{{club}}: last week · {{week}}",
    weekly: "{{club}}: weekly board · {{week}}",
    row: "**{{rank}}.** {{name}} — **{{points}}** · {{days}}",
    emptyThisWeek:
      "Nobody has logged a set this week yet. Do a set of /drills and /log it to open the board.",
    emptyPastWeek: "Nobody logged a set that week.",
    footer_one:
      "{{count}} runner on the board · points: 1 a set (up to 6 a day) + 3 a day practised · weeks in {{zone}}",
    footer_other:
      "{{count}} runners on the board · points: 1 a set (up to 6 a day) + 3 a day practised · weeks in {{zone}}",
  },
  highlights: {
    title: "Highlights",
    mostConsistent: "Most consistent: **{{name}}** ({{days}})",
    mostImproved: "Most improved: **{{name}}** (+{{points}} on the week before)",
    steppedUp: "Stepped up: **{{name}}** reached {{level}} of the {{drill}}",
    more_one: "…and {{count}} more level-up",
    more_other: "…and {{count}} more level-ups",
  },
  standing: {
    ranked: "You're #{{rank}} of {{of}} with {{points}} over {{days}}. Every day with a set adds 3 points.",
    hidden: "You're hidden from this club's board. Run /privacy hide to rejoin it.",
    absent: "You're not on this board yet: do a set of /drills and /log it to join.",
  },
  card: {
    subtitle: "Weekly leaderboard · {{week}}",
    activeDays: "Active days",
    points: "Points",
    emptyTitle: "No sets logged this week yet",
    emptyHint: "Log a set with /log to open the board",
    unit_one: "pt",
    unit_other: "pts",
  },
  club: {
    schedule: "The weekly board goes to <#{{channel}}> {{day}} at {{time}} ({{zone}}).",
    every: {
      mon: "every Monday",
      tue: "every Tuesday",
      wed: "every Wednesday",
      thu: "every Thursday",
      fri: "every Friday",
      sat: "every Saturday",
      sun: "every Sunday",
    },
    next: "Next board: {{at}} ({{relative}}).",
    pending: "The board for {{week}} was due {{relative}} and goes out within a minute.",
    unchecked: "I couldn't check my permissions in that channel: make sure I have {{permissions}} there.",
    cantPostTitle: "I can't post there yet",
    missing_one:
      "Settings saved, but I'm missing {{permissions}} in <#{{channel}}>. Give it to me there (Edit Channel → Permissions), or run /club with another channel.",
    missing_other:
      "Settings saved, but I'm missing {{permissions}} in <#{{channel}}>. Give them to me there (Edit Channel → Permissions), or run /club with another channel.",
    lastPostFailedTitle: "The last weekly post failed",
  },
  postFailure: {
    missingChannel:
      "The board for {{week}} wasn't posted: I can't find or open <#{{channel}}> any more. Run /club to pick its channel again.",
    missingPermission:
      "The board for {{week}} wasn't posted: I'm missing {{missing}} in <#{{channel}}>. Give me {{all}} there, or run /club with another channel.",
    missingSomePermission:
      "The board for {{week}} wasn't posted: I'm missing a permission in <#{{channel}}>. Give me {{all}} there, or run /club with another channel.",
  },
  /** Discord's own names for these permissions, as its channel settings show them in each language. */
  permission: {
    ViewChannel: "View Channel",
    SendMessages: "Send Messages",
    EmbedLinks: "Embed Links",
    AttachFiles: "Attach Files",
  },
} as const;

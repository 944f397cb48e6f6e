/** /club-stats: a club's aggregate trend for its captain. Counts only: no names, no health figures. */
export default {
  command: { description: "How the club is doing: members, activity and sets per week (no health data)" },
  outsideServer: "Club stats belong to a club: run /club-stats in your club's server.",
  title: "📊 **{{club}}** at a glance",
  members: "Members on the board: {{members}}, of whom {{enrolled}} get reminders",
  activeWeeks: "Active this week: {{now}} · the four weeks before: {{before}}",
  steppedUp: "Stepped up a level this month: {{share}} of active members",
  steppedUpNone: "Stepped up a level this month: nobody has been active yet",
  busiestHour: "Busiest hour of practice: {{hour}} ({{zone}} time)",
  busiestHourNone: "Busiest hour of practice: no sets logged yet",
  chartTitle: "Sets per week",
  private: "-# Counts only: no names, and never any pain or measurement.",
} as const;

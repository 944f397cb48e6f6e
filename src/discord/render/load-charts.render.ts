/**
 * The chart renderer pulls in Skia, Chart.js and fonts, which weigh more than the rest of the bot: load
 * it on the first chart, not at start, so a bot that is mostly sending reminders stays small.
 */
export function loadCharts(): Promise<typeof import("./charts.render.js")> {
  return import("./charts.render.js");
}

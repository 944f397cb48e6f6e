import { AttachmentBuilder } from "discord.js";
import type { ClubStats } from "../../app/club-stats.usecases.js";
import type { Translator } from "../../i18n/i18n.js";
import { loadCharts } from "./load-charts.render.js";

const CHART_FILE = "club-stats.png";

/** The captain's private view: counts in words, and sets per week as a small chart. */
export async function renderClubStatsReply(stats: ClubStats, club: string, tr: Translator) {
  const now = stats.weeks.at(-1)?.active ?? 0;
  const before = tr.list(stats.weeks.slice(0, -1).map((week) => tr.number(week.active)));
  const share = stats.steppedUpShare;
  const lines = [
    tr.t("clubStats.title", { club }),
    tr.t("clubStats.members", { members: tr.number(stats.members), enrolled: tr.number(stats.enrolled) }),
    tr.t("clubStats.activeWeeks", { now: tr.number(now), before }),
    share === null
      ? tr.t("clubStats.steppedUpNone")
      : tr.t("clubStats.steppedUp", { share: tr.number(share, { style: "percent" }) }),
    stats.busiestHour === null
      ? tr.t("clubStats.busiestHourNone")
      : tr.t("clubStats.busiestHour", {
          hour: `${String(stats.busiestHour).padStart(2, "0")}:00`,
          zone: stats.timeZone,
        }),
    tr.t("clubStats.private"),
  ];
  const chart = new AttachmentBuilder(await (await loadCharts()).renderClubStatsChart(stats, tr), {
    name: CHART_FILE,
  });
  return { content: lines.join("\n"), files: [chart], allowedMentions: { parse: [] } };
}

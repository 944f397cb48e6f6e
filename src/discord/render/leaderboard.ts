import { AttachmentBuilder, type BaseMessageOptions, EmbedBuilder, escapeMarkdown } from "discord.js";
import { DateTime } from "luxon";
import type { ClubSetup } from "../../app/club.js";
import { BOARD_TOP, type CallerStanding, type ClubBoard, type WeeklyBoard } from "../../app/leaderboard.js";
import type { LeaderboardRow } from "../../domain/scoring.js";
import { formatClockTime } from "../../domain/time-input.js";
import type { ClubWeek } from "../../domain/week.js";
import { translator } from "../../i18n/i18n.js";
import { BRAND_COLOUR, WARNING_COLOUR } from "./colours.js";
import { drillLabel } from "./drill-words.js";
import { loadCharts } from "./load-charts.js";
import { discordTime } from "./time.js";

export const CARD_FILE = "leaderboard.png";

/** Names on a board never ping anyone, whatever they contain. */
export const NO_MENTIONS = { parse: [] } as const;

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** "23–29 Nov 2026", "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027". */
export function weekRangeLabel(week: ClubWeek): string {
  const first = DateTime.fromISO(week.startLocalDate, { zone: "utc" });
  const last = DateTime.fromISO(week.lastLocalDate, { zone: "utc" });
  if (first.year !== last.year) return `${first.toFormat("d LLL yyyy")} – ${last.toFormat("d LLL yyyy")}`;
  if (first.month !== last.month) return `${first.toFormat("d LLL")} – ${last.toFormat("d LLL yyyy")}`;
  return `${first.toFormat("d")}–${last.toFormat("d LLL yyyy")}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const name = (displayName: string) => escapeMarkdown(displayName);

function rowLine(row: LeaderboardRow): string {
  return `**${row.rank}.** ${name(row.displayName)} — **${plural(row.points, "pt")}** · ${plural(row.activeDays, "day")}`;
}

/** The board as an embed (top 10) with the PNG card; names never ping. */
async function boardMessage(
  board: ClubBoard,
  title: string,
  embed: EmbedBuilder,
): Promise<BaseMessageOptions> {
  const top = board.rows.slice(0, BOARD_TOP);
  const weekLabel = weekRangeLabel(board.week);
  const card = await (await loadCharts()).renderLeaderboardCard({
    clubName: board.clubName,
    weekLabel,
    rows: top.map(({ rank, displayName, points, activeDays }) => ({ rank, displayName, points, activeDays })),
  });
  embed
    .setColor(BRAND_COLOUR)
    .setTitle(`${title} · ${weekLabel}`)
    .setDescription(
      top.length === 0
        ? "Nobody has logged a set this week yet. Do a set of /drills and /log it to open the board."
        : top.map(rowLine).join("\n"),
    )
    .setImage(`attachment://${CARD_FILE}`)
    .setFooter({
      text: `${plural(board.rows.length, "runner")} on the board · points: 1 a set (up to 6 a day) + 3 a day practised · weeks in ${board.timeZone}`,
    });
  return {
    embeds: [embed],
    files: [new AttachmentBuilder(card, { name: CARD_FILE })],
    allowedMentions: NO_MENTIONS,
  };
}

/** /leaderboard: this or last week's board, in the channel. */
export function renderLeaderboardReply(board: ClubBoard, week: "this" | "last"): Promise<BaseMessageOptions> {
  const title = `${board.clubName}: ${week === "this" ? "this week" : "last week"}`;
  return boardMessage(board, escapeMarkdown(title), new EmbedBuilder());
}

/** The weekly post: the week just ended, with its highlights. */
export function renderWeeklyPost(board: WeeklyBoard): Promise<BaseMessageOptions> {
  const embed = new EmbedBuilder();
  const lines: string[] = [];
  const { mostConsistent, mostImproved, steppedUp } = board.highlights;
  if (mostConsistent) {
    lines.push(
      `Most consistent: **${name(mostConsistent.displayName)}** (${plural(mostConsistent.activeDays, "day")})`,
    );
  }
  if (mostImproved) {
    lines.push(
      `Most improved: **${name(mostImproved.row.displayName)}** (+${plural(mostImproved.gain, "pt")} on the week before)`,
    );
  }
  for (const up of steppedUp.slice(0, 10)) {
    lines.push(
      `Stepped up: **${name(up.displayName)}** reached ${drillLabel(translator("en-US"), up.drill)} level ${up.level}`,
    );
  }
  if (steppedUp.length > 10) lines.push(`…and ${steppedUp.length - 10} more level-ups`);
  if (lines.length > 0) embed.addFields({ name: "Highlights", value: lines.join("\n").slice(0, 1024) });
  return boardMessage(board, escapeMarkdown(`${board.clubName}: weekly board`), embed);
}

/** The caller's own place, when the public board does not show it; null when it does. */
export function renderStanding(standing: CallerStanding): string | null {
  switch (standing.kind) {
    case "top":
      return null;
    case "ranked":
      return `You're #${standing.row.rank} of ${standing.of} with ${plural(standing.row.points, "point")} over ${plural(standing.row.activeDays, "day")}. Every day with a set adds 3 points.`;
    case "hidden":
      return "You're hidden from this club's board. Run /privacy hide to rejoin it.";
    case "absent":
      return "You're not on this board yet: do a set of /drills and /log it to join.";
  }
}

/** /club's ephemeral reply: the settings, the next post, a post already due, and any problem. */
export function renderClubSetup(
  setup: ClubSetup,
  missingPermissions: readonly string[] | null,
): BaseMessageOptions {
  const lines = [
    `The weekly board goes to <#${setup.channelId}> every ${DAY_NAMES[setup.postDay - 1]} at ${formatClockTime(setup.postTime)} (${setup.timeZone}).`,
    `Next board: ${discordTime(setup.nextPostAt, "F")} (${discordTime(setup.nextPostAt, "R")}).`,
  ];
  if (setup.pendingPost) {
    lines.push(
      `The board for ${weekRangeLabel(setup.pendingPost.week)} was due ${discordTime(setup.pendingPost.dueAt, "R")} and goes out within a minute.`,
    );
  }
  const embeds: EmbedBuilder[] = [];
  if (missingPermissions === null) {
    lines.push(
      "I couldn't check my permissions in that channel; make sure I can view it, send messages, embed links and attach files.",
    );
  } else if (missingPermissions.length > 0) {
    embeds.push(
      new EmbedBuilder()
        .setColor(WARNING_COLOUR)
        .setTitle("I can't post there yet")
        .setDescription(
          `Settings saved, but I'm missing ${listOf(missingPermissions)} in <#${setup.channelId}>. Give me ${missingPermissions.length === 1 ? "it" : "them"} there (Edit Channel → Permissions), or run /club with another channel.`,
        ),
    );
  }
  if (setup.previousPostError) {
    embeds.push(
      new EmbedBuilder()
        .setColor(WARNING_COLOUR)
        .setTitle("The last weekly post failed")
        .setDescription(setup.previousPostError.slice(0, 4000)),
    );
  }
  return { content: lines.join("\n"), embeds, allowedMentions: NO_MENTIONS };
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

import { AttachmentBuilder, type BaseMessageOptions, EmbedBuilder, escapeMarkdown } from "discord.js";
import { DateTime } from "luxon";
import {
  BOARD_TOP,
  type CallerStanding,
  type ClubBoard,
  type WeeklyBoard,
} from "../../app/leaderboard.usecases.js";
import type { Highlights, LeaderboardRow } from "../../domain/scoring.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { BRAND_COLOUR } from "./colours.render.js";
import { drillLabel } from "./drill-words.render.js";
import { loadCharts } from "./load-charts.render.js";

const CARD_FILE = "leaderboard.png";

/** Names on a board never ping anyone, whatever they contain. */
export const NO_MENTIONS = { parse: [] } as const;

/** Level-ups named one by one in the weekly post; the rest are counted. */
const STEPPED_UP_SHOWN = 10;

const weekFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A club week (Monday "YYYY-MM-DD" to Sunday) in the reader's words, with Intl's own range rules:
 * "Nov 23 – 29, 2026" in English, "23.–29. Nov. 2026" in German, "23–29 nov. 2026" in French.
 */
export function weekRangeLabel(startLocalDate: string, tr: Translator): string {
  let format = weekFormats.get(tr.intl);
  if (!format) {
    format = new Intl.DateTimeFormat(tr.intl, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    weekFormats.set(tr.intl, format);
  }
  const first = DateTime.fromISO(startLocalDate, { zone: "utc" });
  return format.formatRange(first.toJSDate(), first.plus({ days: 6 }).toJSDate());
}

const name = (displayName: string) => escapeMarkdown(displayName);
const points = (tr: Translator, count: number) => tr.t("board.points", { count });
const days = (tr: Translator, count: number) => tr.t("board.days", { count });

function rowLine(row: LeaderboardRow, tr: Translator): string {
  return tr.t("board.embed.row", {
    rank: row.rank,
    name: name(row.displayName),
    points: points(tr, row.points),
    days: days(tr, row.activeDays),
  });
}

type BoardTitle = "board.embed.thisWeek" | "board.embed.lastWeek" | "board.embed.weekly";

/** The board as an embed (top 10) with the PNG card; names never ping. */
async function boardMessage(
  board: ClubBoard,
  text: {
    readonly title: BoardTitle;
    readonly empty: "board.embed.emptyThisWeek" | "board.embed.emptyPastWeek";
  },
  embed: EmbedBuilder,
  tr: Translator,
): Promise<BaseMessageOptions> {
  const top = board.rows.slice(0, BOARD_TOP);
  const week = weekRangeLabel(board.week.startLocalDate, tr);
  const card = await (await loadCharts()).renderLeaderboardCard(
    {
      clubName: board.clubName,
      weekLabel: week,
      rows: top.map(({ rank, displayName, points, activeDays }) => ({
        rank,
        displayName,
        points,
        activeDays,
      })),
    },
    tr,
  );
  embed
    .setColor(BRAND_COLOUR)
    .setTitle(tr.t(text.title, { club: name(board.clubName), week }))
    .setDescription(top.length === 0 ? tr.t(text.empty) : top.map((row) => rowLine(row, tr)).join("\n"))
    .setImage(`attachment://${CARD_FILE}`)
    .setFooter({ text: tr.t("board.embed.footer", { count: board.rows.length, zone: board.timeZone }) });
  return {
    embeds: [embed],
    files: [new AttachmentBuilder(card, { name: CARD_FILE })],
    allowedMentions: NO_MENTIONS,
  };
}

/** /leaderboard: this or last week's board, in the channel, in the server's language. */
export function renderLeaderboardReply(
  board: ClubBoard,
  week: "this" | "last",
  tr: Translator,
): Promise<BaseMessageOptions> {
  const text =
    week === "this"
      ? ({ title: "board.embed.thisWeek", empty: "board.embed.emptyThisWeek" } as const)
      : ({ title: "board.embed.lastWeek", empty: "board.embed.emptyPastWeek" } as const);
  return boardMessage(board, text, new EmbedBuilder(), tr);
}

/** The weekly post: the week just ended, with its highlights, in the server's language. */
export function renderWeeklyPost(board: WeeklyBoard, tr: Translator): Promise<BaseMessageOptions> {
  const embed = new EmbedBuilder();
  const lines = highlightLines(board.highlights, tr);
  if (lines.length > 0) {
    embed.addFields({ name: tr.t("board.highlights.title"), value: lines.join("\n").slice(0, 1024) });
  }
  return boardMessage(board, { title: "board.embed.weekly", empty: "board.embed.emptyPastWeek" }, embed, tr);
}

function highlightLines({ mostConsistent, mostImproved, steppedUp }: Highlights, tr: Translator): string[] {
  const lines: string[] = [];
  if (mostConsistent) {
    lines.push(
      tr.t("board.highlights.mostConsistent", {
        name: name(mostConsistent.displayName),
        days: days(tr, mostConsistent.activeDays),
      }),
    );
  }
  if (mostImproved) {
    lines.push(
      tr.t("board.highlights.mostImproved", {
        name: name(mostImproved.row.displayName),
        points: points(tr, mostImproved.gain),
      }),
    );
  }
  for (const up of steppedUp.slice(0, STEPPED_UP_SHOWN)) {
    lines.push(
      tr.t("board.highlights.steppedUp", {
        name: name(up.displayName),
        level: tr.t("drills.level", { level: up.level }),
        drill: drillLabel(tr, up.drill),
      }),
    );
  }
  if (steppedUp.length > STEPPED_UP_SHOWN) {
    lines.push(tr.t("board.highlights.more", { count: steppedUp.length - STEPPED_UP_SHOWN }));
  }
  return lines;
}

/** The caller's own place, when the public board does not show it; null when it does. */
export function renderStanding(standing: CallerStanding, tr: Translator): string | null {
  switch (standing.kind) {
    case "top":
      return null;
    case "ranked":
      return tr.t("board.standing.ranked", {
        rank: standing.row.rank,
        of: standing.of,
        points: tr.t("board.pointsLong", { count: standing.row.points }),
        days: days(tr, standing.row.activeDays),
      });
    case "hidden":
      return tr.t("board.standing.hidden");
    case "absent":
      return tr.t("board.standing.absent");
  }
}

import type { Db } from "../db/db-client.js";
import { findClub } from "../db/repos/clubs.repository.js";
import { clubLevelUps, clubWeekEntries, isHiddenFromBoard } from "../db/repos/leaderboard.repository.js";
import { type Highlights, highlights, type LeaderboardRow, rankWeek } from "../domain/scoring.rules.js";
import { type ClubWeek, clubTimeZone, previousWeek, weekByOffset } from "../domain/week.rules.js";
import type { AppDeps, Caller } from "./deps.js";
import { UserError } from "./errors.js";
import { enterMember } from "./members.usecases.js";

export const BOARD_TOP = 10;

type WeekChoice = "this" | "last";

export interface ClubBoard {
  readonly guildId: string;
  readonly clubName: string;
  readonly timeZone: string;
  readonly week: ClubWeek;
  readonly rows: readonly LeaderboardRow[];
}

/** For the ephemeral note to a caller outside the top 10. */
export type CallerStanding =
  | { readonly kind: "top"; readonly row: LeaderboardRow }
  | { readonly kind: "ranked"; readonly row: LeaderboardRow; readonly of: number }
  | { readonly kind: "hidden" }
  | { readonly kind: "absent" };

interface LeaderboardView {
  readonly board: ClubBoard;
  readonly top: readonly LeaderboardRow[];
  readonly caller: CallerStanding;
}

export function parseWeekChoice(input: string | null): WeekChoice {
  if (input === null || input === "this") return "this";
  if (input === "last") return "last";
  throw new UserError("board.errors.week");
}

async function scoreClubWeek(db: Db, guildId: string, week: ClubWeek): Promise<LeaderboardRow[]> {
  return rankWeek(await clubWeekEntries(db, guildId, week.startLocalDate));
}

export async function showLeaderboard(
  deps: AppDeps,
  input: { readonly caller: Caller; readonly week: string | null },
): Promise<LeaderboardView> {
  const choice = parseWeekChoice(input.week);
  const guild = input.caller.guild;
  if (!guild) throw new UserError("board.errors.leaderboardOutsideServer");
  const now = deps.clock.now();
  await enterMember(deps.db, input.caller, now);
  const club = await findClub(deps.db, guild.id);
  const timeZone = clubTimeZone(club?.timeZone);
  const week = weekByOffset(now, timeZone, choice === "this" ? 0 : -1);
  const rows = await scoreClubWeek(deps.db, guild.id, week);
  const board = { guildId: guild.id, clubName: club?.name ?? guild.name, timeZone, week, rows };
  const caller = await standingOf(deps.db, rows, guild.id, input.caller.userId);
  return { board, top: rows.slice(0, BOARD_TOP), caller };
}

async function standingOf(
  db: Db,
  rows: readonly LeaderboardRow[],
  guildId: string,
  userId: string,
): Promise<CallerStanding> {
  const row = rows.find((candidate) => candidate.userId === userId);
  if (row) return row.rank <= BOARD_TOP ? { kind: "top", row } : { kind: "ranked", row, of: rows.length };
  return (await isHiddenFromBoard(db, guildId, userId)) ? { kind: "hidden" } : { kind: "absent" };
}

export interface WeeklyBoard extends ClubBoard {
  readonly highlights: Highlights;
}

export async function buildWeeklyBoard(
  db: Db,
  club: { readonly guildId: string; readonly name: string; readonly timeZone: string },
  week: ClubWeek,
): Promise<WeeklyBoard> {
  const before = previousWeek(week, club.timeZone);
  const [rows, lastRows, levelUps] = await Promise.all([
    scoreClubWeek(db, club.guildId, week),
    scoreClubWeek(db, club.guildId, before),
    clubLevelUps(db, club.guildId, week.start, week.end),
  ]);
  return {
    guildId: club.guildId,
    clubName: club.name,
    timeZone: club.timeZone,
    week,
    rows,
    highlights: highlights(rows, lastRows, levelUps),
  };
}

import type { Db } from "../db/db-client.js";
import {
  type BoardTarget,
  clearClubEntries,
  refreshBoardEntries,
} from "../db/repos/leaderboard.repository.js";
import type { MemberClub } from "../db/repos/members.repository.js";
import { SCORING } from "../domain/scoring.rules.js";
import { type ClubWeek, clubTimeZone, weekByOffset, weekContaining } from "../domain/week.rules.js";

/* Keeps board_entries equal to the sum of the set logs, so that a board reads one row per member. */

/**
 * The weeks a board can show: this week and last (/leaderboard); the weekly post's week and the one
 * before it ("most improved"), which for a post up to a day late are the two weeks before last.
 */
const BOARD_WEEKS_SHOWN = 4;

function boardTarget(userId: string, guildId: string, week: ClubWeek): BoardTarget {
  return { userId, guildId, weekStart: week.startLocalDate, start: week.start, end: week.end };
}

function weeksShown(now: Date, timeZone: string): ClubWeek[] {
  return Array.from({ length: BOARD_WEEKS_SHOWN }, (_, i) => weekByOffset(now, timeZone, -i));
}

export async function refreshMemberBoards(
  db: Db,
  member: { readonly userId: string; readonly clubs: readonly MemberClub[] },
  now: Date,
): Promise<void> {
  const targets = member.clubs.map((club) =>
    boardTarget(member.userId, club.guildId, weekContaining(now, clubTimeZone(club.timeZone))),
  );
  await refreshBoardEntries(db, targets, SCORING.dailySetCap);
}

/** Sets logged before joining, even from DMs, count on the club's boards too. */
export async function addMemberToBoards(db: Db, userId: string, club: MemberClub, now: Date): Promise<void> {
  const weeks = weeksShown(now, clubTimeZone(club.timeZone));
  await refreshBoardEntries(
    db,
    weeks.map((week) => boardTarget(userId, club.guildId, week)),
    SCORING.dailySetCap,
  );
}

/** A new zone moves the week boundaries. */
export async function rebuildClubBoards(db: Db, guildId: string, timeZone: string, now: Date): Promise<void> {
  const userIds = await clearClubEntries(db, guildId);
  const weeks = weeksShown(now, timeZone);
  const targets = userIds.flatMap((userId) => weeks.map((week) => boardTarget(userId, guildId, week)));
  await refreshBoardEntries(db, targets, SCORING.dailySetCap);
}

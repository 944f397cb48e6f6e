import {
  type ConfiguredClub,
  claimWeeklyPost,
  configuredClubs,
  markWeeklyPostFailed,
  markWeeklyPostPosted,
  markWeeklyPostSkipped,
  noteWeeklyPostError,
  type WeeklyPostKey,
  type WeeklyPostRow,
  weeklyPostsSince,
} from "../db/repos/clubs.repository.js";
import { MINUTE_MS } from "../domain/time-units.js";
import { type WeeklyPostSchedule, weeklyPostNonce, weeklyPostSchedule } from "../domain/week.rules.js";
import type { AppDeps } from "./deps.js";
import { buildWeeklyBoard, type WeeklyBoard } from "./leaderboard.usecases.js";

/*
 * The weekly post: at each club's post day and time, in its zone, the board of the week just ended
 * is posted once in its channel. The schedule lives in the database (weekly_posts, one row per club
 * week, unique (guild_id, week_start)), never in timers, so several processes and restarts neither
 * lose nor double a post:
 * - claim: insert the row as 'posting' with a short lease (or take over an expired lease) in one
 *   statement; whoever gets the row back posts;
 * - the message carries a nonce derived from the club and week, sent with enforce_nonce, so a
 *   retry after a crash (lease expired) returns the first message instead of a second one;
 * - after downtime, a post less than a day late is posted; an older one is recorded 'skipped';
 * - a missing channel or permission is recorded ('failed', clubs.last_post_error) and shown to the
 *   admin at their next /club; other errors keep the lease and are retried when it runs out.
 */

/** How long a claim holds before another process may retry (short: Discord keeps nonces a few minutes). */
const WEEKLY_POST_LEASE_MS = 2 * MINUTE_MS;

/** What the poster needs to post one weekly board. */
export interface WeeklyBoardMessage {
  readonly board: WeeklyBoard;
  /** Same for every attempt at this club week's post (Discord: at most 25 characters). */
  readonly nonce: string;
  /** The server's preferred locale as last stored (null: none yet; the poster asks Discord). */
  readonly locale: string | null;
}

/** The permissions a board channel needs, by discord.js's names (discord/board-poster.ts checks them). */
export const BOARD_PERMISSIONS = ["ViewChannel", "SendMessages", "EmbedLinks", "AttachFiles"] as const;
export type BoardPermission = (typeof BOARD_PERMISSIONS)[number];

/**
 * Why a board could not be posted, as data for the admin: fixed by them, not by retrying. Stored
 * as JSON (weekly_posts.error, clubs.last_post_error) and put into words in the language of the
 * admin who next runs /club. `week` is the Monday of the board's week, "YYYY-MM-DD".
 */
type BoardPostFailure =
  | { readonly code: "missing-channel"; readonly week: string; readonly channelId: string }
  | {
      readonly code: "missing-permission";
      readonly week: string;
      readonly channelId: string;
      /** Empty when Discord refused without saying which. */
      readonly missing: readonly BoardPermission[];
    };

/** A stored post failure as /club shows it: the data, or text stored before failures were codes. */
export type PostFailureNote = BoardPostFailure | { readonly code: "text"; readonly text: string };

/** Thrown by a BoardPoster when the channel is gone or the bot may not post there. */
export class BoardPostError extends Error {
  override readonly name = "BoardPostError";
  constructor(readonly failure: BoardPostFailure) {
    super(`${failure.code} in channel ${failure.channelId}`);
  }
}

/** Reads a stored failure; anything that is not one of ours (older English rows) is shown as is. */
export function readPostFailure(stored: string): PostFailureNote {
  try {
    const value: unknown = JSON.parse(stored);
    if (isBoardPostFailure(value)) return value;
  } catch {
    // not JSON: a sentence stored before failures were codes
  }
  return { code: "text", text: stored };
}

function isBoardPostFailure(value: unknown): value is BoardPostFailure {
  if (typeof value !== "object" || value === null) return false;
  const { code, week, channelId, missing } = value as Record<string, unknown>;
  if (typeof week !== "string" || typeof channelId !== "string") return false;
  if (code === "missing-channel") return true;
  return (
    code === "missing-permission" &&
    Array.isArray(missing) &&
    missing.every((name) => (BOARD_PERMISSIONS as readonly unknown[]).includes(name))
  );
}

/** Posts a board in a channel (implemented with discord.js in discord/board-poster.ts). */
export interface BoardPoster {
  postBoard(channelId: string, message: WeeklyBoardMessage): Promise<{ readonly messageId: string }>;
}

export interface WeeklyPostOutcome {
  readonly guildId: string;
  readonly week: string;
  readonly result: "posted" | "failed" | "skipped" | "retrying";
  readonly messageId?: string;
  readonly error?: string;
  /** How late the post went out (or was found), ms after its due time. */
  readonly lateByMs: number;
}

interface DueClub {
  readonly club: ConfiguredClub;
  readonly schedule: WeeklyPostSchedule;
  readonly key: WeeklyPostKey;
}

/**
 * One tick: posts every club's due weekly board that nobody has posted, claimed or given up yet.
 * Safe to run in several processes at once; returns what it did, club by club.
 */
export async function postDueWeeklyBoards(deps: AppDeps, poster: BoardPoster): Promise<WeeklyPostOutcome[]> {
  const now = deps.clock.now();
  const due = dueClubs(await configuredClubs(deps.db), now);
  if (due.length === 0) return [];
  const earliest = due.map((d) => d.key.weekStart).sort()[0] ?? "";
  const existing = new Map(
    (await weeklyPostsSince(deps.db, [...new Set(due.map((d) => d.key.guildId))], earliest)).map((row) => [
      `${row.guildId}/${row.weekStart}`,
      row,
    ]),
  );
  const outcomes: WeeklyPostOutcome[] = [];
  for (const entry of due) {
    const row = existing.get(`${entry.key.guildId}/${entry.key.weekStart}`);
    if (row && !claimable(row, now)) continue;
    const outcome = await postOne(deps, poster, entry, now);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

function dueClubs(clubs: readonly ConfiguredClub[], now: Date): DueClub[] {
  return clubs.flatMap((club) => {
    let schedule: WeeklyPostSchedule;
    try {
      schedule = weeklyPostSchedule(now, club.timeZone, club.postDay, club.postTime);
    } catch {
      return []; // settings validated by /club; a zone dropped from the tz database posts nothing
    }
    return [
      { club, schedule, key: { guildId: club.guildId, weekStart: schedule.reportsOnWeek.startLocalDate } },
    ];
  });
}

/** No row yet, or a 'posting' row whose poster's lease ran out. */
function claimable(row: WeeklyPostRow, now: Date): boolean {
  return row.state === "posting" && (row.leaseUntil === null || row.leaseUntil.getTime() < now.getTime());
}

async function postOne(
  deps: AppDeps,
  poster: BoardPoster,
  { club, schedule, key }: DueClub,
  now: Date,
): Promise<WeeklyPostOutcome | null> {
  const base = { guildId: club.guildId, week: schedule.reportsOnWeek.label, lateByMs: schedule.lateByMs };
  if (!schedule.withinGrace) {
    return (await markWeeklyPostSkipped(deps.db, key, now)) ? { ...base, result: "skipped" } : null;
  }
  const claimed = await claimWeeklyPost(deps.db, key, now, new Date(now.getTime() + WEEKLY_POST_LEASE_MS));
  if (!claimed) return null;
  try {
    const board = await buildWeeklyBoard(deps.db, club, schedule.reportsOnWeek);
    const { messageId } = await poster.postBoard(club.channelId, {
      board,
      nonce: weeklyPostNonce(key.guildId, key.weekStart),
      locale: club.locale,
    });
    await markWeeklyPostPosted(deps.db, key, messageId, deps.clock.now());
    return { ...base, result: "posted", messageId };
  } catch (error) {
    if (error instanceof BoardPostError) {
      await markWeeklyPostFailed(deps.db, key, JSON.stringify(error.failure), deps.clock.now());
      return { ...base, result: "failed", error: error.message };
    }
    const message = error instanceof Error ? error.message : String(error);
    await noteWeeklyPostError(deps.db, key, message.slice(0, 500)).catch(() => {});
    return { ...base, result: "retrying", error: message };
  }
}

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
 * Each club's board of the week just ended, posted once. The schedule is rows (weekly_posts), not
 * timers, and a post is claimed with a lease and sent with a nonce derived from the club week, so
 * several processes and restarts neither lose nor double a post.
 */

/** Short, because Discord remembers a nonce for a few minutes only. */
const WEEKLY_POST_LEASE_MS = 2 * MINUTE_MS;

export interface WeeklyBoardMessage {
  readonly board: WeeklyBoard;
  readonly nonce: string;
  /** Null until stored: the poster asks Discord. */
  readonly locale: string | null;
}

/** By discord.js's names. */
export const BOARD_PERMISSIONS = ["ViewChannel", "SendMessages", "EmbedLinks", "AttachFiles"] as const;
export type BoardPermission = (typeof BOARD_PERMISSIONS)[number];

/** Stored as data so that it is worded in the language of the admin who next runs /club. */
type BoardPostFailure =
  | { readonly code: "missing-channel"; readonly week: string; readonly channelId: string }
  | {
      readonly code: "missing-permission";
      readonly week: string;
      readonly channelId: string;
      readonly missing: readonly BoardPermission[];
    };

/** Free text comes from rows older than the failure codes. */
export type PostFailureNote = BoardPostFailure | { readonly code: "text"; readonly text: string };

/** Fixed by an admin, not by retrying. */
export class BoardPostError extends Error {
  override readonly name = "BoardPostError";
  constructor(readonly failure: BoardPostFailure) {
    super(`${failure.code} in channel ${failure.channelId}`);
  }
}

export function readPostFailure(stored: string): PostFailureNote {
  try {
    const value: unknown = JSON.parse(stored);
    if (isBoardPostFailure(value)) return value;
  } catch {
    // free text, shown as it is
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

export interface BoardPoster {
  postBoard(channelId: string, message: WeeklyBoardMessage): Promise<{ readonly messageId: string }>;
}

export interface WeeklyPostOutcome {
  readonly guildId: string;
  readonly week: string;
  readonly result: "posted" | "failed" | "skipped" | "retrying";
  readonly messageId?: string;
  readonly error?: string;
  readonly lateByMs: number;
}

interface DueClub {
  readonly club: ConfiguredClub;
  readonly schedule: WeeklyPostSchedule;
  readonly key: WeeklyPostKey;
}

/** One tick, safe in several processes at once. */
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
      return []; // a zone dropped from the tz database posts nothing rather than stopping every club
    }
    return [
      { club, schedule, key: { guildId: club.guildId, weekStart: schedule.reportsOnWeek.startLocalDate } },
    ];
  });
}

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

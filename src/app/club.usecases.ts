import { findWeeklyPost, saveClubSettings } from "../db/repos/clubs.repository.js";
import { parseClockTime } from "../domain/time-input.rules.js";
import { parseTimeZone } from "../domain/timezones.rules.js";
import { type ClubWeek, clubTimeZone, type IsoWeekday, weeklyPostSchedule } from "../domain/week.rules.js";
import { rebuildClubBoards } from "./board-entries.usecases.js";
import type { AppDeps, Caller } from "./deps.js";
import { UserError, unwrap } from "./errors.js";
import { enterMember } from "./members.usecases.js";
import { type PostFailureNote, readPostFailure } from "./weekly-posts.usecases.js";

/** Monday first: index + 1 is the ISO weekday. */
export const POST_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

interface ConfigureClubInput {
  readonly caller: Caller;
  /** Checked again here: a server can override command permissions. */
  readonly canManageServer: boolean;
  readonly channel: { readonly id: string; readonly isText: boolean };
  readonly timeZone: string;
  readonly postDay: string;
  readonly postTime: string;
}

interface ClubSettingsInput {
  readonly channelId: string;
  readonly timeZone: string;
  readonly postDay: IsoWeekday;
  readonly postTime: number;
}

export interface ClubSetup extends ClubSettingsInput {
  readonly nextPostAt: Date;
  readonly previousPostError: PostFailureNote | null;
  /** Due and not yet posted: the next tick posts it. */
  readonly pendingPost: { readonly week: ClubWeek; readonly dueAt: Date } | null;
}

function validateClubInput(input: ConfigureClubInput): ClubSettingsInput {
  if (!input.caller.guild) throw new UserError("board.errors.clubOutsideServer");
  if (!input.canManageServer) throw new UserError("board.errors.manageServer");
  if (!input.channel.isText) throw new UserError("board.errors.channelType");
  const timeZone = unwrap(parseTimeZone(input.timeZone));
  const day = POST_DAYS.indexOf(input.postDay.trim().toLowerCase() as (typeof POST_DAYS)[number]);
  if (day < 0) throw new UserError("board.errors.postDay");
  const postTime = unwrap(parseClockTime(input.postTime));
  return { channelId: input.channel.id, timeZone, postDay: (day + 1) as IsoWeekday, postTime };
}

export async function configureClub(deps: AppDeps, input: ConfigureClubInput): Promise<ClubSetup> {
  const settings = validateClubInput(input);
  const guild = input.caller.guild;
  if (!guild) throw new Error("validated above");
  const now = deps.clock.now();
  await enterMember(deps.db, input.caller, now);
  const previousPostError = await deps.db.transaction(async (tx) => {
    const saved = await saveClubSettings(tx, guild.id, settings, now);
    // New week boundaries: the boards must be summed again in the new zone.
    if (clubTimeZone(saved.previousTimeZone) !== settings.timeZone) {
      await rebuildClubBoards(tx, guild.id, settings.timeZone, now);
    }
    return saved.previousPostError;
  });
  const schedule = weeklyPostSchedule(now, settings.timeZone, settings.postDay, settings.postTime);
  let pendingPost: ClubSetup["pendingPost"] = null;
  if (schedule.withinGrace) {
    const post = await findWeeklyPost(deps.db, {
      guildId: guild.id,
      weekStart: schedule.reportsOnWeek.startLocalDate,
    });
    if (!post) pendingPost = { week: schedule.reportsOnWeek, dueAt: schedule.dueAt };
  }
  return {
    ...settings,
    nextPostAt: schedule.nextDueAt,
    previousPostError: previousPostError === null ? null : readPostFailure(previousPostError),
    pendingPost,
  };
}

import type { MemberRow } from "../db/repos/members.repository.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { scheduleOf } from "../domain/reminders.rules.js";
import { type ScheduleSettings, validateSchedule } from "../domain/schedule.rules.js";
import { nextReminders } from "../domain/schedule-plan.rules.js";
import { parseClockTime, parseDays, parseTimesList } from "../domain/time-input.rules.js";
import { parseTimeZone } from "../domain/timezones.rules.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { UserError, unwrap } from "./errors.js";
import { enterMember } from "./members.usecases.js";
import { planMemberReminders } from "./reminders.usecases.js";
import { replanStreakWarnings } from "./streak-warning.usecases.js";

export interface ScheduleInput {
  readonly timezone?: string | null;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly perDay?: number | null;
  readonly times?: string | null;
  readonly days?: string | null;
  /** The opt-in streak warning (attention.rules.ts); null or absent keeps the stored choice. */
  readonly streakWarning?: boolean | null;
}

/** A new member who gives only a time zone gets a sensible day: 4 reminders between 08:00 and 20:00. */
const DEFAULTS = { windowStart: 8 * 60, windowEnd: 20 * 60, perDay: 4, days: [1, 2, 3, 4, 5, 6, 7] } as const;
const NEXT_SHOWN = 5;

export interface SetScheduleResult {
  readonly settings: ScheduleSettings;
  readonly firstTime: boolean;
  readonly next: readonly Date[];
}

const given = (value: string | null | undefined): value is string => value != null && value.trim() !== "";

/** Changes only what the member gave, so that /schedule can adjust one setting. */
export async function setSchedule(
  deps: AppDeps,
  caller: Caller,
  input: ScheduleInput,
): Promise<SetScheduleResult> {
  const now = deps.clock.now();
  const member = await enterMember(deps.db, caller, now);
  const firstTime = member.enrolledAt === null;
  if (firstTime && !given(input.timezone)) {
    throw new UserError("schedule.needTimeZone");
  }
  const settings = unwrap(validateSchedule(mergeSettings(member, input)));
  const changes = {
    ...toColumns(settings),
    enrolledAt: member.enrolledAt ?? now,
    streakWarning: input.streakWarning ?? member.streakWarning,
  };
  // Future planned rows go with the old settings; sent and due rows stay as they are.
  await inTransaction(deps, async (tx) => {
    await tx.members.update(member.userId, changes, now);
    await tx.reminders.deleteFuturePlanned(member.userId, now);
  });
  await planMemberReminders(deps, { ...member, ...changes });
  await replanStreakWarnings(deps, member.userId);
  return {
    settings,
    firstTime,
    next: nextReminders(settings, now, NEXT_SHOWN, member.jitterSeed).map((slot) => slot.dueAt),
  };
}

function mergeSettings(member: MemberRow, input: ScheduleInput): ScheduleSettings {
  const current = scheduleOf(member);
  const timeZone = given(input.timezone) ? unwrap(parseTimeZone(input.timezone)) : memberTimeZone(member);
  const windowStart = given(input.start)
    ? unwrap(parseClockTime(input.start))
    : (current?.windowStart ?? DEFAULTS.windowStart);
  const windowEnd = given(input.end)
    ? unwrap(parseClockTime(input.end))
    : (current?.windowEnd ?? DEFAULTS.windowEnd);
  // Explicit times replace the spread; giving a window or per_day again goes back to the spread.
  const spreadAgain = given(input.start) || given(input.end) || input.perDay != null;
  const times = given(input.times)
    ? unwrap(parseTimesList(input.times))
    : spreadAgain
      ? null
      : (current?.times ?? null);
  return {
    timeZone,
    windowStart,
    windowEnd,
    perDay: input.perDay ?? current?.perDay ?? DEFAULTS.perDay,
    times,
    days: given(input.days) ? unwrap(parseDays(input.days)) : (current?.days ?? DEFAULTS.days),
  };
}

function toColumns(settings: ScheduleSettings) {
  return {
    timeZone: settings.timeZone,
    windowStart: settings.windowStart,
    windowEnd: settings.windowEnd,
    perDay: settings.perDay,
    explicitTimes: settings.times === null ? null : [...settings.times],
    days: [...settings.days],
  };
}

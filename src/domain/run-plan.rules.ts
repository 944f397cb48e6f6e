/**
 * What a member's planned runs become in the reminder pipeline: a warm-up DM before each start and
 * a check-in after it, stored as reminder rows keyed (member, kind, local date, run slot) so each is
 * planned and sent once; what those DMs say; the check-in's answers; and when /progress suggests
 * taking the new range outside. Pure.
 */
import type { Drill, Level, RepsStep } from "./drills.rules.js";
import { addDays } from "./local-time.rules.js";
import type { MeasureStanding } from "./measure.rules.js";
import type { PainContext } from "./pain.rules.js";
import { type WarmupRoutine, warmupRoutine } from "./run-warmup.rules.js";
import {
  checkInAt,
  firstReminderMinutes,
  occurrencesBetween,
  type RunWhen,
  type Terrain,
  warmupAt,
} from "./runs.rules.js";
import { HOUR_MS, MINUTE_MS } from "./time-units.js";

/** Planning covers the next day and a bit, like the drill reminders, so a missed planner run is safe. */
const RUN_PLAN_HORIZON_HOURS = 26;

const RUN_REMINDER_KINDS = ["warmup", "run-check"] as const;
type RunReminderKind = (typeof RUN_REMINDER_KINDS)[number];

export function isRunReminderKind(kind: string): kind is RunReminderKind {
  return (RUN_REMINDER_KINDS as readonly string[]).includes(kind);
}

/** A stored run as planning reads it; `slot` numbers the member's runs and keys its reminders. */
interface PlannableRun {
  readonly userId: string;
  readonly slot: number;
  readonly when: RunWhen;
  readonly terrain: Terrain;
  readonly warmupMinutes: number;
}

/** What planning reads of the runner: their zone and their first reminder time (for late check-ins). */
interface RunMember {
  readonly timeZone: string;
  readonly windowStart: number | null;
  readonly explicitTimes: readonly number[] | null;
}

interface PlannedRunReminder {
  readonly userId: string;
  readonly kind: RunReminderKind;
  readonly localDate: string;
  readonly slot: number;
  readonly dueAt: Date;
}

/**
 * The warm-ups and check-ins of runs starting within the planning horizon. A warm-up already due is
 * left out (a run planned 10 minutes ahead gets its check-in only): it would come after the fact.
 */
export function plannedRunReminders(
  member: RunMember,
  runs: readonly PlannableRun[],
  now: Date,
): PlannedRunReminder[] {
  const horizon = new Date(now.getTime() + RUN_PLAN_HORIZON_HOURS * HOUR_MS);
  const firstReminder = firstReminderMinutes(member);
  const out: PlannedRunReminder[] = [];
  for (const run of runs) {
    for (const occurrence of occurrencesBetween(run.when, member.timeZone, now, horizon)) {
      const key = { userId: run.userId, localDate: occurrence.localDate, slot: run.slot };
      const warmup = warmupAt(occurrence, run.warmupMinutes);
      if (warmup.getTime() > now.getTime()) out.push({ ...key, kind: "warmup", dueAt: warmup });
      const checkIn = checkInAt(occurrence, member.timeZone, firstReminder);
      out.push({ ...key, kind: "run-check", dueAt: checkIn });
    }
  }
  return out;
}

/** The start a run reminder belongs to: its warm-up's lead time after the warm-up's due time. */
export function startOfWarmup(warmupDueAt: Date, warmupMinutes: number): Date {
  return new Date(warmupDueAt.getTime() + warmupMinutes * MINUTE_MS);
}

interface RunEnvelope {
  readonly reminderId: number;
  readonly nonce: string;
  readonly locale: string | null;
  readonly terrain: Terrain;
  readonly startAt: Date;
}

/** A run reminder's message, built at send time from the member's current levels and measures. */
export type RunReminderContent =
  | (RunEnvelope & {
      readonly kind: "warmup";
      readonly routine: WarmupRoutine;
      /** Set while one ankle is 1.5 cm or more behind: start with it and add a set, as drill reminders say. */
      readonly stiffer?: NonNullable<MeasureStanding["stiffer"]>;
    })
  | (RunEnvelope & { readonly kind: "run-check" });

export function runReminderContent(
  envelope: RunEnvelope & { readonly kind: RunReminderKind },
  progressions: ReadonlyMap<Drill, { readonly level: Level; readonly repsStep: RepsStep }>,
  measures?: MeasureStanding,
): RunReminderContent {
  if (envelope.kind === "run-check") return { ...envelope, kind: "run-check" };
  const stiffer = measures?.stiffer;
  const routine = warmupRoutine(envelope.terrain, progressions, stiffer != null);
  return { ...envelope, kind: "warmup", routine, ...(stiffer ? { stiffer } : {}) };
}

/** The check-in's buttons: how the knees were on the descents. */
export const CHECK_IN_ANSWERS = ["fine", "sore", "painful"] as const;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[number];

export function parseCheckInAnswer(value: string | undefined): CheckInAnswer | null {
  return CHECK_IN_ANSWERS.find((answer) => answer === value) ?? null;
}

/** Trail and downhill runs are about the descents, so their pain is downhill pain for the pain rules. */
export function painContextOf(terrain: Terrain): PainContext {
  return terrain === "road" ? "run" : "downhill";
}

/** "Most days" of a week: a clear majority of its seven. */
const MOST_DAYS = 5;
const WEEKS = 2;
/** Pain this recent keeps the descents for later: downhill is the last thing to return. */
export const TRAIL_ADVICE_PAIN_FREE_DAYS = 14;

/**
 * "Use your new mobility": once the member practised on most days of each of the last two weeks
 * (today included) and reported no pain for two weeks, whatever their level.
 */
export function readyForTrails(
  practiceDates: ReadonlySet<string>,
  today: string,
  recentPain: boolean,
): boolean {
  if (recentPain) return false;
  for (let week = 0; week < WEEKS; week++) {
    let days = 0;
    for (let day = 0; day < 7; day++) if (practiceDates.has(addDays(today, -(week * 7 + day)))) days++;
    if (days < MOST_DAYS) return false;
  }
  return true;
}

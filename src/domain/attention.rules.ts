/**
 * Reminders that respect attention. A member who stops answering is asked once (the nudge: fewer
 * reminders, other times or a pause) instead of being reminded forever, and gets half their
 * reminders until they answer or log again; a member who opted in is warned late in a day with
 * nothing logged that their streak is about to end. Pure.
 */
import { addDays, localDateAt, wallTimeToInstant } from "./local-time.rules.js";
import { currentStreak } from "./streak.rules.js";
import { DAY_MS, HOUR_MS } from "./time-units.js";

/** The reminders row kinds of this file: the nudge, and the streak warning. */
export const NUDGE_KIND = "nudge";
export const STREAK_WARNING_KIND = "streak-warning";

/** The fatigue rule: this many drill reminders in a row without an answer, and this long without a set. */
export const FATIGUE = { unansweredInARow: 6, quietDays: 3 } as const;

/** What the nudge rule reads of a member; "answer" means any reminder's button, the nudge's included. */
interface AttentionFacts {
  readonly paused: boolean;
  /** When they asked for reminders: a newcomer is not "quiet" before three days have passed. */
  readonly enrolledAt: Date;
  /** Their latest sent drill reminders, newest first (FATIGUE.unansweredInARow of them at most). */
  readonly recentReminders: readonly { readonly sentAt: Date; readonly answered: boolean }[];
  readonly lastLogAt: Date | null;
  readonly lastAnswerAt: Date | null;
  /** The start of their latest pause: pausing is an answer too, so reminders before it do not count. */
  readonly lastPauseAt: Date | null;
  /** When their latest nudge was planned; null: never nudged. */
  readonly nudgedAt: Date | null;
}

/** Why no nudge now, in the order the rule checks. */
type NudgeHold = "paused" | "asked" | "answering" | "logging";

type NudgeDecision = { readonly nudge: true } | { readonly nudge: false; readonly hold: NudgeHold };

const latest = (...dates: readonly (Date | null)[]): number =>
  Math.max(-Infinity, ...dates.flatMap((date) => (date ? [date.getTime()] : [])));

/** The last time the member answered a reminder or logged a set (-Infinity: never). */
function lastResponse(facts: Pick<AttentionFacts, "lastLogAt" | "lastAnswerAt">): number {
  return latest(facts.lastLogAt, facts.lastAnswerAt);
}

/**
 * Whether a nudge is asked since the member last answered or logged: then it stands (their
 * reminders stay halved) and no second one comes.
 */
function nudgeStands(facts: Pick<AttentionFacts, "nudgedAt" | "lastLogAt" | "lastAnswerAt">): boolean {
  return facts.nudgedAt !== null && lastResponse(facts) <= facts.nudgedAt.getTime();
}

/**
 * The fatigue rule, first match wins: a paused member gets nothing; a nudge is never repeated
 * without an answer or a log after it; it takes FATIGUE.unansweredInARow drill reminders sent since
 * the last answer, log or pause, none answered; and FATIGUE.quietDays without a set (or since they
 * asked for reminders).
 */
export function nudgeDecision(facts: AttentionFacts, now: Date): NudgeDecision {
  if (facts.paused) return { nudge: false, hold: "paused" };
  if (nudgeStands(facts)) return { nudge: false, hold: "asked" };
  const since = latest(facts.lastAnswerAt, facts.lastLogAt, facts.lastPauseAt);
  const unanswered = facts.recentReminders
    .slice(0, FATIGUE.unansweredInARow)
    .filter((reminder) => !reminder.answered && reminder.sentAt.getTime() > since);
  if (unanswered.length < FATIGUE.unansweredInARow) return { nudge: false, hold: "answering" };
  const quietSince = latest(facts.lastLogAt, facts.enrolledAt);
  if (now.getTime() - quietSince < FATIGUE.quietDays * DAY_MS) return { nudge: false, hold: "logging" };
  return { nudge: true };
}

/**
 * Halved reminders keep every other slot of the member's plan (the first, third, ...): a subset of
 * the full plan, so coming back only adds the others, at their usual times; never fewer than one a day.
 */
export function keptWhenHalved(slot: number): boolean {
  return slot % 2 === 0;
}

/** The nudge's "Fewer reminders": half as many (rounded up) per day, or every other explicit time. */
export function fewerReminders(settings: {
  readonly perDay: number;
  readonly times: readonly number[] | null;
}): { readonly perDay: number } | { readonly times: readonly number[] } {
  if (settings.times !== null && settings.times.length > 0) {
    return { times: settings.times.filter((_, index) => keptWhenHalved(index)) };
  }
  return { perDay: Math.ceil(settings.perDay / 2) };
}

/** The nudge's buttons. */
export const NUDGE_ANSWERS = ["fewer", "times", "pause"] as const;
export type NudgeAnswer = (typeof NUDGE_ANSWERS)[number];

export function parseNudgeAnswer(value: string | undefined): NudgeAnswer | null {
  return NUDGE_ANSWERS.find((answer) => answer === value) ?? null;
}

/** "Pause for a week". */
export const NUDGE_PAUSE_DAYS = 7;

/** The streak warning: at 21:00 local, three hours before the day ends, for a streak of 3 days or more. */
const STREAK_WARNING = { minutes: 21 * 60, minStreak: 3 } as const;

/** Planning covers the next day and a bit, like the drill reminders. */
const STREAK_PLAN_HORIZON_HOURS = 26;

interface PlannedStreakWarning {
  readonly userId: string;
  readonly kind: typeof STREAK_WARNING_KIND;
  readonly localDate: string;
  readonly slot: 0;
  readonly dueAt: Date;
}

/** The opted-in member's streak warnings due in the planning horizon, at 21:00 on each local date. */
export function plannedStreakWarnings(
  member: { readonly userId: string; readonly timeZone: string },
  now: Date,
): PlannedStreakWarning[] {
  const end = now.getTime() + STREAK_PLAN_HORIZON_HOURS * HOUR_MS;
  const last = localDateAt(new Date(end), member.timeZone);
  const out: PlannedStreakWarning[] = [];
  for (let date = localDateAt(now, member.timeZone); date <= last; date = addDays(date, 1)) {
    const dueAt = wallTimeToInstant(date, STREAK_WARNING.minutes, member.timeZone);
    if (dueAt.getTime() > now.getTime() && dueAt.getTime() <= end) {
      out.push({ userId: member.userId, kind: STREAK_WARNING_KIND, localDate: date, slot: 0, dueAt });
    }
  }
  return out;
}

/**
 * At send time: the streak the warning is about, or null when it is not due any more (a set was
 * logged that day, or the streak is shorter than STREAK_WARNING.minStreak).
 */
export function streakAtRisk(
  practiceDates: ReadonlySet<string>,
  localDate: string,
  pausedDates: ReadonlySet<string>,
): number | null {
  if (practiceDates.has(localDate)) return null;
  const streak = currentStreak(practiceDates, localDate, pausedDates);
  return streak >= STREAK_WARNING.minStreak ? streak : null;
}

interface AttentionEnvelope {
  readonly reminderId: number;
  readonly nonce: string;
  readonly locale: string | null;
}

/** What the nudge and the streak warning say; built at send time. */
export type AttentionContent =
  | (AttentionEnvelope & { readonly kind: typeof NUDGE_KIND })
  | (AttentionEnvelope & { readonly kind: typeof STREAK_WARNING_KIND; readonly streakDays: number });

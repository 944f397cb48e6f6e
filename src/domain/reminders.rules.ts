/**
 * Which reminders a member gets and what each one names: the reminders planning stores for the next
 * day and a bit, the drill of each slot, and the message a due reminder becomes. Pure.
 */
import { type AttentionContent, keptWhenHalved } from "./attention.rules.js";
import { DRILLS, type Drill, type Level, type RepsStep } from "./drills.rules.js";
import { epochDay } from "./local-time.rules.js";
import type { MeasureStanding } from "./measure.rules.js";
import type { PainLocation } from "./pain.rules.js";
import type { ProgressionState } from "./progression.rules.js";
import type { RunReminderContent } from "./run-plan.rules.js";
import type { ScheduleSettings } from "./schedule.rules.js";
import { localDatesToPlan, planDates } from "./schedule-plan.rules.js";
import { HOUR_MS } from "./time-units.js";

/** Planning always covers the next day and a bit, so a planner run can be missed safely. */
const PLAN_HORIZON_HOURS = 26;

/** A member's stored reminder settings (null until /schedule sets them). */
export interface MemberSchedule {
  readonly userId: string;
  readonly timeZone: string | null;
  readonly windowStart: number | null;
  readonly windowEnd: number | null;
  readonly perDay: number | null;
  readonly explicitTimes: readonly number[] | null;
  readonly days: readonly number[] | null;
  readonly jitterSeed: string;
  /** A nudge stands (attention.rules.ts): every other reminder only, until they answer or log. */
  readonly halved?: boolean;
}

/** A drill reminder to store; (member, kind, local date, slot) identifies it. */
interface PlannedDrillReminder {
  readonly userId: string;
  readonly kind: "drill";
  readonly localDate: string;
  readonly slot: number;
  readonly dueAt: Date;
  readonly drill: Drill;
}

/** The settings a member's reminders are planned from, or null before /schedule set them. */
export function scheduleOf(member: MemberSchedule): ScheduleSettings | null {
  if (member.timeZone === null || member.perDay === null) return null;
  return {
    timeZone: member.timeZone,
    windowStart: member.windowStart ?? 0,
    windowEnd: member.windowEnd ?? 0,
    perDay: member.perDay,
    times: member.explicitTimes,
    days: member.days ?? [],
  };
}

/** Reminders alternate the two matrices through the day, and start the day on the other one tomorrow. */
function drillForSlot(localDate: string, slot: number): Drill {
  return DRILLS[(epochDay(localDate) + slot) % DRILLS.length] ?? DRILLS[0];
}

/** Every reminder of a member who asked for them and can receive DMs, due in the planning horizon. */
export function plannedReminders(
  member: MemberSchedule & { readonly enrolledAt: Date | null; readonly dmsClosedAt: Date | null },
  now: Date,
): PlannedDrillReminder[] {
  if (member.enrolledAt === null || member.dmsClosedAt !== null) return [];
  return scheduledReminders(member, now);
}

/**
 * plannedReminders of a member already known to be enrolled with open DMs: every reminder due after
 * `now` and within the planning horizon.
 */
export function scheduledReminders(member: MemberSchedule, now: Date): PlannedDrillReminder[] {
  const settings = scheduleOf(member);
  if (!settings) return [];
  const horizonEnd = now.getTime() + PLAN_HORIZON_HOURS * HOUR_MS;
  const dates = localDatesToPlan(now, settings.timeZone, PLAN_HORIZON_HOURS, settings);
  const reminders: PlannedDrillReminder[] = [];
  for (const slot of planDates(settings, dates, member.jitterSeed)) {
    if (slot.dueAt.getTime() <= now.getTime() || slot.dueAt.getTime() > horizonEnd) continue;
    if (member.halved && !keptWhenHalved(slot.slot)) continue;
    reminders.push({
      userId: member.userId,
      kind: "drill",
      localDate: slot.localDate,
      slot: slot.slot,
      dueAt: slot.dueAt,
      drill: drillForSlot(slot.localDate, slot.slot),
    });
  }
  return reminders;
}

/** Discord keeps a nonce for a few minutes: the same reminder (and snooze) always gets the same one. */
export function reminderNonce(reminder: { readonly id: number; readonly snoozes: number }): string {
  return `dorsi-r${reminder.id}-${reminder.snoozes}`;
}

interface ReminderEnvelope {
  readonly reminderId: number;
  readonly nonce: string;
  /** The member's stored locale: the language the DM speaks (null: English). */
  readonly locale: string | null;
}

/**
 * The pain a morning check asks about: its episode's latest report, and whether the check asks again
 * (morning-check.rules.ts isRepeatCheck) rather than about last night's report.
 */
interface CheckedPain {
  readonly severity: number;
  readonly location: PainLocation;
  readonly repeat: boolean;
}

/** What a direct message needs to say; built at send time so it names the member's current level. */
export type ReminderContent =
  | (ReminderEnvelope & {
      readonly kind: "drill";
      readonly drill: Drill;
      readonly level: Level;
      readonly repsStep: RepsStep;
      /** Set while one ankle is 1.5 cm or more behind: start with it and add a set (measure.rules.ts). */
      readonly stiffer?: NonNullable<MeasureStanding["stiffer"]>;
    })
  | (ReminderEnvelope & {
      readonly kind: "morning-check";
      /** The pain it follows up, or null after a first day at a new level. */
      readonly pain: CheckedPain | null;
      readonly drill: Drill | null;
      readonly level: Level | null;
    })
  | (ReminderEnvelope & {
      readonly kind: "measure-invite";
      /** Null: an invitation to a first measure; otherwise to a re-test. */
      readonly lastMeasuredOn: string | null;
    })
  | RunReminderContent
  | AttentionContent;

/** A due reminder as stored, and the member's locale. */
interface DueReminder {
  readonly id: number;
  readonly kind: string;
  readonly snoozes: number;
  readonly drill: Drill | null;
  readonly locale: string | null;
}

/**
 * The message a due reminder becomes, at the member's current levels: a drill reminder names its
 * drill, and a morning check the evening report it follows up (`pain`, when there is one); the
 * member's knee-to-wall standing shapes a drill reminder and words an invitation to measure.
 */
export function reminderContent(
  reminder: DueReminder,
  progressions: ReadonlyMap<Drill, ProgressionState>,
  pain: CheckedPain | null,
  measures?: MeasureStanding,
): ReminderContent {
  const envelope = { reminderId: reminder.id, nonce: reminderNonce(reminder), locale: reminder.locale };
  if (reminder.kind === "morning-check") {
    const state = reminder.drill ? progressions.get(reminder.drill) : undefined;
    return { ...envelope, kind: "morning-check", pain, drill: reminder.drill, level: state?.level ?? null };
  }
  if (reminder.kind === "measure-invite") {
    return { ...envelope, kind: "measure-invite", lastMeasuredOn: measures?.lastMeasuredOn ?? null };
  }
  const drill = reminder.drill ?? DRILLS[0];
  const state = progressions.get(drill);
  const stiffer = measures?.stiffer ? { stiffer: measures.stiffer } : {};
  return {
    ...envelope,
    kind: "drill",
    drill,
    level: state?.level ?? 1,
    repsStep: state?.repsStep ?? 1,
    ...stiffer,
  };
}

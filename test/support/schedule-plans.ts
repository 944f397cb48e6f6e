import { addDays, epochDay, localDateAt } from "../../src/domain/local-time.rules.js";
import type { ScheduleSettings } from "../../src/domain/schedule.rules.js";
import { planDates } from "../../src/domain/schedule-plan.rules.js";

/** The plan of one local date (the planner's planDates for a single date). */
type PlannedSlot = ReturnType<typeof planDates>[number];

export function planDay(settings: ScheduleSettings, localDate: string, seed: string): PlannedSlot[] {
  return planDates(settings, [localDate], seed);
}

/** The plans of `days` consecutive local dates starting at `fromLocalDate`, concatenated. */
export function planRange(
  settings: ScheduleSettings,
  fromLocalDate: string,
  days: number,
  seed: string,
): PlannedSlot[] {
  const dates = Array.from({ length: days }, (_, index) => addDays(fromLocalDate, index));
  return planDates(settings, dates, seed);
}

/**
 * Every planned reminder with from <= dueAt < to, in time order: plans every local date whose
 * reminders could fall in the interval (a plan reaches past its own date's midnight).
 */
export function plannedBetween(
  settings: ScheduleSettings,
  from: Date,
  to: Date,
  seed: string,
): PlannedSlot[] {
  if (to.getTime() <= from.getTime()) return [];
  const first = addDays(localDateAt(from, settings.timeZone), -1);
  const last = localDateAt(to, settings.timeZone);
  return planRange(settings, first, epochDay(last) - epochDay(first) + 1, seed)
    .filter((s) => s.dueAt.getTime() >= from.getTime() && s.dueAt.getTime() < to.getTime())
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

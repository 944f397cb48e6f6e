import { DateTime } from "luxon";
import {
  type ClubWeek,
  weekByOffset,
  weekContaining,
  weeklyPostSchedule,
} from "../../src/domain/week.rules.js";

/*
 * Week questions the tests ask, answered through the domain's public week functions.
 */

/** The week after `week`. */
export function nextWeek(week: ClubWeek, timeZone: string): ClubWeek {
  return weekByOffset(week.start, timeZone, 1);
}

/** The first weekly post strictly after `after`. */
export function nextWeeklyPost(after: Date, timeZone: string, postDay: number, postTime: number): Date {
  return weeklyPostSchedule(after, timeZone, postDay, postTime).nextDueAt;
}

/** The week a post at `postInstant` reports on: the last complete one. */
export function weekReportedBy(postInstant: Date, timeZone: string): ClubWeek {
  return weekByOffset(postInstant, timeZone, -1);
}

/** When the post reporting on `week` is due: the first post at or after its end. */
export function postDueFor(week: ClubWeek, timeZone: string, postDay: number, postTime: number): Date {
  return nextWeeklyPost(new Date(week.end.getTime() - 1), timeZone, postDay, postTime);
}

/** "2026-W53" -> that club week; undefined if the label is malformed or the week does not exist. */
export function parseWeekLabel(label: string, timeZone: string): ClubWeek | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(label.trim());
  if (!match) return undefined;
  const weekYear = Number(match[1]);
  const weekNumber = Number(match[2]);
  const monday = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: "utc" });
  if (!monday.isValid || monday.weekYear !== weekYear || monday.weekNumber !== weekNumber) return undefined;
  const noon = DateTime.fromObject({ weekYear, weekNumber, weekday: 1, hour: 12 }, { zone: timeZone });
  return weekContaining(noon.toJSDate(), timeZone);
}

import type { SetScheduleResult } from "../../app/set-schedule.js";
import { formatClockTime, formatDays } from "../../domain/time-input.js";
import { discordTime } from "./time.js";

/** The /schedule reply: the settings in words and the next reminders in the reader's local time. */
export function renderScheduleReply(result: SetScheduleResult): string {
  const { settings } = result;
  const when =
    settings.times === null
      ? `${settings.perDay} a day between ${formatClockTime(settings.windowStart)} and ${formatClockTime(settings.windowEnd)}`
      : `at ${settings.times.map(formatClockTime).join(", ")}`;
  const next = result.next.map((instant) => `• ${discordTime(instant, "F")} (${discordTime(instant, "R")})`);
  return [
    `${result.firstTime ? "You're in!" : "Schedule updated."} Reminders ${when}, ${formatDays(settings.days)}, ${settings.timeZone} time.`,
    next.length > 0 ? `Next reminders:\n${next.join("\n")}` : "No reminders in the coming days.",
    "Each DM names one drill at your level, with Done, Pain and Snooze buttons. /pause any time.",
  ].join("\n");
}

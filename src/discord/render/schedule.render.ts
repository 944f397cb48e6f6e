import type { SetScheduleResult } from "../../app/set-schedule.usecases.js";
import { dayRuns, formatClockTime } from "../../domain/time-input.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { discordTime } from "./time.render.js";

/** The /schedule reply: the settings in words and the next reminders in the reader's local time. */
export function renderScheduleReply(result: SetScheduleResult, tr: Translator): string {
  const { settings } = result;
  const when =
    settings.times === null
      ? tr.t("schedule.reply.spread", {
          perDay: settings.perDay,
          start: formatClockTime(settings.windowStart),
          end: formatClockTime(settings.windowEnd),
        })
      : tr.t("schedule.reply.at", { times: tr.list(settings.times.map(formatClockTime)) });
  const summary = { when, days: formatDays(settings.days, tr), timeZone: settings.timeZone };
  const next = result.next.map((instant) => `• ${discordTime(instant, "F")} (${discordTime(instant, "R")})`);
  return [
    result.firstTime ? tr.t("schedule.reply.enrolled", summary) : tr.t("schedule.reply.updated", summary),
    next.length > 0 ? `${tr.t("schedule.reply.next")}\n${next.join("\n")}` : tr.t("schedule.reply.noneSoon"),
    tr.t("schedule.reply.howItWorks"),
  ].join("\n");
}

/**
 * ISO weekdays in the reader's words: "every day", "Mon–Fri", "Mon, Wed and Sat", "Wed and Sat–Mon"
 * (runs of three or more days become ranges). parseDays reads every output back, in every language.
 */
export function formatDays(days: ReadonlySet<number> | readonly number[], tr: Translator): string {
  const runs = dayRuns(days);
  if (runs.length === 0) return tr.t("schedule.days.none");
  if (runs[0]?.length === 7) return tr.t("schedule.days.every");
  const name = weekdayNames(tr);
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${name(run[0] as number)}–${name(run[run.length - 1] as number)}`] : run.map(name),
  );
  return tr.list(parts);
}

/** Short weekday names from Intl in the reader's locale ("Mo", "lun.", "seg."), Monday = 1. */
function weekdayNames(tr: Translator): (day: number) => string {
  const format = new Intl.DateTimeFormat(tr.intl, { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return (day) => format.format(Date.UTC(2024, 0, day));
}

/** The /pause reply. */
export function renderPauseReply(until: Date | null, tr: Translator): string {
  return until ? tr.t("schedule.pause.until", { until: discordTime(until) }) : tr.t("schedule.pause.open");
}

/** The /resume reply: resumed, or there was nothing to resume. */
export function renderResumeReply(resumed: boolean, tr: Translator): string {
  return resumed ? tr.t("schedule.resume.done") : tr.t("schedule.resume.notPaused");
}

import type { RunView } from "../../app/runs.usecases.js";
import type { RunWhen } from "../../domain/runs.rules.js";
import { formatClockTime } from "../../domain/time-input.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { formatDays } from "./schedule.render.js";
import { discordTime } from "./time.render.js";

/** "Wed at 06:30", "Sat, 18 Sep 2027 at 07:00" in the reader's words (the member's wall clock). */
function whenWords(when: RunWhen, tr: Translator): string {
  const time = formatClockTime(when.minutes);
  if (when.kind === "weekly") return tr.t("runs.when.weekly", { days: formatDays(when.days, tr), time });
  const date = new Intl.DateTimeFormat(tr.intl, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(Date.parse(when.localDate));
  return tr.t("runs.when.once", { date, time });
}

/** One run in a line: when, terrain, warm-up lead time (also an autocomplete choice's name). */
export function runLine(run: RunView, tr: Translator): string {
  return tr.t("runs.line", {
    when: whenWords(run.when, tr),
    terrain: tr.t(`runs.terrain.${run.terrain}`),
    warmup: run.warmupMinutes,
  });
}

/** The /runs add reply: the run in words and its next starts as Discord timestamps. */
export function renderRunAdded(run: RunView, tr: Translator): string {
  const times = tr.list(run.next.map((instant) => discordTime(instant, "F")));
  return [tr.t("runs.added", { run: runLine(run, tr) }), tr.t("runs.next", { times })].join("\n");
}

/** The /runs list reply. */
export function renderRunList(runs: readonly RunView[], tr: Translator): string {
  const [first] = runs;
  if (!first) return tr.t("runs.list.empty");
  const items = runs.map((run) =>
    tr.t("runs.list.item", {
      run: runLine(run, tr),
      next: run.next[0] ? discordTime(run.next[0], "R") : "",
    }),
  );
  return [tr.t("runs.list.title", { timeZone: first.timeZone }), ...items].join("\n");
}

/** The /runs remove reply. */
export function renderRunRemoved(run: RunView, tr: Translator): string {
  return tr.t("runs.removed", { run: runLine(run, tr) });
}

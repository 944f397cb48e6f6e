import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SetScheduleResult } from "../../../src/app/set-schedule.usecases.js";
import {
  renderPauseReply,
  renderResumeReply,
  renderScheduleReply,
} from "../../../src/discord/render/schedule.render.js";
import type { Problem } from "../../../src/domain/result.js";
import type { validateSchedule } from "../../../src/domain/schedule.rules.js";
import { parseDays } from "../../../src/domain/time-input.rules.js";
import { problemMessage, type Translator, translator } from "../../../src/i18n/i18n.js";
import { LOCALES } from "../../../src/i18n/locales.js";

/** Every problem code validateSchedule can return, read from its signature. */
type ScheduleProblem = Extract<ReturnType<typeof validateSchedule>, { ok: false }>["problem"]["code"];

const en = translator("en-US");
const de = translator("de");

const next = [new Date("2026-11-24T13:00:00Z"), new Date("2026-11-24T15:30:00Z")];
const nextLines = next.map((at) => `• <t:${at.getTime() / 1000}:F> (<t:${at.getTime() / 1000}:R>)`);
const spread: SetScheduleResult = {
  firstTime: true,
  settings: {
    timeZone: "Europe/London",
    windowStart: 13 * 60,
    windowEnd: 18 * 60,
    perDay: 3,
    times: null,
    days: [1, 2, 3, 4, 5, 6, 7],
  },
  next,
};
const explicit: SetScheduleResult = {
  firstTime: false,
  settings: { ...spread.settings, times: [450, 735, 1080], days: [1, 2, 3, 4, 5] },
  next: [],
};

describe("renderScheduleReply", () => {
  it("welcomes a new member in English with the spread, the days, the zone and the next reminders", () => {
    expect(renderScheduleReply(spread, en).split("\n")).toEqual([
      "You're in! Reminders 3 a day between 13:00 and 18:00, every day, Europe/London time.",
      "Next reminders:",
      ...nextLines,
      "Each DM names one drill at your level, with Done, Pain and Snooze buttons. /pause any time.",
    ]);
  });

  it("says the same in German", () => {
    expect(renderScheduleReply(spread, de).split("\n")).toEqual([
      "Du bist dabei! Erinnerungen 3-mal am Tag zwischen 13:00 und 18:00, jeden Tag, Zeitzone Europe/London.",
      "Nächste Erinnerungen:",
      ...nextLines,
      "Jede DM nennt dir eine Übung auf deiner Stufe, mit Buttons zum Abhaken, für Schmerzen und zum Verschieben. /pause geht jederzeit.",
    ]);
  });

  it("lists explicit times and weekday names in the reader's language", () => {
    expect(renderScheduleReply(explicit, en).split("\n").slice(0, 2)).toEqual([
      "Schedule updated. Reminders at 07:30, 12:15, and 18:00, Mon–Fri, Europe/London time.",
      "No reminders in the coming days.",
    ]);
    expect(renderScheduleReply(explicit, de).split("\n").slice(0, 2)).toEqual([
      "Zeitplan aktualisiert. Erinnerungen um 07:30, 12:15 und 18:00, Mo–Fr, Zeitzone Europe/London.",
      "In den nächsten Tagen kommen keine Erinnerungen.",
    ]);
  });
});

/** The days as the /schedule reply words them, cut out of its first sentence. */
function formatDays(days: ReadonlySet<number> | readonly number[], tr: Translator): string {
  const [line = ""] = renderScheduleReply(
    { ...spread, settings: { ...spread.settings, days: [...days] } },
    tr,
  ).split("\n");
  const when = tr.t("schedule.reply.spread", { perDay: 3, start: "13:00", end: "18:00" });
  const [before = "", after = ""] = tr
    .t("schedule.reply.enrolled", { when, days: "\u0000", timeZone: "Europe/London" })
    .split("\u0000");
  expect(line.startsWith(before) && line.endsWith(after), line).toBe(true);
  return line.slice(before.length, line.length - after.length);
}

describe("the days in the /schedule reply", () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7], "every day", "jeden Tag"],
    [[1, 2, 3, 4, 5], "Mon–Fri", "Mo–Fr"],
    [[1, 3, 6], "Mon, Wed, and Sat", "Mo, Mi und Sa"],
    [[6, 7], "Sat and Sun", "Sa und So"],
    [[6, 7, 1], "Sat–Mon", "Sa–Mo"],
    [[1, 2, 3, 5], "Mon–Wed and Fri", "Mo–Mi und Fr"],
    [[3, 6, 7, 1], "Wed and Sat–Mon", "Mi und Sa–Mo"],
    [[], "no days", "an keinem Tag"],
  ])("%j -> %s / %s", (days, english, german) => {
    expect(formatDays(days, en)).toBe(english);
    expect(formatDays(new Set(days), de)).toBe(german);
  });

  it("uses each language's own day names", () => {
    const days = [1, 3, 4, 5, 6];
    expect(LOCALES.map((locale) => formatDays(days, translator(locale)))).toEqual([
      "Mon and Wed–Sat",
      "lun y mié–sáb",
      "Mo und Mi–Sa",
      "lun. et mer.–sam.",
      "seg. e qua.–sáb.",
    ]);
  });

  it.each(LOCALES)("parseDays reads back every set written in %s (property)", (locale) => {
    const tr = translator(locale);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }), (days) => {
        expect(parseDays(formatDays(days, tr))).toEqual({ ok: true, value: new Set(days) });
      }),
    );
  });
});

describe("schedule problems", () => {
  // A Record, so that a new problem code fails the typecheck until it has a sample here.
  const samples: Record<ScheduleProblem, Problem["params"]> = {
    "schedule.time-empty": undefined,
    "schedule.time-format": { input: "25:00" },
    "schedule.time-midnight": { input: "24:00" },
    "schedule.times-empty": undefined,
    "schedule.times-format": { input: "7,30" },
    "schedule.times-too-many": { given: 13, max: 12 },
    "schedule.times-too-close": { earlier: "07:30", later: "08:00", apart: 30, min: 45 },
    "schedule.times-invalid": undefined,
    "schedule.days-empty": undefined,
    "schedule.days-unknown": { input: "funday" },
    "schedule.days-range": { input: "mon-funday" },
    "schedule.days-invalid": undefined,
    "schedule.per-day": { max: 12 },
    "schedule.window-invalid": undefined,
    "schedule.window-empty": { start: "07:00" },
    "schedule.window-too-small": {
      start: "07:00",
      end: "07:30",
      length: 30,
      count: 1,
      gap: 45,
      perDay: 2,
      needed: 45,
    },
    "schedule.timezone-empty": undefined,
    "schedule.timezone-unknown": { input: "qwxzv" },
    "schedule.timezone-suggest": { input: "Amerca/Denvr", suggestions: "America/Denver", count: 1 },
  };

  it.each(LOCALES)("each reads in %s as a sentence with its values filled in", (locale) => {
    const tr = translator(locale);
    for (const [code, params] of Object.entries(samples)) {
      const message = problemMessage(params === undefined ? { code } : { code, params });
      const text = tr.say(message);
      expect({ code, text }).not.toEqual({ code, text: message.key });
      expect(text).not.toMatch(/\{\{|\}\}/);
      // "count" picks the plural form; a sentence need not repeat it.
      for (const [name, value] of Object.entries(params ?? {}))
        if (name !== "count") expect(text).toContain(String(value));
    }
  });

  it("says the window problem with the right plural", () => {
    const window = (count: number) =>
      problemMessage({
        code: "schedule.window-too-small",
        params: { start: "07:00", end: "08:00", length: 60, count, gap: 45, perDay: 3, needed: 90 },
      });
    expect(en.say(window(1))).toContain("holds at most 1 reminder 45 minutes apart");
    expect(en.say(window(2))).toContain("holds at most 2 reminders 45 minutes apart");
    expect(de.say(window(2))).toContain("passen höchstens 2 Erinnerungen im Abstand von 45 Minuten");
  });
});

describe("pause and resume replies", () => {
  const until = new Date("2026-12-01T12:00:00Z");

  it("speak English and German", () => {
    expect(renderPauseReply(until, en)).toBe(
      "Reminders paused until <t:1796126400:f>. Your streak is kept; /resume any time.",
    );
    expect(renderPauseReply(null, de)).toBe(
      "Erinnerungen pausiert, bis du /resume nutzt. Deine Serie bleibt erhalten.",
    );
    expect(renderResumeReply(true, en)).toBe("Welcome back: reminders are on again.");
    expect(renderResumeReply(false, de)).toBe(
      "Deine Erinnerungen waren nicht pausiert. Mit /schedule richtest du sie ein oder änderst sie.",
    );
  });
});

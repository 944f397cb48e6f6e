import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_VOCABULARY } from "../../src/domain/day-words.rules.js";
import {
  dayRuns,
  formatClockTime,
  parseClockTime,
  parseDays,
  parseTimesList,
} from "../../src/domain/time-input.rules.js";

describe("parseClockTime", () => {
  it.each([
    ["07:30", 450],
    ["7:30", 450],
    ["19:05", 1145],
    ["00:00", 0],
    ["23:59", 1439],
    [" 7:30 ", 450],
    ["7.30", 450],
    ["0730", 450],
    ["1905", 1145],
    ["7h30", 450],
    ["18h", 1080],
    ["18 h 30", 1110],
    ["7 Uhr", 420],
    ["7:30 Uhr", 450],
    ["7:30pm", 1170],
    ["7:30 PM", 1170],
    ["7am", 420],
    ["12am", 0],
    ["12pm", 720],
    ["12:15 a.m.", 15],
  ])("%j -> %i", (input, minutes) => {
    expect(parseClockTime(input)).toEqual({ ok: true, value: minutes });
  });

  it.each([
    "25:00",
    "ab",
    "7",
    "730",
    "7:5",
    "07:60",
    "13pm",
    "0am",
    "-1:00",
    "07:30:00",
    "7,30",
    "h",
    "7hh",
    "25h",
  ])("rejects %j as not a time of day, quoting it", (input) => {
    expect(parseClockTime(input)).toEqual({
      ok: false,
      problem: { code: "schedule.time-format", params: { input } },
    });
  });

  it("asks for a time when none is given", () => {
    expect(parseClockTime("  ")).toEqual({ ok: false, problem: { code: "schedule.time-empty" } });
  });

  it("quotes the input and tells 24:00 apart, so the reply can suggest 00:00", () => {
    expect(parseClockTime(" 25:00 ")).toEqual({
      ok: false,
      problem: { code: "schedule.time-format", params: { input: "25:00" } },
    });
    expect(parseClockTime("24:00")).toEqual({
      ok: false,
      problem: { code: "schedule.time-midnight", params: { input: "24:00" } },
    });
    expect(parseClockTime("24h")).toEqual({
      ok: false,
      problem: { code: "schedule.time-midnight", params: { input: "24h" } },
    });
  });

  it("round-trips with formatClockTime for every minute of the day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        expect(parseClockTime(formatClockTime(m))).toEqual({ ok: true, value: m });
      }),
    );
  });
});

describe("formatClockTime", () => {
  it.each([
    [0, "00:00"],
    [450, "07:30"],
    [1145, "19:05"],
    [1439, "23:59"],
  ])("%i -> %s", (m, text) => expect(formatClockTime(m)).toBe(text));

  it.each([-1, 1440, 7.5, Number.NaN])("throws on %d", (m) => {
    expect(() => formatClockTime(m)).toThrow(RangeError);
  });
});

describe("parseTimesList", () => {
  it.each([
    ["07:30,12:00,18:15", [450, 720, 1095]],
    ["18:15, 07:30 ,12:00", [450, 720, 1095]],
    ["07:30 12:00;18:15", [450, 720, 1095]],
    ["07:30,07:30", [450]],
    ["7:30 pm, 7am", [420, 1170]],
    ["08:00,08:45", [480, 525]],
    [
      "06:00,07:00,08:00,09:00,10:00,11:00,12:00,13:00,14:00,15:00,16:00,17:00",
      Array.from({ length: 12 }, (_, i) => 360 + 60 * i),
    ],
  ])("%j -> %j", (input, minutes) => {
    expect(parseTimesList(input)).toEqual({ ok: true, value: minutes });
  });

  it.each([
    ["", { code: "schedule.times-empty" }],
    [" , ", { code: "schedule.times-empty" }],
    ["07:30,25:00", { code: "schedule.times-format", params: { input: "25:00" } }],
    [
      "07:30,08:00",
      { code: "schedule.times-too-close", params: { earlier: "07:30", later: "08:00", apart: 30, min: 45 } },
    ],
    [
      "12:00,08:00,08:44",
      { code: "schedule.times-too-close", params: { earlier: "08:00", later: "08:44", apart: 44, min: 45 } },
    ],
    [
      "06:00,07:00,08:00,09:00,10:00,11:00,12:00,13:00,14:00,15:00,16:00,17:00,18:00",
      { code: "schedule.times-too-many", params: { given: 13, max: 12 } },
    ],
  ])("rejects %j", (input, problem) => {
    expect(parseTimesList(input)).toEqual({ ok: false, problem });
  });

  it("reads French, Portuguese and German times in a list", () => {
    expect(parseTimesList("7h30, 12h, 18 h 15")).toEqual({ ok: true, value: [450, 720, 1095] });
    expect(parseTimesList("7 Uhr 18 Uhr")).toEqual({ ok: true, value: [420, 1080] });
  });

  it("always returns sorted, unique, well-spaced lists (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1439 }), { minLength: 1, maxLength: 14 }), (list) => {
        const result = parseTimesList(list.map(formatClockTime).join(","));
        if (!result.ok) return;
        const v = result.value;
        expect(v.length).toBeGreaterThanOrEqual(1);
        expect(v.length).toBeLessThanOrEqual(12);
        for (let i = 1; i < v.length; i++)
          expect((v[i] as number) - (v[i - 1] as number)).toBeGreaterThanOrEqual(45);
        expect(new Set(v)).toEqual(new Set(list));
      }),
    );
  });
});

describe("parseDays", () => {
  const set = (...d: number[]) => new Set(d);
  it.each([
    ["mon-fri", set(1, 2, 3, 4, 5)],
    ["Mon–Fri", set(1, 2, 3, 4, 5)],
    ["mon to fri", set(1, 2, 3, 4, 5)],
    ["mon,wed,sat", set(1, 3, 6)],
    ["mon wed sat", set(1, 3, 6)],
    ["Monday, Wednesday and Saturday", set(1, 3, 6)],
    ["weekends", set(6, 7)],
    ["weekend", set(6, 7)],
    ["weekdays", set(1, 2, 3, 4, 5)],
    ["every day", set(1, 2, 3, 4, 5, 6, 7)],
    ["Everyday", set(1, 2, 3, 4, 5, 6, 7)],
    ["daily", set(1, 2, 3, 4, 5, 6, 7)],
    ["sat-mon", set(6, 7, 1)],
    ["fri-tue", set(5, 6, 7, 1, 2)],
    ["SUNDAY", set(7)],
    ["tues, thurs", set(2, 4)],
    ["weekdays, sun", set(1, 2, 3, 4, 5, 7)],
    ["wed-wed", set(3)],
    ["mon,mon", set(1)],
  ])("%j", (input, days) => {
    const result = parseDays(input);
    expect(result).toEqual({ ok: true, value: days });
  });

  it.each([
    ["", { code: "schedule.days-empty" }],
    [" and ", { code: "schedule.days-empty" }],
    ["funday", { code: "schedule.days-unknown", params: { input: "funday" } }],
    ["mon,xyz", { code: "schedule.days-unknown", params: { input: "xyz" } }],
    ["mon-funday", { code: "schedule.days-range", params: { input: "mon-funday" } }],
    ["1-5", { code: "schedule.days-range", params: { input: "1-5" } }],
  ])("rejects %j, quoting the word it could not read", (input, problem) => {
    expect(parseDays(input)).toEqual({ ok: false, problem });
  });
});

describe("parseDays in Spanish, German, French and Portuguese, whatever the member's language", () => {
  const weekdays = new Set([1, 2, 3, 4, 5]);
  const weekend = new Set([6, 7]);
  const everyDay = new Set([1, 2, 3, 4, 5, 6, 7]);
  it.each([
    ["lun-vie", weekdays],
    ["lunes a viernes", weekdays],
    ["de lunes a viernes", weekdays],
    ["Lunes, miércoles y sábado", new Set([1, 3, 6])],
    ["lun,mié,sáb", new Set([1, 3, 6])],
    ["LUN,MIE,SAB", new Set([1, 3, 6])],
    ["sáb-lun", new Set([6, 7, 1])],
    ["fin de semana", weekend],
    ["fines de semana", weekend],
    ["todos los días", everyDay],
    ["entre semana", weekdays],
    ["mo-fr", weekdays],
    ["Mo.–Fr.", weekdays],
    ["Montag bis Freitag", weekdays],
    ["von Montag bis Freitag", weekdays],
    ["Mo,Mi,Sa", new Set([1, 3, 6])],
    ["Dienstag und Donnerstag", new Set([2, 4])],
    ["Do-So", new Set([4, 5, 6, 7])],
    ["Wochenende", weekend],
    ["täglich", everyDay],
    ["werktags", weekdays],
    ["lun-ven", weekdays],
    ["du lundi au vendredi", weekdays],
    ["lundi jusqu'au vendredi", weekdays],
    ["lundi, mercredi et samedi", new Set([1, 3, 6])],
    ["week-end", weekend],
    ["le week-end", weekend],
    ["tous les jours", everyDay],
    ["en semaine", weekdays],
    ["seg-sex", weekdays],
    ["segunda a sexta", weekdays],
    ["de segunda-feira a sexta-feira", weekdays],
    ["segunda, quarta e sábado", new Set([1, 3, 6])],
    ["terça e quinta", new Set([2, 4])],
    ["2ª a 6ª", weekdays],
    ["fim de semana", weekend],
    ["todos os dias", everyDay],
    ["dias úteis", weekdays],
    ["mon, miércoles, Freitag, dimanche", new Set([1, 3, 5, 7])],
  ])("%j", (input, days) => {
    expect(parseDays(input)).toEqual({ ok: true, value: days });
  });

  it("gives every spelling one day in all languages (a word shared by two means the same day)", () => {
    for (const [language, vocabulary] of Object.entries(DAY_VOCABULARY)) {
      vocabulary.days.forEach((spellings, index) => {
        for (const word of spellings.split(" ")) {
          expect({ language, word, days: parseDays(word) }).toEqual({
            language,
            word,
            days: { ok: true, value: new Set([index + 1]) },
          });
        }
      });
    }
  });

  it("reads every group phrase as its days", () => {
    const groups = { daily: everyDay, weekdays, weekend };
    for (const vocabulary of Object.values(DAY_VOCABULARY)) {
      for (const [group, days] of Object.entries(groups)) {
        for (const phrase of vocabulary[group as keyof typeof groups].split("|")) {
          expect({ phrase, days: parseDays(phrase) }).toEqual({ phrase, days: { ok: true, value: days } });
        }
      }
    }
  });
});

describe("dayRuns", () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7], [[1, 2, 3, 4, 5, 6, 7]]],
    [[1, 2, 3, 4, 5], [[1, 2, 3, 4, 5]]],
    [
      [1, 3, 6],
      [[1], [3], [6]],
    ],
    [[6, 7, 1], [[6, 7, 1]]],
    [
      [1, 2, 3, 5],
      [[1, 2, 3], [5]],
    ],
    [
      [3, 6, 7, 1],
      [[3], [6, 7, 1]],
    ],
    [[7, 1], [[7, 1]]],
    [[], []],
    [[0, 8, 2.5], []],
  ])("%j -> %j", (days, runs) => {
    expect(dayRuns(days)).toEqual(runs);
    expect(dayRuns(new Set(days))).toEqual(runs);
  });
});

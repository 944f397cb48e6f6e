import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatClockTime,
  formatDays,
  parseClockTime,
  parseDays,
  parseTimesList,
} from "../../src/domain/time-input.js";

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
    "24:00",
    "25:00",
    "ab",
    "",
    "7",
    "730",
    "7:5",
    "07:60",
    "13pm",
    "0am",
    "-1:00",
    "07:30:00",
    "7,30",
  ])("rejects %j with a sentence saying what to type", (input) => {
    const result = parseClockTime(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/HH:MM/);
      expect(result.error).toMatch(/07:30/);
      expect(result.error).toMatch(/\.$/);
    }
  });

  it("quotes the input and suggests 00:00 for 24:00", () => {
    expect(parseClockTime("25:00")).toEqual({
      ok: false,
      error: "“25:00” isn't a time of day. Use 24-hour HH:MM, for example 07:30 or 18:45.",
    });
    const midnight = parseClockTime("24:00");
    expect(!midnight.ok && midnight.error).toMatch(/00:00/);
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
    ["", /at least one|one or more/],
    [" , ", /one or more/],
    ["07:30,25:00", /“25:00”.*07:30,12:00,18:15/],
    ["07:30,08:00", /07:30 and 08:00 are only 30 minutes apart.*45 minutes/],
    ["12:00,08:00,08:44", /08:00 and 08:44 are only 44 minutes apart/],
    [
      "06:00,07:00,08:00,09:00,10:00,11:00,12:00,13:00,14:00,15:00,16:00,17:00,18:00",
      /13 times.*12 or fewer/,
    ],
  ])("rejects %j", (input, message) => {
    const result = parseTimesList(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
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

  it.each(["", "funday", "mon-funday", "1-5", "mon,xyz"])("rejects %j listing the valid forms", (input) => {
    const result = parseDays(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/mon-fri/);
      expect(result.error).toMatch(/weekdays/);
      expect(result.error).toMatch(/every day/);
    }
  });
});

describe("formatDays", () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7], "every day"],
    [[1, 2, 3, 4, 5], "Mon–Fri"],
    [[1, 3, 6], "Mon, Wed, Sat"],
    [[6, 7], "Sat, Sun"],
    [[6, 7, 1], "Sat–Mon"],
    [[1, 2, 3, 5], "Mon–Wed, Fri"],
    [[3, 6, 7, 1], "Wed, Sat–Mon"],
    [[7, 1], "Sun, Mon"],
    [[], "no days"],
  ])("%j -> %s", (days, text) => {
    expect(formatDays(days)).toBe(text);
    expect(formatDays(new Set(days))).toBe(text);
  });

  it("parseDays reads back every formatted set (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }), (days) => {
        expect(parseDays(formatDays(days))).toEqual({ ok: true, value: new Set([...days].sort()) });
      }),
    );
  });
});

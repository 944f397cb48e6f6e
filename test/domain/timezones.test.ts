import { describe, expect, it } from "vitest";
import { allTimeZones, POPULAR_TIME_ZONES } from "../../src/domain/timezone-names.rules.js";
import {
  canonicalTimeZone,
  isValidTimeZone,
  parseTimeZone,
  searchTimeZones,
  unknownTimeZone,
} from "../../src/domain/timezones.rules.js";
import { suggestTimeZones } from "../support/time-zone-suggestions.js";

describe("isValidTimeZone / canonicalTimeZone", () => {
  it.each([
    ["America/Denver", "America/Denver"],
    ["europe/london", "Europe/London"],
    [" Europe/London ", "Europe/London"],
    ["UTC", "UTC"],
    ["utc", "UTC"],
    ["Etc/UTC", "UTC"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["Europe/Kyiv", "Europe/Kyiv"],
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
    ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["US/Pacific", "America/Los_Angeles"],
    ["Pacific/Chatham", "Pacific/Chatham"],
    ["Australia/Lord_Howe", "Australia/Lord_Howe"],
  ])("%j is valid, canonical %j", (input, canonical) => {
    expect(isValidTimeZone(input)).toBe(true);
    expect(canonicalTimeZone(input)).toBe(canonical);
    expect(parseTimeZone(input)).toEqual({ ok: true, value: canonical });
  });

  it.each(["", "Amerca/Denvr", "Mars/Olympus", "UTC+3", "pacific time"])("%j is invalid", (input) => {
    expect(isValidTimeZone(input)).toBe(false);
    expect(canonicalTimeZone(input)).toBeNull();
    expect(parseTimeZone(input).ok).toBe(false);
  });

  it.each([
    ["London", "Europe/London"],
    ["new york", "America/New_York"],
    ["denver", "America/Denver"],
  ])("a city typed without picking, %j, is accepted as %j", (input, zone) => {
    expect(isValidTimeZone(input)).toBe(false);
    expect(parseTimeZone(input)).toEqual({ ok: true, value: zone });
  });

  it("every listed zone is valid and already canonical", () => {
    const zones = allTimeZones();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/Kyiv");
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).not.toContain("Europe/Kiev");
    for (const z of zones) expect(canonicalTimeZone(z)).toBe(z);
    for (const z of POPULAR_TIME_ZONES) expect(zones).toContain(z);
  });
});

describe("searchTimeZones", () => {
  it.each([
    ["denver", "America/Denver"],
    ["Denver", "America/Denver"],
    ["new york", "America/New_York"],
    ["NEW_YORK", "America/New_York"],
    ["new_york", "America/New_York"],
    ["newyork", "America/New_York"],
    ["america/new", "America/New_York"],
    ["America/New_York", "America/New_York"],
    ["sydney", "Australia/Sydney"],
    ["kolkata", "Asia/Kolkata"],
    ["calcutta", "Asia/Kolkata"],
    ["chatham", "Pacific/Chatham"],
    ["london", "Europe/London"],
    ["lord howe", "Australia/Lord_Howe"],
    ["st johns", "America/St_Johns"],
    ["kiev", "Europe/Kyiv"],
    ["kyiv", "Europe/Kyiv"],
    ["utc", "UTC"],
    ["pacific time", "America/Los_Angeles"],
    ["buenos aires", "America/Argentina/Buenos_Aires"],
    ["Europe/Kiev", "Europe/Kyiv"],
  ])("%j -> first %s", (query, zone) => {
    const results = searchTimeZones(query);
    expect(results[0]?.value).toBe(zone);
  });

  it("ranks prefix and word matches before substrings", () => {
    const values = searchTimeZones("york").map((c) => c.value);
    expect(values[0]).toBe("America/New_York");
    const ang = searchTimeZones("an").map((c) => c.value);
    // city prefix (Anchorage, Andorra...) before a word inside a name or a substring (Los_Angeles, Santiago).
    expect(ang.indexOf("America/Anchorage")).toBeLessThan(ang.indexOf("America/Los_Angeles"));
  });

  it("a region lists its zones, popular first", () => {
    const values = searchTimeZones("europe").map((c) => c.value);
    expect(values).toHaveLength(25);
    expect(values.every((v) => v.startsWith("Europe/"))).toBe(true);
    expect(values[0]).toBe("Europe/London");
  });

  it("respects the limit and Discord's 100-character fields", () => {
    expect(searchTimeZones("a", 5)).toHaveLength(5);
    expect(searchTimeZones("a", 100).length).toBeLessThanOrEqual(25);
    for (const c of searchTimeZones("a", 25, new Date("2026-07-01T00:00:00Z"))) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it("empty query -> popular zones", () => {
    expect(searchTimeZones("").map((c) => c.value)).toEqual(POPULAR_TIME_ZONES.slice(0, 25));
    expect(searchTimeZones("   ", 3).map((c) => c.value)).toEqual(POPULAR_TIME_ZONES.slice(0, 3));
  });

  it("labels with the UTC offset at the given instant, and without one when no instant is given", () => {
    expect(searchTimeZones("new york", 1)).toEqual([{ name: "America/New_York", value: "America/New_York" }]);
    expect(searchTimeZones("new york", 1, new Date("2026-01-15T12:00:00Z"))[0]?.name).toBe(
      "America/New_York (UTC-05:00)",
    );
    expect(searchTimeZones("new york", 1, new Date("2026-07-15T12:00:00Z"))[0]?.name).toBe(
      "America/New_York (UTC-04:00)",
    );
    expect(searchTimeZones("chatham", 1, new Date("2026-01-15T12:00:00Z"))[0]?.name).toBe(
      "Pacific/Chatham (UTC+13:45)",
    );
    expect(searchTimeZones("kolkata", 1, new Date("2026-01-15T12:00:00Z"))[0]?.name).toBe(
      "Asia/Kolkata (UTC+05:30)",
    );
  });

  it("no match -> empty", () => {
    expect(searchTimeZones("qqqqzzz")).toEqual([]);
  });
});

describe("suggestTimeZones", () => {
  it.each([
    ["Amerca/Denvr", "America/Denver"],
    ["Europe/Londn", "Europe/London"],
    ["europe/berlim", "Europe/Berlin"],
    ["Sidney", "Australia/Sydney"],
    ["kolkatta", "Asia/Kolkata"],
    ["Amsterdamm", "Europe/Amsterdam"],
    ["pacific time", "America/Los_Angeles"],
    ["America/Los Angeles", "America/Los_Angeles"],
    ["Asia/Tokio", "Asia/Tokyo"],
  ])("%j -> %s first", (input, zone) => {
    const suggestions = suggestTimeZones(input);
    expect(suggestions[0]).toBe(zone);
    expect(suggestions.length).toBeLessThanOrEqual(3);
  });

  it("suggests nothing for gibberish", () => {
    expect(suggestTimeZones("qwxzv")).toEqual([]);
    expect(suggestTimeZones("")).toEqual([]);
  });

  it("names the problem with the input quoted and the nearest zones", () => {
    expect(unknownTimeZone("Amerca/Denvr")).toEqual({
      ok: false,
      problem: {
        code: "schedule.timezone-suggest",
        params: { input: "Amerca/Denvr", suggestions: "America/Denver", count: 1 },
      },
    });
    expect(unknownTimeZone("qwxzv")).toEqual({
      ok: false,
      problem: { code: "schedule.timezone-unknown", params: { input: "qwxzv" } },
    });
    expect(unknownTimeZone("  ")).toEqual({ ok: false, problem: { code: "schedule.timezone-empty" } });
    expect(parseTimeZone("Europe/Londn")).toEqual({
      ok: false,
      problem: {
        code: "schedule.timezone-suggest",
        params: { input: "Europe/Londn", suggestions: "Europe/London", count: 1 },
      },
    });
  });

  it("offers up to three zones, in one list", () => {
    const result = parseTimeZone("pacific");
    if (result.ok) throw new Error("pacific is not a zone");
    const suggestions = String(result.problem.params?.suggestions).split(", ");
    expect(result.problem.params?.count).toBe(suggestions.length);
    expect(suggestions.length).toBeGreaterThan(1);
    expect(suggestions.length).toBeLessThanOrEqual(3);
  });
});

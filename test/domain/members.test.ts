import { describe, expect, it } from "vitest";
import { jitterSeedOf, memberTimeZone } from "../../src/domain/members.rules.js";

describe("memberTimeZone", () => {
  it("is the zone /schedule stored, else UTC (also for someone never seen)", () => {
    expect(memberTimeZone({ timeZone: "Europe/Berlin" })).toBe("Europe/Berlin");
    expect(memberTimeZone({ timeZone: null })).toBe("UTC");
    expect(memberTimeZone(undefined)).toBe("UTC");
  });
});

describe("jitterSeedOf", () => {
  it("is the same for the same member and differs between members", () => {
    const seed = jitterSeedOf("300000000000000001");
    expect(seed).toMatch(/^[0-9a-f]{32}$/);
    expect(jitterSeedOf("300000000000000001")).toBe(seed);
    expect(jitterSeedOf("300000000000000002")).not.toBe(seed);
  });
});

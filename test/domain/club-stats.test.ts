import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statsPeriods, steppedUpShare } from "../../src/domain/club-stats.rules.js";
import { localDateAt } from "../../src/domain/local-time.rules.js";

const ZONES = ["UTC", "Europe/London", "America/Sao_Paulo", "Pacific/Auckland", "America/Los_Angeles"];

describe("club stats periods", () => {
  it("are five weeks end to end ending with this one, and this month holds now", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2020-01-01T00:00:00Z"),
          max: new Date("2035-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (now, zone) => {
          const { weeks, month, span } = statsPeriods(now, zone);
          expect(weeks).toHaveLength(5);
          expect(weeks.slice(1).map((week) => week.start)).toEqual(
            weeks.slice(0, -1).map((week) => week.end),
          );
          const last = weeks.at(-1);
          expect(last && last.start <= now && now < last.end).toBe(true);
          expect(month.from <= now && now < month.to).toBe(true);
          expect(localDateAt(month.from, zone).endsWith("-01")).toBe(true);
          expect(span).toEqual({ from: weeks[0]?.start, to: last?.end });
        },
      ),
    );
  });

  it("the stepped-up share is null without active members and never above one", () => {
    expect(steppedUpShare(0, 0)).toBeNull();
    expect(steppedUpShare(1, 4)).toBe(0.25);
    expect(steppedUpShare(5, 4)).toBe(1);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decidePain, LOCATIONS, type PainLocation, type PastReport } from "../../src/domain/pain.rules.js";
import {
  groupEpisodes,
  type PainSide,
  painfulEpisodesInWindow,
  placeReport,
  SIDES,
} from "../../src/domain/pain-episodes.rules.js";
import { escalationReasons } from "../support/pain.js";
import { pastReport } from "../support/pain-history.js";

const NOW = new Date("2025-06-10T19:00:00Z");
const DAY = 24;
const at = (id: number, hoursAgo: number, fields: Partial<PastReport> = {}) =>
  pastReport(NOW, id, hoursAgo, fields);
const knee = { location: "knee" as const, at: NOW };

describe("episodes", () => {
  it("a painful report opens one; follow-ups join it; a pain-free report on its own opens nothing", () => {
    const episodes = groupEpisodes([
      at(3, 10, { episodeId: 1, severity: 3, morningAnswer: true }),
      at(1, 30, { severity: 4, side: "left" }),
      at(2, 20, { severity: 0, location: "hip" }),
      at(4, 5, { severity: 1, location: "calf" }),
    ]);
    expect(episodes.map((episode) => [episode.id, episode.reports.map((report) => report.id)])).toEqual([
      [1, [1, 3]],
      [4, [4]],
    ]);
    expect(episodes[0]).toMatchObject({ location: "knee", side: "left" });
  });

  it("a follow-up whose first report is out of reach still groups with its episode", () => {
    const episodes = groupEpisodes([at(8, 30, { episodeId: 5 }), at(9, 5, { episodeId: 5, severity: 0 })]);
    expect(episodes.map((episode) => [episode.id, episode.reports.length])).toEqual([[5, 2]]);
  });

  it.each([
    ["the same place 72 h after the last report", at(1, 72), knee, 1],
    ["the same place, after a follow-up kept it going", [at(1, 120), at(2, 60, { episodeId: 1 })], knee, 1],
    ["73 h after", at(1, 73), knee, null],
    ["another location", at(1, 10, { location: "ankle" }), knee, null],
    ["the other side", at(1, 10, { side: "left" }), { ...knee, side: "right" as const }, null],
    ["a side given now, none before", at(1, 10), { ...knee, side: "right" as const }, 1],
    ["no side now, one before", at(1, 10, { side: "left" }), knee, 1],
    ["both sides now, one before", at(1, 10, { side: "left" }), { ...knee, side: "both" as const }, 1],
    ["a report later than this one", at(1, -2), knee, null],
  ])("followed episode: %s", (_, reports, place, expected) => {
    expect(placeReport([reports].flat(), place).current?.id ?? null).toBe(expected);
  });

  it("follows the most recently reported episode when two match, and the one named when named", () => {
    const reports = [at(1, 50, { side: "left" }), at(2, 20, { side: "right" })];
    expect(placeReport(reports, { ...knee, side: "both" }).current?.id).toBe(2);
    expect(placeReport(reports, { ...knee, side: "both", episodeId: 1 }).current?.id).toBe(1);
    // A morning answer follows its episode however long ago its last report was.
    expect(placeReport([at(1, 200)], { ...knee, episodeId: 1 }).current?.id).toBe(1);
  });

  it("sides match unless one is left and the other right; unknown matches any", () => {
    const pairs = [...SIDES, null].flatMap((a) => [...SIDES, null].map((b) => [a, b] as const));
    const apart = pairs.filter(
      ([a, b]) => !placeReport([at(1, 10, { side: a })], { ...knee, side: b }).current,
    );
    expect(apart).toEqual([
      ["left", "right"],
      ["right", "left"],
    ]);
  });

  it("a warning sign at 0 opens an episode: a sign outranks the number", () => {
    expect(
      groupEpisodes([at(1, 10, { severity: 0, signTier: "soon" })]).map((episode) => episode.id),
    ).toEqual([1]);
    expect(groupEpisodes([at(1, 10, { severity: 0 })])).toEqual([]);
  });
});

describe("escalation counts episodes", () => {
  it("three episodes in 14 days escalate, any place", () => {
    const decision = decidePain({ severity: 1, location: "knee", reportedAt: NOW }, [
      at(1, 13 * DAY, { location: "ankle" }),
      at(2, 2 * DAY, { location: "hip" }),
    ]);
    expect(decision.escalation).toEqual({ reasons: ["three-in-14-days"] });
    expect(decision.advisePhysician).toBe(true);
    expect(decision.offerPause).toBe(true);
  });

  it("one episode and its follow-ups count once, morning answers included", () => {
    const history = [
      at(1, 3 * DAY, { location: "ankle" }),
      at(2, 2.5 * DAY, { location: "ankle", episodeId: 1, morningAnswer: true }),
      at(3, 1.5 * DAY, { location: "ankle", episodeId: 1, morningAnswer: true, severity: 1 }),
    ];
    // Four painful reports, two episodes: the ankle's and the knee's new one.
    expect(escalationReasons(2, knee, history)).toEqual([]);
    // A later report at the ankle follows it up: still one episode.
    expect(escalationReasons(2, { location: "ankle", at: NOW }, history)).toEqual([]);
  });

  it("does not count episodes without pain in the last 14 days, pain-free reports, or later ones", () => {
    const history = [
      at(1, 14.01 * DAY, { location: "ankle" }),
      at(2, 3 * DAY, { severity: 0 }),
      at(3, -1 * DAY, { location: "hip", severity: 5 }),
      at(4, 2 * DAY, { location: "hip" }),
    ];
    expect(escalationReasons(1, knee, history)).toEqual([]);
  });

  it("rising: higher than the previous report of the episode, and at least 3", () => {
    expect(escalationReasons(3, knee, [at(1, DAY)])).toEqual(["rising"]);
    expect(escalationReasons(5, knee, [at(1, DAY, { severity: 4 })])).toEqual(["rising"]);
    // The previous report is the episode's last, a morning answer included.
    const answered = [
      at(1, 30, { severity: 5 }),
      at(2, 10, { severity: 1, episodeId: 1, morningAnswer: true }),
    ];
    expect(escalationReasons(4, knee, answered)).toEqual(["rising"]);
  });

  it.each([
    ["a rise that stays mild", 2, [at(1, DAY, { severity: 1 })]],
    ["the same severity", 4, [at(1, DAY, { severity: 4 })]],
    ["lower than before", 3, [at(1, DAY, { severity: 5 })]],
    ["another place", 4, [at(1, DAY, { location: "ankle" })]],
    ["the other side", 4, [at(1, DAY, { side: "left" })]],
    ["an episode that ended more than 72 h ago", 4, [at(1, 4 * DAY)]],
  ] as const)("not rising: %s", (_, severity, reports) => {
    const place = { ...knee, side: "right" as const };
    expect(escalationReasons(severity, place, reports)).not.toContain("rising");
  });

  it("not settling: the report's episode began a week or more ago", () => {
    const going = (days: number) => [at(1, days * DAY), at(2, DAY, { episodeId: 1 })];
    expect(escalationReasons(1, knee, going(7))).toEqual(["not-settling"]);
    expect(escalationReasons(1, knee, going(6.9))).toEqual([]);
    expect(escalationReasons(1, { ...knee, location: "calf" }, going(8))).toEqual([]);
  });

  it("collects every reason that applies", () => {
    const history = [
      at(1, 10 * DAY, { location: "hip" }),
      at(2, 8 * DAY),
      at(3, 3 * DAY, { location: "calf" }),
      at(4, DAY, { episodeId: 2, severity: 5 }),
    ];
    expect(escalationReasons(8, knee, history)).toEqual([
      "three-in-14-days",
      "rising",
      "severity-7-plus",
      "not-settling",
    ]);
  });
});

describe("properties", () => {
  const locationArb = fc.constantFrom<PainLocation>(...LOCATIONS.filter((location) => location !== "hip"));
  const sideArb = fc.constantFrom<PainSide | null>(...SIDES, null);
  /** One episode within the last 13 days: its first report and any follow-ups after it. */
  const episodeArb = fc.record({
    openedHoursAgo: fc.integer({ min: 1, max: 13 * DAY }),
    severity: fc.integer({ min: 1, max: 10 }),
    location: locationArb,
    side: sideArb,
    followUps: fc.array(
      fc.record({
        hoursLater: fc.integer({ min: 0, max: 13 * DAY }),
        severity: fc.integer({ min: 0, max: 10 }),
        morningAnswer: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  });

  type EpisodeSpec = typeof episodeArb extends fc.Arbitrary<infer T> ? T : never;

  function history(episodes: readonly EpisodeSpec[]): PastReport[] {
    let id = 0;
    return episodes.flatMap((episode) => {
      const { severity, location, side } = episode;
      const opener = at(++id, episode.openedHoursAgo, { severity, location, side });
      const followUps = episode.followUps
        .filter((followUp) => followUp.hoursLater < episode.openedHoursAgo)
        .map((followUp) =>
          at(++id, episode.openedHoursAgo - followUp.hoursLater, {
            severity: followUp.severity,
            morningAnswer: followUp.morningAnswer,
            location,
            side,
            episodeId: opener.id,
          }),
        );
      return [opener, ...followUps];
    });
  }

  it("follow-ups never count as new episodes: N episodes count N, whatever follows them up", () => {
    fc.assert(
      fc.property(
        fc.array(episodeArb, { maxLength: 5 }),
        fc.integer({ min: 1, max: 10 }),
        (episodes, severity) => {
          const reports = history(episodes);
          expect(groupEpisodes(reports)).toHaveLength(episodes.length);
          // A new report at a place no episode had (the hip) opens one more.
          expect(painfulEpisodesInWindow(groupEpisodes(reports), null, NOW, 14 * DAY)).toBe(
            episodes.length + 1,
          );
          const reasons = escalationReasons(severity, { location: "hip", at: NOW }, reports);
          expect(reasons.includes("three-in-14-days")).toBe(episodes.length + 1 >= 3);
        },
      ),
    );
  });

  it("a report that follows an episode up never counts more episodes than the history holds", () => {
    fc.assert(
      fc.property(fc.array(episodeArb, { minLength: 1, maxLength: 5 }), (episodes) => {
        const reports = history(episodes);
        const grouped = groupEpisodes(reports);
        for (const episode of grouped) {
          expect(painfulEpisodesInWindow(grouped, episode, NOW, 14 * DAY)).toBeLessThanOrEqual(
            grouped.length,
          );
        }
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { LEVELS } from "../../src/domain/drills.rules.js";
import { initialProgression } from "../../src/domain/progression.rules.js";
import { applySets, isFirstDayAtNewLevel, mayStartNewLevel, toGo } from "../../src/domain/step-up.rules.js";
import { almostThere, at, NEW_DAY, STEP_UP_REQUIREMENTS, stateAt, T0 } from "../support/progression.js";

describe("requirement table", () => {
  it("asks for several days and at least one set per day at every level, never easier higher up", () => {
    let previous = { sets: 0, days: 0 };
    for (const level of LEVELS) {
      // What a member at the first step of the level has still to do is the whole requirement.
      const { setsToGo, daysToGo } = toGo(stateAt(level, 1));
      const need = { sets: setsToGo, days: daysToGo };
      expect(need).toEqual(STEP_UP_REQUIREMENTS[level]);
      expect(need.days).toBeGreaterThanOrEqual(3);
      expect(need.sets).toBeGreaterThanOrEqual(need.days);
      expect(need.sets).toBeGreaterThanOrEqual(previous.sets);
      expect(need.days).toBeGreaterThanOrEqual(previous.days);
      previous = need;
    }
  });
});

describe("applySets transitions", () => {
  it("progress: counts sets and distinct days", () => {
    const first = applySets(initialProgression("straight-leg"), { sets: 2, localDate: NEW_DAY, now: T0 });
    expect(first.state).toMatchObject({ level: 1, repsStep: 1, painFreeSets: 2, practiceDays: [NEW_DAY] });
    expect(first.outcome).toEqual({
      kind: "progress",
      at: { level: 1, repsStep: 1, reps: 5 },
      setsToGo: 4,
      daysToGo: 2,
    });
    const sameDay = applySets(first.state, { sets: 1, localDate: NEW_DAY, now: at(3) });
    expect(sameDay.state.practiceDays).toEqual([NEW_DAY]);
    expect(sameDay.outcome).toMatchObject({ kind: "progress", setsToGo: 3, daysToGo: 2 });
    const earlierDay = applySets(sameDay.state, { sets: 1, localDate: "2026-03-01", now: at(4) });
    expect(earlierDay.state.practiceDays).toEqual(["2026-03-01", NEW_DAY]);
  });

  it("many sets in one day do not step up: the days are still missing", () => {
    const result = applySets(initialProgression("flexed-knee"), { sets: 20, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toMatchObject({ kind: "progress", setsToGo: 0, daysToGo: 2 });
    expect(result.state.level).toBe(1);
    expect(result.state.repsStep).toBe(1);
  });

  it("steps up within a level and resets the counters", () => {
    const result = applySets(almostThere(1, 1), { sets: 1, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toEqual({
      kind: "stepped-up",
      from: { level: 1, repsStep: 1, reps: 5 },
      to: { level: 1, repsStep: 2, reps: 8 },
      newLevel: false,
      reachedTop: false,
    });
    expect(result.state).toEqual({ ...initialProgression("flexed-knee"), level: 1, repsStep: 2 });
  });

  it("does not step up when the last set lands on a day already counted", () => {
    const state = almostThere(1, 1);
    const result = applySets(state, { sets: 1, localDate: state.practiceDays[0] as string, now: T0 });
    expect(result.outcome).toMatchObject({ kind: "progress", setsToGo: 0, daysToGo: 1 });
  });

  it("steps up to the next level's first reps step after a level's last step", () => {
    const result = applySets(almostThere(2, 3), { sets: 1, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toMatchObject({
      kind: "stepped-up",
      from: { level: 2, repsStep: 3 },
      to: { level: 3, repsStep: 1, reps: 5 },
      newLevel: true,
    });
    expect(result.state).toMatchObject({ level: 3, repsStep: 1, painFreeSets: 0, practiceDays: [] });
  });

  it("steps up once at most, however many sets are logged", () => {
    const result = applySets(almostThere(1, 1), { sets: 50, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toMatchObject({ kind: "stepped-up", to: { level: 1, repsStep: 2 } });
    expect(result.state.painFreeSets).toBe(0);
  });

  it("reaches the top and stays there", () => {
    const reach = applySets(almostThere(4, 2), { sets: 1, localDate: NEW_DAY, now: T0 });
    expect(reach.outcome).toMatchObject({
      kind: "stepped-up",
      to: { level: 4, repsStep: 3 },
      reachedTop: true,
    });
    let state = reach.state;
    for (let day = 0; day < 30; day++) {
      const date = `2026-04-${String(day + 1).padStart(2, "0")}`;
      const result = applySets(state, { sets: 3, localDate: date, now: at(24 * (day + 31)) });
      expect(result.outcome).toEqual({ kind: "top", at: { level: 4, repsStep: 3, reps: 10 } });
      state = result.state;
    }
    expect(state).toMatchObject({ level: 4, repsStep: 3, painFreeSets: 90 });
    expect(state.practiceDays.length).toBeLessThanOrEqual(STEP_UP_REQUIREMENTS[4].days);
  });

  it("an active hold blocks the step up but still counts the sets", () => {
    const holdUntil = at(48);
    const result = applySets(almostThere(1, 2, { holdUntil }), { sets: 1, localDate: NEW_DAY, now: at(47) });
    expect(result.outcome).toEqual({
      kind: "held",
      at: { level: 1, repsStep: 2, reps: 8 },
      until: holdUntil,
      setsToGo: 0,
      daysToGo: 0,
    });
    expect(result.state).toMatchObject({ level: 1, repsStep: 2, painFreeSets: 6, holdUntil });
  });

  it("the hold ends at holdUntil: the next set then steps up and clears it", () => {
    const holdUntil = at(48);
    const held = applySets(almostThere(1, 2, { holdUntil }), { sets: 1, localDate: NEW_DAY, now: at(1) });
    expect(held.outcome.kind).toBe("held");
    const after = applySets(held.state, { sets: 1, localDate: "2026-03-04", now: holdUntil });
    expect(after.outcome).toMatchObject({ kind: "stepped-up", to: { level: 1, repsStep: 3 } });
    expect(after.state.holdUntil).toBeNull();
  });

  it("an expired hold does not block", () => {
    const result = applySets(almostThere(3, 1, { holdUntil: at(-1) }), {
      sets: 1,
      localDate: NEW_DAY,
      now: T0,
    });
    expect(result.outcome.kind).toBe("stepped-up");
  });

  it("rejects bad input", () => {
    const state = initialProgression("flexed-knee");
    expect(() => applySets(state, { sets: 0, localDate: NEW_DAY, now: T0 })).toThrow(RangeError);
    expect(() => applySets(state, { sets: 1.5, localDate: NEW_DAY, now: T0 })).toThrow(RangeError);
    expect(() => applySets(state, { sets: 1, localDate: "2026-02-30", now: T0 })).toThrow(RangeError);
    expect(() => applySets(state, { sets: 1, localDate: "2026-3-2", now: T0 })).toThrow(RangeError);
  });
});

describe("toGo", () => {
  it("counts the sets and days still missing at a step, never below zero", () => {
    expect(toGo(initialProgression("flexed-knee"))).toEqual({ setsToGo: 6, daysToGo: 3 });
    expect(toGo(almostThere(3, 1))).toEqual({ setsToGo: 1, daysToGo: 1 });
    const overDone = stateAt(1, 1, { painFreeSets: 40, practiceDays: ["2026-03-01", "2026-03-02"] });
    expect(toGo(overDone)).toEqual({ setsToGo: 0, daysToGo: 1 });
  });
});

describe("isFirstDayAtNewLevel", () => {
  const up = { fromLevel: 1, toLevel: 2, firstPracticeAfter: null };

  it("is the first step of a level above 1, right after a move up a whole level", () => {
    expect(isFirstDayAtNewLevel({ level: 2, repsStep: 1 }, up, NEW_DAY)).toBe(true);
    expect(
      isFirstDayAtNewLevel({ level: 2, repsStep: 1 }, { ...up, firstPracticeAfter: NEW_DAY }, NEW_DAY),
    ).toBe(true);
  });

  it("is over once a set was logged at the level on an earlier local day", () => {
    const practised = { ...up, firstPracticeAfter: "2026-03-01" };
    expect(isFirstDayAtNewLevel({ level: 2, repsStep: 1 }, practised, NEW_DAY)).toBe(false);
  });

  it("needs a move up a whole level as the latest change", () => {
    const position = { level: 2, repsStep: 1 } as const;
    expect(isFirstDayAtNewLevel(position, null, NEW_DAY)).toBe(false);
    expect(isFirstDayAtNewLevel(position, { ...up, fromLevel: 3, toLevel: 2 }, NEW_DAY)).toBe(false);
    expect(isFirstDayAtNewLevel(position, { ...up, fromLevel: 2, toLevel: 2 }, NEW_DAY)).toBe(false);
  });

  it("never holds at level 1 or past a level's first reps step", () => {
    expect(mayStartNewLevel({ level: 1, repsStep: 1 })).toBe(false);
    expect(mayStartNewLevel({ level: 3, repsStep: 2 })).toBe(false);
    expect(mayStartNewLevel({ level: 3, repsStep: 1 })).toBe(true);
    expect(isFirstDayAtNewLevel({ level: 1, repsStep: 1 }, up, NEW_DAY)).toBe(false);
    expect(isFirstDayAtNewLevel({ level: 2, repsStep: 2 }, up, NEW_DAY)).toBe(false);
  });
});

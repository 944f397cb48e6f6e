import { describe, expect, it } from "vitest";
import { applyBackOff } from "../../src/domain/back-off.rules.js";
import { LEVELS } from "../../src/domain/drills.rules.js";
import { addDays } from "../../src/domain/local-time.rules.js";
import { initialProgression } from "../../src/domain/progression.rules.js";
import {
  applySets,
  isFirstDayAtNewLevel,
  mayStartNewLevel,
  STEP_UP_COUNTING,
  toGo,
} from "../../src/domain/step-up.rules.js";
import {
  almostThere,
  at,
  NEW_DAY,
  practiceOf,
  STEP_UP_REQUIREMENTS,
  stateAt,
  T0,
} from "../support/progression.js";

describe("requirement table", () => {
  it("asks for several days and at least one set per day at every level, never easier higher up", () => {
    let previous = { sets: 0, days: 0 };
    for (const level of LEVELS) {
      // What a member at the first step of the level has still to do is the whole requirement.
      const { setsToGo, daysToGo } = toGo(stateAt(level, 1), NEW_DAY);
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

describe("counting table", () => {
  it("never counts sets during a hold, counts two weeks back, and at most a few sets a day", () => {
    expect(STEP_UP_COUNTING.countDuringHold).toBe(false);
    expect(STEP_UP_COUNTING.windowDays).toBe(14);
    expect(STEP_UP_COUNTING.maxSetsPerDay).toBe(3);
    // Every step stays reachable inside the window, with the daily cap.
    for (const level of LEVELS) {
      const need = STEP_UP_REQUIREMENTS[level];
      expect(need.days).toBeLessThanOrEqual(STEP_UP_COUNTING.windowDays);
      expect(need.sets).toBeLessThanOrEqual(need.days * STEP_UP_COUNTING.maxSetsPerDay);
    }
  });
});

describe("applySets transitions", () => {
  it("progress: counts sets per local date", () => {
    const first = applySets(initialProgression("straight-leg"), { sets: 2, localDate: NEW_DAY, now: T0 });
    expect(first.state).toMatchObject({ level: 1, repsStep: 1, practice: [{ date: NEW_DAY, sets: 2 }] });
    expect(first.outcome).toEqual({
      kind: "progress",
      at: { level: 1, repsStep: 1, reps: 5 },
      uncounted: 0,
      setsToGo: 4,
      daysToGo: 2,
    });
    const sameDay = applySets(first.state, { sets: 1, localDate: NEW_DAY, now: at(3) });
    expect(sameDay.state.practice).toEqual([{ date: NEW_DAY, sets: 3 }]);
    expect(sameDay.outcome).toMatchObject({ kind: "progress", setsToGo: 3, daysToGo: 2 });
    const earlierDay = applySets(sameDay.state, { sets: 1, localDate: "2026-03-01", now: at(4) });
    expect(earlierDay.state.practice).toEqual([
      { date: "2026-03-01", sets: 1 },
      { date: NEW_DAY, sets: 3 },
    ]);
  });

  it("many sets in one day count as three, and do not step up: the days are still missing", () => {
    const result = applySets(initialProgression("flexed-knee"), { sets: 20, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toMatchObject({ kind: "progress", uncounted: 17, setsToGo: 3, daysToGo: 2 });
    expect(result.state.practice).toEqual([{ date: NEW_DAY, sets: 3 }]);
    const more = applySets(result.state, { sets: 2, localDate: NEW_DAY, now: at(2) });
    expect(more.outcome).toMatchObject({ kind: "progress", uncounted: 2, setsToGo: 3 });
    expect(more.state.level).toBe(1);
    expect(more.state.repsStep).toBe(1);
  });

  it("counts only the last 14 local days", () => {
    const old = stateAt(1, 1, {
      practice: [
        { date: "2026-02-10", sets: 3 },
        { date: "2026-02-17", sets: 3 },
        { date: "2026-03-01", sets: 2 },
      ],
    });
    // 2026-02-10 is long gone; 2026-02-17 is the window's first day on NEW_DAY, and gone the day after.
    expect(toGo(old, NEW_DAY)).toEqual({ setsToGo: 1, daysToGo: 1 });
    expect(toGo(old, "2026-03-03")).toEqual({ setsToGo: 4, daysToGo: 2 });
    const result = applySets(old, { sets: 1, localDate: "2026-03-03", now: at(48) });
    expect(result.outcome).toMatchObject({ kind: "progress", setsToGo: 3, daysToGo: 1 });
    expect(result.state.practice.map((day) => day.date)).toEqual(["2026-03-01", "2026-03-03"]);
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
    const day = state.practice.find((entry) => entry.sets < 3)?.date as string;
    const result = applySets(state, { sets: 1, localDate: day, now: T0 });
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
    expect(result.state).toMatchObject({ level: 3, repsStep: 1, practice: [] });
  });

  it("steps up once at most, however many sets are logged", () => {
    const result = applySets(almostThere(1, 1), { sets: 50, localDate: NEW_DAY, now: T0 });
    expect(result.outcome).toMatchObject({ kind: "stepped-up", to: { level: 1, repsStep: 2 } });
    expect(result.state.practice).toEqual([]);
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
    expect(state).toMatchObject({ level: 4, repsStep: 3 });
    expect(state.practice.length).toBeLessThanOrEqual(STEP_UP_COUNTING.windowDays);
  });

  it("sets logged during a hold are not counted", () => {
    const holdUntil = at(48);
    const before = almostThere(1, 2, { practice: [], holdUntil });
    const result = applySets(before, { sets: 2, localDate: NEW_DAY, now: at(47) });
    expect(result.outcome).toEqual({
      kind: "held",
      at: { level: 1, repsStep: 2, reps: 8 },
      until: holdUntil,
      setsToGo: 6,
      daysToGo: 3,
    });
    expect(result.state).toBe(before);
  });

  it("a hold cannot be climbed through: after it, counting starts from nothing", () => {
    const { state: held } = applyBackOff(almostThere(1, 2), { kind: "hold", hours: 48 }, T0);
    let state = held;
    for (let day = 0; day < 2; day++) {
      const during = applySets(state, { sets: 3, localDate: addDays(NEW_DAY, day), now: at(24 * day + 1) });
      expect(during.outcome.kind).toBe("held");
      state = during.state;
    }
    const first = applySets(state, { sets: 3, localDate: addDays(NEW_DAY, 2), now: at(48) });
    expect(first.outcome).toMatchObject({ kind: "progress", setsToGo: 3, daysToGo: 2 });
    expect(first.state.holdUntil).toEqual(at(48));
  });

  it("an expired hold does not block, and the step up clears it", () => {
    const result = applySets(almostThere(3, 1, { holdUntil: at(-1) }), {
      sets: 1,
      localDate: NEW_DAY,
      now: T0,
    });
    expect(result.outcome.kind).toBe("stepped-up");
    expect(result.state.holdUntil).toBeNull();
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
    expect(toGo(initialProgression("flexed-knee"), NEW_DAY)).toEqual({ setsToGo: 6, daysToGo: 3 });
    expect(toGo(almostThere(3, 1), NEW_DAY)).toEqual({ setsToGo: 1, daysToGo: 1 });
    const overDone = stateAt(1, 1, { practice: practiceOf(2, 6) });
    expect(toGo(overDone, NEW_DAY)).toEqual({ setsToGo: 0, daysToGo: 1 });
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

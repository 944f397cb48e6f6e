import { describe, expect, it } from "vitest";
import { type Drill, LEVELS, type Level, type RepsStep } from "../../src/domain/drills.rules.js";
import { wallTimeToInstant } from "../../src/domain/local-time.rules.js";
import { runReminderContent } from "../../src/domain/run-plan.rules.js";
import { reminderReplacedBy, warmupRoutine } from "../../src/domain/run-warmup.rules.js";
import { TERRAINS } from "../../src/domain/runs.rules.js";

const at = (level: Level, repsStep: RepsStep, straightLevel: Level = level) =>
  new Map<Drill, { level: Level; repsStep: RepsStep }>([
    ["flexed-knee", { level, repsStep }],
    ["straight-leg", { level: straightLevel, repsStep }],
  ]);

const order = (terrain: (typeof TERRAINS)[number]) =>
  warmupRoutine(terrain, at(1, 1)).steps.map((step) => `${step.drill} ${step.plane}`);

describe("the warm-up routine per level and terrain", () => {
  it("road: each matrix through its three planes, as in practice", () => {
    expect(order("road")).toEqual([
      "flexed-knee forward",
      "flexed-knee tilt",
      "flexed-knee rotation",
      "straight-leg forward",
      "straight-leg tilt",
      "straight-leg rotation",
    ]);
    expect(warmupRoutine("road", at(1, 1)).forwardFirst).toBe(false);
  });

  it("trail and downhill: the forward plane of both matrices first, flexed-knee leading", () => {
    for (const terrain of ["trail", "downhill"] as const) {
      expect(warmupRoutine(terrain, at(1, 1)).forwardFirst).toBe(true);
      expect(order(terrain)).toEqual([
        "flexed-knee forward",
        "straight-leg forward",
        "flexed-knee tilt",
        "flexed-knee rotation",
        "straight-leg tilt",
        "straight-leg rotation",
      ]);
    }
  });

  it("one set of each matrix at the member's own level and reps, whatever the terrain", () => {
    for (const terrain of TERRAINS) {
      for (const level of LEVELS) {
        for (const [repsStep, reps] of [
          [1, 5],
          [2, 8],
          [3, 10],
        ] as const) {
          const routine = warmupRoutine(terrain, at(level, repsStep, 1));
          expect(routine.steps).toHaveLength(6);
          for (const step of routine.steps) {
            expect(step.level).toBe(step.drill === "flexed-knee" ? level : 1);
            expect(step.reps).toBe(reps);
          }
        }
      }
    }
  });

  it("a newcomer (nothing stored) warms up at level 1, 5 reps", () => {
    const routine = warmupRoutine("road", new Map());
    expect(routine.steps.every((step) => step.level === 1 && step.reps === 5)).toBe(true);
  });

  it("takes about 2½ minutes at 5 reps and about 4½ at 10 (slow reps, both legs)", () => {
    expect(warmupRoutine("road", at(1, 1)).seconds).toBe(140);
    expect(warmupRoutine("downhill", at(1, 1)).seconds).toBe(160);
    expect(warmupRoutine("road", at(4, 3)).seconds).toBe(260);
  });

  it("the stiffer ankle's extra set adds every step once more on one leg, the steps unchanged", () => {
    for (const terrain of TERRAINS) {
      for (const level of LEVELS) {
        const plain = warmupRoutine(terrain, at(level, 2));
        const extra = warmupRoutine(terrain, at(level, 2), true);
        expect(extra.steps).toEqual(plain.steps);
        // 6 steps x 8 reps x 2 s on the one leg.
        expect(extra.seconds - plain.seconds).toBe(96);
      }
    }
  });

  it("names each matrix once, in the DM's order, at the level and reps its steps use", () => {
    for (const terrain of TERRAINS) {
      const routine = warmupRoutine(terrain, at(3, 2, 1));
      expect(routine.matrices).toEqual([
        { drill: "flexed-knee", level: 3, reps: 8 },
        { drill: "straight-leg", level: 1, reps: 8 },
      ]);
      for (const step of routine.steps) {
        expect(routine.matrices).toContainEqual({ drill: step.drill, level: step.level, reps: step.reps });
      }
    }
  });
});

describe("the warm-up's message content", () => {
  const envelope = {
    kind: "warmup" as const,
    reminderId: 7,
    nonce: "dorsi-r7-0",
    locale: null,
    terrain: "downhill" as const,
    startAt: new Date("2026-10-21T05:30:00Z"),
  };

  it("carries the stiffer side while one ankle is 1.5 cm or more behind, and its extra set's time", () => {
    const stiffer = { side: "left" as const, behindMm: 18 };
    const shaped = runReminderContent(envelope, at(1, 1), { stiffer, lastMeasuredOn: "2026-10-01" });
    const level = runReminderContent(envelope, at(1, 1), { stiffer: null, lastMeasuredOn: "2026-10-01" });
    const never = runReminderContent(envelope, at(1, 1));
    if (shaped.kind !== "warmup" || level.kind !== "warmup" || never.kind !== "warmup") throw new Error();
    expect(shaped.stiffer).toEqual(stiffer);
    expect(shaped.routine).toEqual(warmupRoutine("downhill", at(1, 1), true));
    expect(level).toEqual(never);
    expect(level).not.toHaveProperty("stiffer");
    expect(level.routine).toEqual(warmupRoutine("downhill", at(1, 1)));
  });
});

describe("the reminder a warm-up replaces", () => {
  const zone = "Europe/Paris";
  const local = (date: string, hhmm: string) => {
    const [h, m] = hhmm.split(":").map(Number);
    return wallTimeToInstant(date, (h ?? 0) * 60 + (m ?? 0), zone);
  };
  const reminders = (date: string, ...times: string[]) =>
    times.map((time, slot) => ({ slot, dueAt: local(date, time) }));

  it("is the nearest ordinary reminder that day within 90 minutes", () => {
    const day = reminders("2027-06-09", "06:00", "07:00", "12:00");
    expect(reminderReplacedBy(local("2027-06-09", "06:40"), day, zone)?.slot).toBe(1);
    expect(reminderReplacedBy(local("2027-06-09", "06:10"), day, zone)?.slot).toBe(0);
  });

  it("the earlier of two equally near ones", () => {
    const day = reminders("2027-06-09", "06:00", "07:00");
    expect(reminderReplacedBy(local("2027-06-09", "06:30"), day, zone)?.slot).toBe(0);
  });

  it("none further than 90 minutes, nor on another local day", () => {
    expect(
      reminderReplacedBy(local("2027-06-09", "06:10"), reminders("2027-06-09", "07:41"), zone),
    ).toBeNull();
    expect(
      reminderReplacedBy(local("2027-06-09", "06:10"), reminders("2027-06-09", "07:40"), zone)?.slot,
    ).toBe(0);
    // 23:50 and 00:30 are 40 minutes apart but on two days.
    expect(
      reminderReplacedBy(local("2027-06-09", "23:50"), reminders("2027-06-10", "00:30"), zone),
    ).toBeNull();
  });
});

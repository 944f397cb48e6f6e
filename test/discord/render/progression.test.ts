import { describe, expect, it } from "vitest";
import type { LogSetsResult } from "../../../src/app/log-sets.usecases.js";
import { renderLogReply } from "../../../src/discord/render/log.render.js";
import {
  describeBackOffOutcome,
  describeProgress,
  describeSetsOutcome,
} from "../../../src/discord/render/progression.render.js";
import { applyBackOff } from "../../../src/domain/back-off.rules.js";
import { initialProgression, type ProgressionState, spotOf } from "../../../src/domain/progression.rules.js";
import { applySets, type SetsOutcome } from "../../../src/domain/step-up.rules.js";
import { translator } from "../../../src/i18n/i18n.js";
import { almostThere, at, NEW_DAY, practiceOf, stateAt, T0 } from "../../support/progression.js";

const en = translator("en-US");
const de = translator("de");

/** Discord's own timestamp: each reader sees it in their language and time zone. */
const stamp = (instant: Date) => `<t:${instant.getTime() / 1000}:f>`;

const logged = (state: ProgressionState, sets: number, now = T0) =>
  applySets(state, { sets, localDate: NEW_DAY, now }).outcome;

describe("describeSetsOutcome", () => {
  it("says what is left, with one set and several sets in their own forms", () => {
    const two = logged(initialProgression("flexed-knee"), 2);
    expect(describeSetsOutcome("flexed-knee", two, en)).toBe(
      "Flexed-knee matrix, level 1 at 5 reps: 4 more pain-free sets over 2 more days to step up.",
    );
    expect(describeSetsOutcome("flexed-knee", two, de)).toBe(
      "Matrix mit gebeugtem Knie, Stufe 1 mit 5 Wiederholungen: noch 4 schmerzfreie Sätze an 2 weiteren Tagen, dann geht's einen Schritt weiter.",
    );
    const oneSetLeft: SetsOutcome = {
      kind: "progress",
      at: spotOf({ level: 1, repsStep: 1 }),
      uncounted: 0,
      setsToGo: 1,
      daysToGo: 0,
    };
    expect(describeSetsOutcome("flexed-knee", oneSetLeft, en)).toBe(
      "Flexed-knee matrix, level 1 at 5 reps: 1 more pain-free set to step up.",
    );
    expect(describeSetsOutcome("flexed-knee", oneSetLeft, de)).toContain(
      ": noch ein schmerzfreier Satz, dann",
    );
    const daysOnly = logged(stateAt(1, 1, { practice: practiceOf(1, 3) }), 3);
    expect(describeSetsOutcome("straight-leg", daysOnly, en)).toBe(
      "Straight-leg matrix, level 1 at 5 reps: practice on 1 more day to step up.",
    );
    expect(describeSetsOutcome("straight-leg", daysOnly, de)).toContain(": noch an einem weiteren Tag üben");
  });

  it("says when sets past the day's cap did not count", () => {
    const bunched = logged(initialProgression("straight-leg"), 20);
    expect(describeSetsOutcome("straight-leg", bunched, en)).toBe(
      "Straight-leg matrix, level 1 at 5 reps: 3 more pain-free sets over 2 more days to step up. Only 3 sets a day count toward a step up: little and often beats one long session.",
    );
    expect(describeSetsOutcome("straight-leg", bunched, de)).toMatch(
      / Pro Tag zählen höchstens 3 Sätze für den nächsten Schritt: lieber kurz und oft als eine lange Einheit\.$/,
    );
  });

  it("celebrates a step up and a new level", () => {
    const step = logged(almostThere(1, 1), 1);
    expect(describeSetsOutcome("flexed-knee", step, en)).toBe(
      "Step up! Flexed-knee matrix: 8 reps each way now (was 5), still level 1.",
    );
    expect(describeSetsOutcome("flexed-knee", step, de)).toBe(
      "Schritt geschafft! Matrix mit gebeugtem Knie: jetzt 8 Wiederholungen pro Richtung (vorher 5), weiter auf Stufe 1.",
    );
    const level = { ...almostThere(1, 3), drill: "straight-leg" as const };
    expect(describeSetsOutcome("straight-leg", logged(level, 1), en)).toBe(
      "New level! Straight-leg matrix: Level 2 · wall lean, 5 reps each way. Check /drills for the set-up.",
    );
    expect(describeSetsOutcome("straight-leg", logged(level, 1), de)).toMatch(
      /^Neue Stufe! Matrix mit gestrecktem Bein: Stufe 2 · an die Wand gelehnt, 5 Wiederholungen pro Richtung\./,
    );
  });

  it("names the top of the ladder", () => {
    const reached = logged(almostThere(4, 2), 1);
    expect(describeSetsOutcome("flexed-knee", reached, en)).toMatch(/That's the top of the ladder\.$/);
    expect(describeSetsOutcome("flexed-knee", reached, de)).toMatch(/ganz oben auf der Leiter\.$/);
    const top = { kind: "top", at: spotOf({ level: 4, repsStep: 3 }) } as const;
    expect(describeSetsOutcome("flexed-knee", top, en)).toMatch(
      /^Flexed-knee matrix: top of the ladder \(level 4 at 10 reps\)/,
    );
    expect(describeSetsOutcome("flexed-knee", top, de)).toMatch(
      /^Matrix mit gebeugtem Knie: ganz oben auf der Leiter \(Stufe 4 mit 10 Wiederholungen\)/,
    );
  });

  it("explains a hold with a Discord timestamp, and that sets until then do not count", () => {
    const held = logged(stateAt(1, 2, { holdUntil: at(48) }), 1);
    expect(describeSetsOutcome("flexed-knee", held, en)).toBe(
      `Flexed-knee matrix, level 1 at 8 reps: on hold until ${stamp(at(48))} after your pain report, so sets until then don't count toward a step up. After that, 6 more pain-free sets over 3 more days to step up.`,
    );
    expect(describeSetsOutcome("flexed-knee", held, de)).toContain(
      `Nach deiner Schmerzmeldung bleibst du hier bis ${stamp(at(48))}, und Sätze bis dahin zählen nicht für den nächsten Schritt.`,
    );
  });
});

describe("describeBackOffOutcome", () => {
  const state = stateAt(2, 2);

  it("says what a pain report changed, in English and German", () => {
    const none = applyBackOff(state, { kind: "none" }, T0).outcome;
    expect(describeBackOffOutcome("flexed-knee", none, en)).toBe(
      "Flexed-knee matrix: no change, still level 2 at 8 reps.",
    );
    expect(describeBackOffOutcome("flexed-knee", none, de)).toBe(
      "Matrix mit gebeugtem Knie: keine Änderung, weiter auf Stufe 2 mit 8 Wiederholungen.",
    );
    const hold = applyBackOff(state, { kind: "hold", hours: 48 }, T0).outcome;
    expect(describeBackOffOutcome("flexed-knee", hold, en)).toBe(
      `Flexed-knee matrix: stays at level 2 at 8 reps and counting starts again, with no step up before ${stamp(at(48))}.`,
    );
    expect(describeBackOffOutcome("flexed-knee", hold, de)).toContain(
      `kein Schritt nach oben vor ${stamp(at(48))}`,
    );
  });

  it("names the real end of a longer hold that was already running, never a shorter one", () => {
    const held = stateAt(2, 2, { holdUntil: at(7 * 24) });
    const hold = applyBackOff(held, { kind: "hold", hours: 48 }, T0).outcome;
    expect(describeBackOffOutcome("flexed-knee", hold, en)).toBe(
      `Flexed-knee matrix: stays at level 2 at 8 reps and counting starts again; your earlier hold still runs until ${stamp(at(7 * 24))}.`,
    );
    const down = applyBackOff(held, { kind: "step-down", hours: 72 }, T0).outcome;
    expect(describeBackOffOutcome("flexed-knee", down, en)).toContain(
      `no step up before ${stamp(at(7 * 24))}.`,
    );
  });

  it("tells a move down apart from a restart in place", () => {
    const down = applyBackOff(state, { kind: "step-down", hours: 72 }, T0).outcome;
    expect(describeBackOffOutcome("flexed-knee", down, en)).toBe(
      `Flexed-knee matrix: down to level 1 at 5 reps (from level 2 at 8 reps), with no step up before ${stamp(at(72))}.`,
    );
    expect(describeBackOffOutcome("flexed-knee", down, de)).toMatch(
      /^Matrix mit gebeugtem Knie: zurück auf Stufe 1 mit 5 Wiederholungen \(vorher Stufe 2 mit 8 Wiederholungen\)/,
    );
    const reset = applyBackOff(initialProgression("flexed-knee"), { kind: "reset", hours: 1 }, T0).outcome;
    expect(describeBackOffOutcome("flexed-knee", reset, en)).toBe(
      `Flexed-knee matrix: stays at level 1 at 5 reps, as gentle as it gets, and counting starts again, with no step up before ${stamp(at(1))}.`,
    );
    expect(describeBackOffOutcome("flexed-knee", reset, de)).toContain("die Zählung beginnt von vorn");
  });

  it("a matrix already at level 1 is said to stay at level 1, with only its reps back", () => {
    const repsDown = applyBackOff(stateAt(1, 3), { kind: "step-down", hours: 72 }, T0).outcome;
    expect(describeBackOffOutcome("straight-leg", repsDown, en)).toBe(
      `Straight-leg matrix: stays at level 1 with the reps back to 5, and no step up before ${stamp(at(72))}.`,
    );
    expect(describeBackOffOutcome("straight-leg", repsDown, de)).toBe(
      `Matrix mit gestrecktem Bein: Du bleibst auf Stufe 1, die Wiederholungen gehen zurück auf 5, kein Schritt nach oben vor ${stamp(at(72))}.`,
    );
  });
});

describe("describeProgress", () => {
  it("says where a member stands, in English and German", () => {
    expect(describeProgress(initialProgression("flexed-knee"), T0, NEW_DAY, en)).toBe(
      "Level 1 · half-kneeling, 5 reps: 6 more pain-free sets over 3 more days to step up.",
    );
    expect(describeProgress(initialProgression("flexed-knee"), T0, NEW_DAY, de)).toBe(
      "Stufe 1 · Halbkniestand, 5 Wiederholungen: noch 6 schmerzfreie Sätze an 3 weiteren Tagen, dann geht's einen Schritt weiter.",
    );
    expect(describeProgress(stateAt(4, 3), T0, NEW_DAY, en)).toBe(
      "Level 4 · weighted, no hands, 10 reps: top of the ladder.",
    );
    expect(describeProgress(stateAt(4, 3), T0, NEW_DAY, de)).toBe(
      "Stufe 4 · mit Gewicht, ohne Halt, 10 Wiederholungen: ganz oben auf der Leiter.",
    );
  });

  it("mentions an active hold and a step that is ready", () => {
    const ready = stateAt(1, 1, { practice: practiceOf(3, 6) });
    expect(describeProgress(ready, T0, NEW_DAY, en)).toBe(
      "Level 1 · half-kneeling, 5 reps: your next set steps you up.",
    );
    const held = stateAt(1, 1, { holdUntil: at(2) });
    expect(describeProgress(held, T0, NEW_DAY, en)).toBe(
      `Level 1 · half-kneeling, 5 reps: 6 more pain-free sets over 3 more days to step up, and on hold until ${stamp(at(2))}.`,
    );
    expect(describeProgress(held, T0, NEW_DAY, de)).toContain(`; bis ${stamp(at(2))} bleibst du aber hier.`);
    // A hold that has ended is not mentioned.
    expect(describeProgress({ ...ready, holdUntil: at(-1) }, T0, NEW_DAY, de)).toBe(
      "Stufe 1 · Halbkniestand, 5 Wiederholungen: Dein nächster Satz bringt dich einen Schritt weiter.",
    );
  });

  it("counts only the last two weeks of practice", () => {
    const ready = stateAt(1, 1, { practice: practiceOf(3, 6) });
    expect(describeProgress(ready, T0, "2026-03-20", en)).toBe(
      "Level 1 · half-kneeling, 5 reps: 6 more pain-free sets over 3 more days to step up.",
    );
  });
});

describe("renderLogReply", () => {
  const result = (sets: number, recorded = true): LogSetsResult => ({
    sets,
    recorded,
    logged: [
      { drill: "flexed-knee", outcome: recorded ? logged(initialProgression("flexed-knee"), sets) : null },
      { drill: "straight-leg", outcome: recorded ? logged(initialProgression("straight-leg"), sets) : null },
    ],
    weekSetsByDrill: new Map([
      ["flexed-knee", sets],
      ["straight-leg", sets + 1],
    ]),
  });

  it("counts one set and several sets in each language's words", () => {
    expect(renderLogReply(result(1), en).content.split("\n")).toEqual([
      "Logged 1 set: Flexed-knee matrix and Straight-leg matrix.",
      "Flexed-knee matrix, level 1 at 5 reps: 5 more pain-free sets over 2 more days to step up.",
      "Straight-leg matrix, level 1 at 5 reps: 5 more pain-free sets over 2 more days to step up.",
      "This week: Flexed-knee matrix 1 · Straight-leg matrix 2",
    ]);
    expect(renderLogReply(result(2), en).content).toMatch(/^Logged 2 sets: /);
    const german = renderLogReply(result(1), de).content.split("\n");
    expect(german[0]).toBe("1 Satz eingetragen: Matrix mit gebeugtem Knie und Matrix mit gestrecktem Bein.");
    expect(german.at(-1)).toBe("Diese Woche: Matrix mit gebeugtem Knie 1 · Matrix mit gestrecktem Bein 2");
    expect(renderLogReply(result(2), de).content).toMatch(/^2 Sätze eingetragen: /);
  });

  it("says a retry added nothing twice", () => {
    expect(renderLogReply(result(2, false), en).content).toMatch(
      /^Already logged: 2 sets, Flexed-knee matrix and Straight-leg matrix\. Nothing was added twice\.\nThis week:/,
    );
    expect(renderLogReply(result(1, false), de).content).toMatch(/^Schon eingetragen: 1 Satz, /);
  });
});

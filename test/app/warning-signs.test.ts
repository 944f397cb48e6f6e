import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { UserError } from "../../src/app/errors.js";
import { resumeReminders } from "../../src/app/pause.usecases.js";
import { reportPain } from "../../src/app/report-pain.usecases.js";
import { answerWarningSigns } from "../../src/app/warning-signs.usecases.js";
import { members, painReports, pauses, progressions } from "../../src/db/schema.js";
import { LOCATIONS } from "../../src/domain/pain.rules.js";
import type { RawPainInput } from "../../src/domain/pain-input.rules.js";
import { isPaused } from "../../src/domain/pause.rules.js";
import { ASKED_SIGNS, WARNING_SIGN_TABLE } from "../../src/domain/warning-signs.rules.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-24T20:00:00Z");
const caller = { userId: "300000000000000003", displayName: "Cleo", guild: null };
const stranger = { userId: "300000000000000004", displayName: "Sam", guild: null };
const deps = () => createAppDeps(database.db, clock);
const DAY = 86_400_000;
let interaction = 0;

const pain = (raw: Partial<RawPainInput>) =>
  reportPain(deps(), {
    caller,
    raw: { severity: 0, location: "knee", ...raw },
    interactionId: `signs-${++interaction}`,
    source: "command",
  });

async function member() {
  const [row] = await database.db.select().from(members).where(eq(members.userId, caller.userId));
  if (!row) throw new Error("no member");
  return row;
}

async function storedSigns(reportId: number | null) {
  const [row] = await database.db
    .select()
    .from(painReports)
    .where(eq(painReports.id, reportId ?? 0));
  return row?.signs;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof UserError ? error.said.key : error),
  );

beforeEach(() => {
  clock.set("2026-11-24T20:00:00Z");
});

describe("a report with a warning sign", () => {
  it("urgent, even at severity 0: stored, reminders paused with no end (as /pause), plan at level 1", async () => {
    const result = await pain({ severity: 0, signs: "fever", drill: "flexed-knee" });
    expect(result.pause).toEqual({ until: null });
    expect(result.askSigns).toBe(false);
    expect(await storedSigns(result.reportId)).toEqual(["fever"]);
    const paused = await member();
    expect(paused.pausedAt?.toISOString()).toBe(clock.now().toISOString());
    expect(paused.pausedUntil).toBeNull();
    expect(isPaused(paused, new Date(clock.now().getTime() + 365 * DAY))).toBe(true);
    const [declared] = await database.db.select().from(pauses);
    expect(declared).toMatchObject({ endsAt: null, endedAt: null });
    const [plan] = await database.db.select().from(progressions);
    expect(plan?.holdUntil?.toISOString()).toBe(new Date(clock.now().getTime() + 7 * DAY).toISOString());
    // A morning check is still planned: it goes out only if they have been seen by then.
    expect(result.morningCheckAt).not.toBeNull();
  });

  it("urgent from the note alone, in another language, pauses too", async () => {
    const result = await pain({ severity: 3, note: "no puedo apoyar el pie" });
    expect(result.decision.signs.tier).toBe("urgent");
    expect(result.pause).toEqual({ until: null });
    expect(result.askSigns).toBe(false);
  });

  it("soon: no pause, the pause offered; from 3 without a sign it is asked once", async () => {
    const picked = await pain({ severity: 4, signs: "numbness" });
    expect(picked).toMatchObject({ pause: null, askSigns: false });
    expect(picked.decision.offerPause).toBe(true);
    const unasked = await pain({ severity: 4, note: "it's swollen" });
    expect(unasked.decision.signs.tier).toBe("soon");
    expect(unasked.askSigns).toBe(true);
    expect((await member()).pausedAt).toBeNull();
  });

  it.each([
    [2, undefined, false],
    [3, undefined, true],
    [9, undefined, true],
    [5, "none", false],
  ] as const)("severity %i with sign %s asks: %s", async (severity, signs, asks) => {
    const result = await pain({ severity, ...(signs ? { signs } : {}) });
    expect(result.askSigns).toBe(asks);
    expect(await storedSigns(result.reportId)).toEqual(signs === "none" ? [] : null);
  });

  it("an unknown sign is refused and nothing is stored", async () => {
    expect(await refusal(pain({ severity: 4, signs: "sore" }))).toBe("pain.problems.sign");
    expect(await database.db.select().from(painReports)).toHaveLength(0);
  });
});

describe("answering the warning-sign question", () => {
  it("none: stored, nothing else changes; a second answer is refused and changes nothing", async () => {
    const report = await pain({ severity: 4 });
    const before = await database.db.select().from(progressions);
    const answer = await answerWarningSigns(deps(), caller, report.reportId ?? 0, ["none"]);
    expect(answer).toEqual({ decision: null, changes: [], pause: null });
    expect(await storedSigns(report.reportId)).toEqual([]);
    expect(await database.db.select().from(progressions)).toEqual(before);
    const again = answerWarningSigns(deps(), caller, report.reportId ?? 0, ["fever"]);
    expect(await refusal(again)).toBe("signs.errors.answered");
    expect((await member()).pausedAt).toBeNull();
  });

  it("an urgent sign applies to the stored report: level 1, and reminders paused until seen", async () => {
    const report = await pain({ severity: 3, drill: "straight-leg" });
    clock.advance(60_000);
    const answer = await answerWarningSigns(deps(), caller, report.reportId ?? 0, ["night_pain", "calf"]);
    expect(answer.decision?.signs).toEqual({ signs: ["calf", "night_pain"], tier: "urgent" });
    expect(answer.pause).toEqual({ until: null });
    expect(answer.changes.map((change) => [change.drill, change.outcome.kind])).toEqual([
      ["straight-leg", "reset"],
    ]);
    expect(await storedSigns(report.reportId)).toEqual(["calf", "night_pain"]);
    expect((await member()).pausedUntil).toBeNull();
    expect(await resumeReminders(deps(), caller.userId)).toBe(true);
    expect(isPaused(await member(), clock.now())).toBe(false);
  });

  it("a sign no higher than the note's own changes nothing more", async () => {
    const report = await pain({ severity: 5, note: "tingling in the toes" });
    const answer = await answerWarningSigns(deps(), caller, report.reportId ?? 0, ["night_pain"]);
    expect(answer.decision).toBeNull();
    expect(await storedSigns(report.reportId)).toEqual(["night_pain"]);
  });

  it("someone else's report, a report that is gone, or an unknown value change nothing", async () => {
    const report = await pain({ severity: 6 });
    const id = report.reportId ?? 0;
    expect(await refusal(answerWarningSigns(deps(), stranger, id, ["fever"]))).toBe("signs.errors.stale");
    expect(await refusal(answerWarningSigns(deps(), caller, id + 100, ["fever"]))).toBe("signs.errors.stale");
    expect(await refusal(answerWarningSigns(deps(), caller, id, ["hot"]))).toBe("pain.problems.sign");
    expect(await storedSigns(id)).toBeNull();
    expect((await member()).pausedAt).toBeNull();
  });
});

describe("property", () => {
  const urgent = WARNING_SIGN_TABLE.filter((row) => row.tier === "urgent").map((row) => row.sign);

  it("an urgent sign never leaves reminders running: the result always carries a pause with no end", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom(...LOCATIONS),
        fc.constantFrom("flexed-knee", "straight-leg", "unknown"),
        fc.constantFrom(...urgent),
        fc.subarray([...ASKED_SIGNS], { maxLength: 1 }),
        async (severity, location, drill, sign, more) => {
          await resumeReminders(deps(), caller.userId);
          clock.advance(3_600_000);
          // The /pain option takes one sign; the form's menu several.
          const result = await pain({ severity, location, drill, signs: [sign, ...more] });
          expect(result.pause).toEqual({ until: null });
          expect(result.decision.offerPause).toBe(false);
          const now = await member();
          expect(isPaused(now, new Date(clock.now().getTime() + 100 * DAY))).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});

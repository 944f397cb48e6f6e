import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { UserError } from "../../src/app/errors.js";
import { logSets } from "../../src/app/log-sets.usecases.js";
import { answerMorningCheck } from "../../src/app/morning-answers.usecases.js";
import { planMorningCheck } from "../../src/app/morning-checks.usecases.js";
import { reportPain } from "../../src/app/report-pain.usecases.js";
import { setSchedule } from "../../src/app/set-schedule.usecases.js";
import { findMember } from "../../src/db/repos/members.repository.js";
import { painReports, progressions, reminders } from "../../src/db/schema.js";
import type { MorningBand } from "../../src/domain/morning-check.rules.js";
import type { RawPainInput } from "../../src/domain/pain-input.rules.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
// Tuesday 24 Nov 2026, 19:00 UTC: an evening report (no time zone set: UTC, checks at 08:00).
const clock = new ManualClock("2026-11-24T19:00:00Z");
const deps = () => createAppDeps(database.db, clock);
const fay = { userId: "300000000000000020", displayName: "Fay", guild: null };
let interaction = 0;

const pain = (raw: Partial<RawPainInput>) =>
  reportPain(deps(), {
    caller: fay,
    raw: { severity: 2, location: "knee", ...raw },
    interactionId: `pain-${++interaction}`,
    source: "command",
  });

const checks = () =>
  database.db
    .select()
    .from(reminders)
    .where(eq(reminders.kind, "morning-check"))
    .orderBy(asc(reminders.localDate));

/** The check /log plans after a first day at a new level of `drill`. */
async function planAfterNewLevel(drill: "flexed-knee" | "straight-leg") {
  const member = await findMember(database.db, fay.userId);
  if (!member) throw new Error("no member");
  await planMorningCheck(database.db, member, clock.now(), { painReportId: null, drill });
}

const reports = () => database.db.select().from(painReports).orderBy(asc(painReports.id));

/** Delivers the check of `localDate` (as the delivery job would) and answers it at its time. */
async function answer(localDate: string, band: MorningBand) {
  const [check] = await database.db
    .select()
    .from(reminders)
    .where(and(eq(reminders.kind, "morning-check"), eq(reminders.localDate, localDate)));
  if (!check) throw new Error(`no morning check on ${localDate}`);
  await database.db.update(reminders).set({ state: "sent" }).where(eq(reminders.id, check.id));
  clock.set(new Date(check.dueAt.getTime() + 5 * 60_000));
  return answerMorningCheck(deps(), fay, check.id, band, `morning-${++interaction}`);
}

beforeEach(() => {
  clock.set("2026-11-24T19:00:00Z");
});

describe("an episode and its morning checks", () => {
  it("a report is asked about each morning of its week; follow-ups at the same place join it", async () => {
    const first = await pain({ severity: 3, side: "left", drill: "flexed-knee" });
    expect(first.morningCheckAt?.toISOString()).toBe("2026-11-25T08:00:00.000Z");
    const planned = await checks();
    expect(planned.map((check) => check.localDate)).toEqual([
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
    ]);
    const [opener] = await reports();
    expect(opener).toMatchObject({ side: "left", episodeId: null });
    expect(new Set(planned.map((check) => check.painReportId))).toEqual(new Set([opener?.id]));

    clock.advance(2 * 3_600_000);
    await pain({ severity: 3 });
    await pain({ severity: 3, side: "right" });
    await pain({ severity: 3, location: "ankle" });
    const [, followUp, otherSide, ankle] = await reports();
    expect(followUp?.episodeId).toBe(opener?.id);
    expect(otherSide?.episodeId).toBeNull();
    expect(ankle?.episodeId).toBeNull();
    // The latest episode reported takes the mornings; one check per morning.
    expect((await checks()).map((check) => check.painReportId)).toEqual(Array(7).fill(ankle?.id));
  });

  it("answers are follow-ups with their real severity: 6-7 at 6, 8-10 at 8, which escalates", async () => {
    await pain({ severity: 5, location: "calf", side: "right" });
    const [opener] = await reports();
    const worse = await answer("2026-11-25", "6-7");
    expect(worse.result.outcome).toBe("worse");
    expect(worse.result.decision.escalation?.reasons).toEqual(["worse-overnight"]);
    expect(worse.nextCheckAt?.toISOString()).toBe("2026-11-26T08:00:00.000Z");
    const severe = await answer("2026-11-26", "8-10");
    expect(severe.result.decision.escalation?.reasons).toEqual(
      expect.arrayContaining(["severity-7-plus", "worse-overnight", "unsettled-two-mornings"]),
    );
    const [, sixSeven, eightTen] = await reports();
    for (const [row, severity] of [
      [sixSeven, 6],
      [eightTen, 8],
    ] as const) {
      expect(row).toMatchObject({
        severity,
        location: "calf",
        side: "right",
        context: "morning",
        source: "morning-check",
        episodeId: opener?.id,
      });
    }
    const [morning] = await database.db.select().from(reminders).where(eq(reminders.localDate, "2026-11-26"));
    expect(morning).toMatchObject({ outcome: "morning:8-10" });
  });

  it("worse backs off the episode's drill; settled ends the checks; the answer cannot be given twice", async () => {
    await pain({ severity: 2, drill: "flexed-knee" });
    const worse = await answer("2026-11-25", "3-5");
    expect(worse.changes.map((change) => [change.drill, change.outcome.kind])).toEqual([
      ["flexed-knee", "step-down"],
    ]);
    const [flexed] = await database.db
      .select()
      .from(progressions)
      .where(eq(progressions.drill, "flexed-knee"));
    expect(flexed?.holdUntil?.getTime()).toBeGreaterThan(clock.now().getTime());
    const settled = await answer("2026-11-26", "1-2");
    expect(settled.result.outcome).toBe("settled");
    expect(settled.nextCheckAt).toBeNull();
    expect((await checks()).map((check) => check.localDate)).toEqual(["2026-11-25", "2026-11-26"]);
    const [check] = await database.db.select().from(reminders).where(eq(reminders.localDate, "2026-11-26"));
    if (!check) throw new Error("no check");
    await expect(answerMorningCheck(deps(), fay, check.id, "none", "again")).rejects.toMatchObject({
      said: { key: "reminders.errors.alreadyAnswered", params: { outcome: "morning-1-2" } },
    });
  });

  it("two 3-5 mornings bring the physician advice; answers never count as new episodes", async () => {
    await pain({ severity: 4 });
    expect((await answer("2026-11-25", "3-5")).result.decision.escalation).toBeNull();
    const second = await answer("2026-11-26", "3-5");
    expect(second.result.decision.escalation?.reasons).toEqual(["unsettled-two-mornings"]);
    expect(second.result.decision.offerPause).toBe(true);
    expect(second.result.keepGoing).toBe(true);
    // Three painful reports so far, one episode: a new one elsewhere is the second, not the fourth.
    const elsewhere = await pain({ severity: 2, location: "hip" });
    expect(elsewhere.decision.escalation).toBeNull();
  });

  it("an episode with a warning sign in its note offers the pause without keep going", async () => {
    await pain({ severity: 5, note: "it's swollen and I can't bear weight" });
    const answered = await answer("2026-11-25", "8-10");
    expect(answered.result.decision.offerPause).toBe(true);
    expect(answered.result.keepGoing).toBe(false);
    clock.set("2026-12-20T19:00:00Z");
    await pain({ severity: 5, note: "tight after the hills" });
    const plain = await answer("2026-12-21", "8-10");
    expect(plain.result.keepGoing).toBe(true);
  });

  it("when an episode settles, the mornings pass to another still waiting", async () => {
    await pain({ severity: 3, location: "ankle" });
    clock.advance(3_600_000);
    await pain({ severity: 3, location: "calf" });
    const [ankle, calf] = await reports();
    expect(ankle && calf).toBeTruthy();
    await answer("2026-11-25", "none");
    expect((await checks()).slice(1).map((check) => check.painReportId)).toEqual(Array(6).fill(ankle?.id));
  });

  it("pain after a first day at a new level opens an episode, asked about from then on", async () => {
    // What /log plans on a first day at a new level (log-sets.test.ts reaches one).
    await logSets(deps(), {
      caller: fay,
      drill: "straight-leg",
      sets: 1,
      interactionId: "log",
      source: "command",
    });
    await planAfterNewLevel("straight-leg");
    const levelUp = (await checks()).find((check) => check.drill === "straight-leg");
    if (!levelUp) throw new Error("no check after the new level");
    const result = await answer(levelUp.localDate, "1-2");
    expect(result.result).toMatchObject({ outcome: "worse", episodeId: null, askAgain: true });
    const [opener] = await reports();
    expect(opener).toMatchObject({ severity: 1, location: "other", episodeId: null, drill: "straight-leg" });
    const after = (await checks()).filter((check) => check.localDate > levelUp.localDate);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((check) => check.painReportId === opener?.id)).toBe(true);
  });

  it("a check after a new level never takes the place of one after pain, and /schedule keeps them", async () => {
    await pain({ severity: 2 });
    await planAfterNewLevel("flexed-knee");
    await setSchedule(deps(), fay, { timezone: "UTC", start: "07:00", end: "21:00", perDay: 3 });
    const planned = await checks();
    expect(planned).toHaveLength(7);
    const [opener] = await reports();
    expect(planned.every((check) => check.painReportId === opener?.id)).toBe(true);
  });

  it("refuses a side it does not know, and records nothing", async () => {
    const attempt = pain({ severity: 3, side: "middle" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({
      said: { key: "pain.problems.side", params: { given: "middle" } },
    });
    expect(await reports()).toHaveLength(0);
  });
});

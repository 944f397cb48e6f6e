import { and, asc, eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, painReports, reminders } from "../../src/db/schema.js";
import type { RecordedMessage } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;

beforeAll(async () => {
  // Tuesday 24 Nov 2026, 19:00 UTC: an evening report (no time zone yet: UTC, checks at 08:00).
  h = await startHarness({ start: "2026-11-24T19:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

/** The next planned morning check: delivered at its time by the real job; its DM. */
async function nextMorningCheck(): Promise<{ id: number; dm: RecordedMessage }> {
  const [check] = await h.database.db
    .select()
    .from(reminders)
    .where(
      and(
        eq(reminders.kind, "morning-check"),
        eq(reminders.state, "planned"),
        gt(reminders.dueAt, h.clock.now()),
      ),
    )
    .orderBy(asc(reminders.dueAt))
    .limit(1);
  if (!check) throw new Error("no morning check planned");
  h.clock.set(check.dueAt);
  // Checks of an earlier episode left planned are long past by now: skipped, never sent.
  expect((await h.dorsi.jobs.deliverReminders()).sent).toBe(1);
  const dm = h.double.dmsTo(h.runner.id).at(-1);
  if (!dm) throw new Error("no DM");
  return { id: check.id, dm };
}

async function answerNext(band: string) {
  const { id, dm } = await nextMorningCheck();
  return { dm, answer: await h.click(dm, `morning:${id}:${band}`) };
}

const runnerReports = () =>
  h.database.db
    .select()
    .from(painReports)
    .where(eq(painReports.userId, h.runner.id))
    .orderBy(asc(painReports.id));

/** Three weeks later, 19:00 UTC: earlier episodes are out of the 14-day window. */
function threeWeeksLater() {
  const now = h.clock.now();
  h.clock.set(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 21, 19)));
}

describe("episodes and the repeated morning check", () => {
  it("/pain takes a side; the morning check offers the five real bands", async () => {
    const reply = await h.run("pain", { severity: 3, location: "knee", side: "left" });
    expect(reply.content).toContain("I'll check in by DM <t:");
    const [report] = await runnerReports();
    expect(report).toMatchObject({ severity: 3, location: "knee", side: "left", episodeId: null });
    const { dm } = await nextMorningCheck();
    expect(dm.content).toBe("Morning check: yesterday you reported 3/10 pain (knee). How does it feel now?");
    const labels = JSON.stringify(dm.components);
    for (const label of ["No pain", "1-2", "3-5", "6-7", "8-10"])
      expect(labels).toContain(`"label":"${label}"`);
  });

  it("two 3-5 mornings bring the physician advice with a working Pause button beside Keep going", async () => {
    const first = await h.click(
      h.double.dmsTo(h.runner.id).at(-1) as RecordedMessage,
      `morning:${await openCheckId()}:3-5`,
    );
    expect(first.content).toContain("Still some pain this morning");
    expect(first.content).toContain("I'll ask again on <t:");
    expect(first.components).toEqual([]);
    const { dm, answer } = await answerNext("3-5");
    // The DM, updated with the answer under the question.
    expect(dm.content.split("\n")[0]).toBe(
      "Morning check: how is the pain (knee) this morning? I'll ask each morning until it has settled, for up to a week.",
    );
    expect(answer.content).toContain(
      "Because it hasn't settled on two mornings in a row, please see a sports physician or physiotherapist",
    );
    expect(answer.content).toContain("I can pause your reminders");
    const buttons = JSON.stringify(answer.components);
    expect(buttons).toContain(`"custom_id":"pain-keep:${h.runner.id}"`);
    const message = answer.message;
    if (!message) throw new Error("no updated DM");
    const paused = await h.click(message, `pain-pause:${h.runner.id}:7`);
    expect(paused.content).toContain("Reminders paused until");
    const [member] = await h.database.db.select().from(members).where(eq(members.userId, h.runner.id));
    expect(member?.pausedUntil?.getTime()).toBe(h.clock.now().getTime() + 7 * 24 * 3_600_000);
    await h.run("resume");
  });

  it("one episode plus its follow-up does not count twice toward three in 14 days", async () => {
    threeWeeksLater();
    await h.run("pain", { severity: 3, location: "calf" });
    const { answer } = await answerNext("3-5");
    expect(answer.content).toContain("Still some pain this morning");
    h.clock.advance(10 * 3_600_000);
    // Three painful reports in two weeks, two of them one episode: a second episode, not a third report.
    const elsewhere = await h.run("pain", { severity: 2, location: "hip" });
    expect(elsewhere.content).not.toContain("come back several times");
    expect(elsewhere.components).toEqual([]);
    const [calf, followUp] = (await runnerReports()).slice(-3);
    expect(followUp).toMatchObject({ source: "morning-check", episodeId: calf?.id, severity: 3 });
  });

  it("after worse (its Keep going works) a next-morning check comes; 6-7 and 8-10 are stored as they are, and 8-10 escalates", async () => {
    threeWeeksLater();
    await h.run("pain", { severity: 2, location: "shin", side: "right" });
    const worse = await answerNext("6-7");
    expect(worse.answer.content).toContain("Worse than last night, so I'm easing off.");
    expect(worse.answer.content).toContain("it was worse this morning than the night before");
    const worseMessage = worse.answer.message;
    if (!worseMessage) throw new Error("no updated DM");
    const kept = await h.click(worseMessage, `pain-keep:${h.runner.id}`);
    expect(kept.content).toContain("OK, reminders keep coming at the gentler plan.");
    expect(kept.components).toEqual([]);
    const next = await answerNext("8-10");
    expect(next.dm.content).toContain("how is the pain (shin) this morning?");
    expect(next.answer.content).toContain("it's 7 or more out of 10");
    expect(JSON.stringify(next.answer.components)).toContain("pain-pause:");
    const answers = (await runnerReports()).slice(-2);
    expect(answers.map((report) => [report.severity, report.location, report.side, report.source])).toEqual([
      [6, "shin", "right", "morning-check"],
      [8, "shin", "right", "morning-check"],
    ]);
    // 8-10 is worse than 6-7: asked again the next morning.
    expect(next.answer.content).toContain("I'll ask again on <t:");
  });
});

/** The id of the morning check the last DM asks (the first test delivered it). */
async function openCheckId(): Promise<number> {
  const [check] = await h.database.db
    .select()
    .from(reminders)
    .where(and(eq(reminders.kind, "morning-check"), eq(reminders.state, "sent")))
    .orderBy(asc(reminders.dueAt));
  if (!check) throw new Error("no sent morning check");
  return check.id;
}

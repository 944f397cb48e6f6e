import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reminders, setLogs } from "../../src/db/schema.js";
import type { RunningDorsi } from "../../src/dorsi.js";
import type { DoubleUser } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";
import { type ArrivalAnswer, answerDmsOnArrival } from "../support/harness-steps.js";

let h: Harness;
/** The bot process running now: a test restarts it. */
let bot: RunningDorsi;
/** Members whose reminders are all due at 14:00: more than one claim batch and two send batches. */
const BURST = 60;

beforeAll(async () => {
  // Tuesday 24 Nov 2026, 12:00 in London (UTC+0 in winter).
  h = await startHarness({ start: "2026-11-24T12:00:00Z" });
  bot = h.dorsi;
});
afterAll(async () => {
  await h?.stop();
});

async function remindersOf(users: readonly DoubleUser[]) {
  const ids = users.map((user) => user.id);
  return h.database.db
    .select()
    .from(reminders)
    .where(inArray(reminders.userId, ids))
    .orderBy(reminders.dueAt);
}

/** Moves the clock and runs delivery ticks until nothing more is due; returns what they sent. */
async function deliverAt(instant: string): Promise<number> {
  h.clock.set(instant);
  let sent = 0;
  for (;;) {
    const stats = await bot.jobs.deliverReminders();
    sent += stats.sent;
    if (stats.sent + stats.failed + stats.skipped + stats.retry === 0) return sent;
  }
}

/** Stops the bot and starts a new process on the same database and Discord. */
async function restart(): Promise<void> {
  await bot.stop();
  bot = await h.startAnother();
}

function expectAllAccepted(answers: readonly ArrivalAnswer[], said: string): void {
  for (const { reply } of answers) {
    expect(reply.content).not.toContain("no longer active");
    expect(reply.content).toContain(said);
    expect(reply.components).toEqual([]);
  }
  // Clicked as soon as the DM existed, long before the bot could record its delivery.
  expect(Math.max(...answers.map((answer) => answer.clickedAfterMs))).toBeLessThan(1_000);
}

describe("a reminder's buttons work from the instant its DM is out", () => {
  it("Snooze at once snoozes it, and recording the delivery leaves the new time", async () => {
    await h.run("schedule", { timezone: "london", times: "12:30 16:00" });
    const clicks = answerDmsOnArrival(h, [h.runner], () => "rem-snooze");
    const sent = await deliverAt("2026-11-24T12:30:00Z").finally(clicks.stop);
    expect(sent).toBe(1);
    expect(clicks.answers).toHaveLength(1);
    expectAllAccepted(clicks.answers, "Snoozed");
    const [first] = await remindersOf([h.runner]);
    expect(first).toMatchObject({
      state: "planned",
      snoozes: 1,
      dueAt: new Date("2026-11-24T13:00:00Z"),
      messageId: null,
      outcome: null,
    });
  });

  it("across a restart it comes again once, 30 minutes later, as a new message; Done at once answers it", async () => {
    await restart();
    const [firstDm] = h.double.dmsTo(h.runner.id);
    expect(await deliverAt("2026-11-24T12:59:00Z")).toBe(0);
    const clicks = answerDmsOnArrival(h, [h.runner], () => "rem-done");
    const sent = await deliverAt("2026-11-24T13:00:00Z").finally(clicks.stop);
    expect(sent).toBe(1);
    expectAllAccepted(clicks.answers, "Done");
    const dms = h.double.dmsTo(h.runner.id);
    expect(dms).toHaveLength(2);
    expect(dms[1]?.id).not.toBe(firstDm?.id);
    expect(dms[1]?.nonce).not.toBe(firstDm?.nonce);
    const [first] = await remindersOf([h.runner]);
    expect(first).toMatchObject({ state: "sent", outcome: "done", snoozes: 1, messageId: dms[1]?.id });
    const logs = await h.database.db.select().from(setLogs).where(eq(setLogs.userId, h.runner.id));
    expect(logs).toMatchObject([{ drill: first?.drill, sets: 1, source: "reminder" }]);
    expect(await deliverAt("2026-11-24T13:01:00Z")).toBe(0);
    expect(h.double.dmsTo(h.runner.id)).toHaveLength(2);
  });

  it(`${BURST} reminders due in the same minute: each Snooze and Done at once is kept`, {
    timeout: 240_000,
  }, async () => {
    const club = Array.from({ length: BURST }, (_, index) =>
      h.double.addUser({ username: `burst${index}`, globalName: `Burst ${index}` }),
    );
    for (const user of club) await h.run("schedule", { timezone: "london", times: "14:00" }, user);
    const snoozers = club.filter((_, index) => index % 2 === 0);
    const doers = club.filter((_, index) => index % 2 === 1);
    const clicks = answerDmsOnArrival(h, club, (user) =>
      snoozers.includes(user) ? "rem-snooze" : "rem-done",
    );
    h.clock.set("2026-11-24T14:00:00Z");
    // One delivery run takes the whole burst (a claim of 50, then one of 10), not a claim per tick.
    const firstRun = await bot.jobs.deliverReminders();
    const sent = firstRun.sent + (await deliverAt("2026-11-24T14:00:00Z").finally(clicks.stop));
    expect(firstRun.sent).toBe(BURST);
    expect(sent).toBe(BURST);
    expect(clicks.answers).toHaveLength(BURST);
    expectAllAccepted(
      clicks.answers.filter((answer) => snoozers.includes(answer.user)),
      "Snoozed",
    );
    expectAllAccepted(
      clicks.answers.filter((answer) => doers.includes(answer.user)),
      "Done",
    );

    // Tomorrow's 14:00 reminders are planned too; today's are the ones answered.
    const rows = (await remindersOf(club)).filter((row) => row.localDate === "2026-11-24");
    expect(rows).toHaveLength(BURST);
    for (const row of rows.filter((row) => snoozers.some((user) => user.id === row.userId))) {
      expect(row).toMatchObject({ state: "planned", snoozes: 1, dueAt: new Date("2026-11-24T14:30:00Z") });
    }
    for (const user of doers) {
      const [dm] = h.double.dmsTo(user.id);
      expect(rows.find((row) => row.userId === user.id)).toMatchObject({
        state: "sent",
        outcome: "done",
        messageId: dm?.id,
      });
    }
    const logs = await h.database.db
      .select()
      .from(setLogs)
      .where(
        inArray(
          setLogs.userId,
          doers.map((user) => user.id),
        ),
      );
    expect(logs).toHaveLength(doers.length);

    // After a restart, each snoozed reminder comes again once at 14:30, and nothing else does.
    await restart();
    expect(await deliverAt("2026-11-24T14:29:00Z")).toBe(0);
    expect(await deliverAt("2026-11-24T14:30:00Z")).toBe(snoozers.length);
    expect(await deliverAt("2026-11-24T14:31:00Z")).toBe(0);
    for (const user of snoozers) expect(h.double.dmsTo(user.id)).toHaveLength(2);
    for (const user of doers) expect(h.double.dmsTo(user.id)).toHaveLength(1);
  });
});

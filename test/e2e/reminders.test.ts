import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLAIM_LEASE_MS } from "../../src/app/reminder-delivery.usecases.js";
import { createRemindersRepository } from "../../src/db/repos/reminders.repository.js";
import { members, painReports, reminders, setLogs } from "../../src/db/schema.js";
import { createDmMessenger } from "../../src/discord/dm-messenger.js";
import type { RecordedMessage } from "../support/discord-double/state.js";
import { type Harness, startHarness } from "../support/harness.js";
import { modalSelect } from "../support/harness-steps.js";

let h: Harness;
const MINUTE = 60_000;

beforeAll(async () => {
  // Tuesday 24 Nov 2026, 12:00 in London (UTC+0 in winter).
  h = await startHarness({ start: "2026-11-24T12:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => {
  h.double.setDmsClosed(h.runner.id, false);
});

async function plannedRows() {
  return h.database.db
    .select()
    .from(reminders)
    .where(eq(reminders.userId, h.runner.id))
    .orderBy(reminders.dueAt);
}

/** The runner's earliest reminder still waiting to be sent. */
async function nextPlanned() {
  const next = (await plannedRows()).find((row) => row.state === "planned");
  if (!next) throw new Error("nothing planned");
  return next;
}

/** Moves the clock to a reminder's due time and runs one delivery tick. */
async function deliverAt(instant: Date) {
  h.clock.set(instant);
  return h.dorsi.jobs.deliverReminders();
}

const buttonIds = (message: RecordedMessage | undefined) =>
  JSON.stringify(message?.components ?? []).match(/"custom_id":"[^"]+"/g) ?? [];

describe("reminders through the day", () => {
  it("/schedule enrols the member and answers with the next reminders as Discord timestamps", async () => {
    const reply = await h.run("schedule", { timezone: "london", start: "13:00", end: "18:00", per_day: 3 });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("You're in!");
    expect(reply.content).toContain("3 a day between 13:00 and 18:00, every day, Europe/London time");
    expect(reply.content.match(/<t:\d+:F>/g)).toHaveLength(5);
    const rows = await plannedRows();
    // Today's three (all after 12:00) and tomorrow's, within the 26-hour horizon.
    expect(rows.filter((row) => row.localDate === "2026-11-24")).toHaveLength(3);
    expect(rows.every((row) => row.state === "planned")).toBe(true);
  });

  it("a bad time zone or window changes nothing and says what to type", async () => {
    const before = await plannedRows();
    const zone = await h.run("schedule", { timezone: "Europe/Londn" });
    expect(zone.content).toContain("Did you mean Europe/London");
    const window = await h.run("schedule", { start: "09:00", end: "09:30", per_day: 3 });
    expect(window.content).toMatch(/holds at most 1 reminder/);
    const time = await h.run("schedule", { start: "25:00" });
    expect(time.content).toContain("isn't a time of day");
    expect(await plannedRows()).toEqual(before);
  });

  it("the DM arrives at its time, naming one drill at the member's level, with Done / Pain / Snooze", async () => {
    const [first] = await plannedRows();
    if (!first) throw new Error("nothing planned");
    expect((await deliverAt(new Date(first.dueAt.getTime() - MINUTE))).sent).toBe(0);
    const stats = await deliverAt(first.dueAt);
    expect(stats.sent).toBe(1);
    const [dm] = h.double.dmsTo(h.runner.id);
    expect(dm?.content).toContain(
      first.drill === "flexed-knee" ? "flexed-knee matrix" : "straight-leg matrix",
    );
    expect(dm?.embeds[0]?.title).toContain("Level 1");
    expect(buttonIds(dm)).toEqual([
      `"custom_id":"rem-done:${first.id}"`,
      `"custom_id":"rem-pain:${first.id}"`,
      `"custom_id":"rem-snooze:${first.id}"`,
    ]);
    // A second tick sends nothing more.
    expect((await h.dorsi.jobs.deliverReminders()).sent).toBe(0);
    expect(h.double.dmsTo(h.runner.id)).toHaveLength(1);
  });

  it("Done logs a set of that drill and edits the message, its buttons gone", async () => {
    const [dm] = h.double.dmsTo(h.runner.id);
    if (!dm) throw new Error("no DM");
    const [row] = await plannedRows();
    const customId = `rem-done:${row?.id}`;
    const done = await h.click(dm, customId);
    expect(done.content).toContain("Done");
    expect(done.components).toEqual([]);
    const logs = await h.database.db.select().from(setLogs).where(eq(setLogs.userId, h.runner.id));
    expect(logs).toMatchObject([{ drill: row?.drill, sets: 1, source: "reminder" }]);
    // The click cached its DM channel; the hourly job forgets it, and later reminders still go out.
    const dmChannels = () => h.dorsi.client.channels.cache.filter((channel) => channel.isDMBased()).size;
    expect(dmChannels()).toBe(1);
    expect(h.dorsi.jobs.forgetDmChannels()).toBe(1);
    expect(dmChannels()).toBe(0);
  });

  it("Snooze sends the reminder again 30 minutes later, once", async () => {
    const [, second] = await plannedRows();
    if (!second) throw new Error("no second reminder");
    await deliverAt(second.dueAt);
    const dm = h.double.dmsTo(h.runner.id).at(-1);
    if (!dm) throw new Error("no DM");
    const snoozed = await h.click(dm, `rem-snooze:${second.id}`);
    expect(snoozed.content).toContain("Snoozed");
    expect(snoozed.components).toEqual([]);
    const count = h.double.dmsTo(h.runner.id).length;
    expect((await deliverAt(new Date(second.dueAt.getTime() + 29 * MINUTE))).sent).toBe(0);
    expect((await deliverAt(new Date(second.dueAt.getTime() + 30 * MINUTE))).sent).toBe(1);
    expect((await deliverAt(new Date(second.dueAt.getTime() + 31 * MINUTE))).sent).toBe(0);
    expect(h.double.dmsTo(h.runner.id)).toHaveLength(count + 1);
  });

  it("a restart between send and mark creates no second message", async () => {
    const [, , third] = await plannedRows();
    if (!third) throw new Error("no third reminder");
    h.clock.set(third.dueAt);
    // A process claims the row and sends, then dies before marking it sent.
    const [claimed] = await createRemindersRepository(h.database.db).claimDue(
      h.clock.now(),
      CLAIM_LEASE_MS,
      1,
    );
    expect(claimed?.id).toBe(third.id);
    const channelId = (await h.database.db.select().from(members).where(eq(members.userId, h.runner.id)))[0]
      ?.dmChannelId;
    if (!claimed || !channelId) throw new Error("no claim or DM channel");
    await createDmMessenger(h.dorsi.client).send(channelId, {
      kind: "drill",
      reminderId: claimed.id,
      nonce: `dorsi-r${claimed.id}-0`,
      locale: claimed.locale,
      drill: claimed.drill ?? "flexed-knee",
      level: 1,
      repsStep: 1,
    });
    const count = h.double.dmsTo(h.runner.id).length;
    // Another process, after the lease runs out, picks it up and sends with the same nonce.
    const survivor = await h.startAnother();
    h.clock.advance(CLAIM_LEASE_MS + 1_000);
    expect((await survivor.jobs.deliverReminders()).sent).toBe(1);
    expect(h.double.dmsTo(h.runner.id)).toHaveLength(count);
    const [row] = await h.database.db.select().from(reminders).where(eq(reminders.id, third.id));
    expect(row?.state).toBe("sent");
    // Both processes hold the same gateway shard, so both would receive (and race to answer) every
    // later interaction, as two replicas on one shard do on Discord; the tests below need one.
    await survivor.stop();
  });

  it("after downtime longer than the grace period, nothing stale is sent", async () => {
    await h.dorsi.jobs.planReminders();
    const next = await nextPlanned();
    const count = h.double.dmsTo(h.runner.id).length;
    const stats = await deliverAt(new Date(next.dueAt.getTime() + 45 * MINUTE));
    expect(stats.sent).toBe(0);
    expect(stats.skipped).toBeGreaterThanOrEqual(1);
    expect(h.double.dmsTo(h.runner.id)).toHaveLength(count);
    const [row] = await h.database.db.select().from(reminders).where(eq(reminders.id, next.id));
    expect(row?.state).toBe("skipped");
  });

  it("closed DMs (50007) stop the reminders and the member is told at their next command", async () => {
    await h.dorsi.jobs.planReminders();
    const next = await nextPlanned();
    h.double.setDmsClosed(h.runner.id, true);
    const stats = await deliverAt(next.dueAt);
    expect(stats.failed).toBe(1);
    const reply = await h.run("log", { drill: "both" });
    expect(reply.followUps.map((message) => message.content).join("\n")).toContain(
      "direct messages are closed",
    );
    // Nothing more is planned or sent while DMs are closed; /resume after opening them restarts.
    expect(await h.dorsi.jobs.planReminders()).toBe(0);
    h.double.setDmsClosed(h.runner.id, false);
    const resumed = await h.run("resume");
    expect(resumed.content).toContain("reminders are on again");
    expect((await plannedRows()).some((row) => row.state === "planned")).toBe(true);
  });

  it("Pain opens the short pain report; its answer backs off the reminder's drill, as /pain would", async () => {
    const next = await nextPlanned();
    await deliverAt(next.dueAt);
    const dm = h.double.dmsTo(h.runner.id).at(-1);
    if (!dm) throw new Error("no DM");
    const customId = `rem-pain:${next.id}`;
    const opened = await h.click(dm, customId);
    expect(opened.modal).toMatchObject({ custom_id: customId, title: "Report pain" });
    // The form starts on the reminder's drill; the member may pick a run or a descent instead.
    const moment = modalSelect(opened.modal, "moment");
    expect(moment.defaults).toEqual([next.drill]);
    expect(moment.values).toEqual(expect.arrayContaining(["run", "downhill"]));
    const bad = await h.double
      .submitModal({
        user: h.runner,
        customId,
        channelId: dm.channelId,
        messageId: dm.id,
        fields: { severity: "eleven", place: ["ankle:left"], note: "" },
      })
      .reply();
    expect(bad.content).toContain("whole number from 0 to 10");
    const submitted = await h.double
      .submitModal({
        user: h.runner,
        customId,
        channelId: dm.channelId,
        messageId: dm.id,
        fields: { severity: "4", place: ["ankle:left"], note: "" },
      })
      .reply();
    expect(submitted.content).toContain("Pain reported");
    expect(submitted.components).toEqual([]);
    const explanation = submitted.followUps.map((message) => message.content).join("\n");
    expect(explanation).toContain(
      next.drill === "flexed-knee" ? "Flexed-knee matrix" : "Straight-leg matrix",
    );
    expect(explanation).toContain("Dorsi is not medical advice.");
    const reports = await h.database.db.select().from(painReports).where(eq(painReports.userId, h.runner.id));
    expect(reports).toMatchObject([
      { severity: 4, location: "ankle", side: "left", drill: next.drill, source: "reminder" },
    ]);
  });
});

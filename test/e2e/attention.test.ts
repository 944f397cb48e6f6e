import { and, asc, eq, lte } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberAttention } from "../../src/db/attention-schema.js";
import { members, reminders } from "../../src/db/schema.js";
import type { DoubleUser, RecordedMessage } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;
let bea: DoubleUser;

beforeAll(async () => {
  // Friday 20 Nov 2026, 10:00 in London (UTC+0 in winter).
  h = await startHarness({ start: "2026-11-20T10:00:00Z" });
  bea = h.double.addUser({ username: "bea", globalName: "Bea" });
});
afterAll(async () => {
  await h?.stop();
});

/**
 * Lives through time until `end` as production would: planning, then each due row delivered at its
 * due time, in order. Nobody answers a reminder.
 */
async function liveUntil(end: string): Promise<void> {
  for (;;) {
    await h.dorsi.jobs.planReminders();
    const [next] = await h.database.db
      .select()
      .from(reminders)
      .where(and(eq(reminders.state, "planned"), lte(reminders.dueAt, new Date(end))))
      .orderBy(asc(reminders.dueAt))
      .limit(1);
    if (!next) break;
    h.clock.set(next.dueAt);
    await h.dorsi.jobs.deliverReminders();
  }
  h.clock.set(new Date(end));
  await h.dorsi.jobs.planReminders();
}

const rowsOf = (user: DoubleUser, kind: string) =>
  h.database.db
    .select()
    .from(reminders)
    .where(and(eq(reminders.userId, user.id), eq(reminders.kind, kind)))
    .orderBy(asc(reminders.dueAt));

/** The drill reminders of a local date that are or will be sent (not skipped nor removed). */
async function remindersOn(user: DoubleUser, localDate: string): Promise<number> {
  const rows = await rowsOf(user, "drill");
  return rows.filter((row) => row.localDate === localDate && row.state !== "skipped").length;
}

/** The nudge DMs a member got, as their rows recorded them (the buttons go once one is answered). */
async function nudgesTo(user: DoubleUser): Promise<RecordedMessage[]> {
  const sent = (await rowsOf(user, "nudge")).filter((row) => row.state === "sent");
  return h.double.dmsTo(user.id).filter((message) => sent.some((row) => row.messageId === message.id));
}

async function onlyNudge(user: DoubleUser): Promise<RecordedMessage> {
  const nudges = await nudgesTo(user);
  expect(nudges).toHaveLength(1);
  const [nudge] = nudges;
  if (!nudge) throw new Error("no nudge");
  return nudge;
}

const nudgeButton = async (user: DoubleUser, answer: string) => {
  const [row] = await rowsOf(user, "nudge");
  return `nudge:${row?.id}:${answer}`;
};

const schedule = { timezone: "london", start: "09:00", end: "18:00", per_day: 4 };

describe("reminders that respect attention", () => {
  it("/schedule streak_warning: true says so; three days of sets are a streak", async () => {
    const reply = await h.run("schedule", { ...schedule, streak_warning: true });
    expect(reply.content).toContain("Streak warning on");
    await h.run("schedule", schedule, bea);
    for (const day of ["2026-11-20", "2026-11-21", "2026-11-22"]) {
      await liveUntil(`${day}T12:00:00Z`);
      await h.run("log", { drill: "both" });
    }
  });

  it("the streak warning arrives at 21:00 local on a day with nothing logged", async () => {
    await liveUntil("2026-11-23T21:00:00Z");
    const warning = h.double.dmsTo(h.runner.id).at(-1);
    expect(warning?.content).toBe(
      "🔥 Your streak is at 3 days and today has no set yet. One set before midnight keeps it going: do a drill and log it with /log.",
    );
    const [row] = (await rowsOf(h.runner, "streak-warning")).filter((r) => r.localDate === "2026-11-23");
    expect(row).toMatchObject({ state: "sent", dueAt: new Date("2026-11-23T21:00:00Z") });
  });

  it("a member who ignores six reminders and logs nothing for three days gets one nudge", async () => {
    // Bea enrolled on Friday and never answered: she is nudged on Monday.
    const [row] = await rowsOf(bea, "nudge");
    expect(row).toMatchObject({ state: "sent", localDate: "2026-11-23" });
    const nudge = await onlyNudge(bea);
    expect(nudge.content).toBe(
      "Hi! My last few reminders went unanswered and nothing's been logged for a few days. No worries, that happens. Let's make the reminders fit your life: fewer of them, other times, or a week off?\nUntil you answer or log a set, I'll send you half as many.",
    );
    expect(JSON.stringify(nudge.components).match(/"label":"[^"]+"/g)).toEqual([
      '"label":"Fewer reminders"',
      '"label":"Other times"',
      '"label":"Pause for a week"',
    ]);
    // It took the place of a drill reminder, and her days are halved: 2 instead of 4.
    const replaced = (await rowsOf(bea, "drill")).filter(
      (drill) => drill.failureReason === "replaced by a nudge",
    );
    expect(replaced).toHaveLength(1);
    await liveUntil("2026-11-24T10:00:00Z");
    expect(await remindersOn(bea, "2026-11-24")).toBe(2);
  });

  it("Other times says how, with a clickable /schedule", async () => {
    const times = await h.click(await onlyNudge(bea), await nudgeButton(bea, "times"), bea);
    expect(times.content).toMatch(/Pick the times that suit you with <\/schedule:\d+>: `start` and `end`/);
    expect(times.components).toEqual([]);
  });

  it("a log keeps the streak warning away that day", async () => {
    await liveUntil("2026-11-24T12:00:00Z");
    await h.run("log", { drill: "both" });
    const count = h.double.dmsTo(h.runner.id).length;
    await liveUntil("2026-11-24T21:05:00Z");
    expect(
      h.double
        .dmsTo(h.runner.id)
        .slice(count)
        .some((dm) => dm.content.includes("streak")),
    ).toBe(false);
    const [row] = (await rowsOf(h.runner, "streak-warning")).filter((r) => r.localDate === "2026-11-24");
    expect(row).toMatchObject({ state: "skipped", failureReason: "no longer due" });
  });

  it("a second nudge comes only after an answer; its Pause for a week pauses as /pause does", async () => {
    await liveUntil("2026-11-26T20:00:00Z");
    const nudges = await nudgesTo(bea);
    expect(nudges).toHaveLength(2);
    const [, second] = await rowsOf(bea, "nudge");
    const paused = await h.click(nudges[1] as RecordedMessage, `nudge:${second?.id}:pause`, bea);
    expect(paused.content).toMatch(/Reminders paused until <t:\d+:f>/);
    const [row] = await h.database.db.select().from(members).where(eq(members.userId, bea.id));
    expect(row?.pausedUntil).toEqual(new Date("2026-12-03T20:00:00Z"));
  });

  it("halves the runner's reminders after the nudge, never nudges twice, restores them after a log; a paused member gets nothing", async () => {
    const beaDms = h.double.dmsTo(bea.id).length;
    // Quiet from Tuesday noon: nudged on Friday.
    await liveUntil("2026-11-29T19:00:00Z");
    const nudge = await onlyNudge(h.runner);
    expect(await remindersOn(h.runner, "2026-11-26")).toBe(4);
    expect(await remindersOn(h.runner, "2026-11-28")).toBe(2);
    expect(await remindersOn(h.runner, "2026-11-29")).toBe(2);
    expect(h.double.dmsTo(bea.id)).toHaveLength(beaDms);

    await h.run("log", { drill: "both" });
    await h.dorsi.jobs.planReminders();
    expect(await remindersOn(h.runner, "2026-11-30")).toBe(4);

    const fewer = await h.click(nudge, await nudgeButton(h.runner, "fewer"));
    expect(fewer.content).toMatch(
      /Done: 2 reminders a day from now on\. You can change it any time with <\/schedule:\d+>\./,
    );
    const [runner] = await h.database.db.select().from(members).where(eq(members.userId, h.runner.id));
    expect(runner?.perDay).toBe(2);
    expect(await remindersOn(h.runner, "2026-11-30")).toBe(2);
  });

  it("/privacy export holds the nudge record; delete removes it", async () => {
    const run = (subcommand: string) => h.runSubcommand("privacy", subcommand);
    const exported = JSON.parse((await run("export")).attachments[0]?.data.toString("utf8") ?? "{}");
    expect(exported.reminderNudge).toEqual([
      expect.objectContaining({
        userId: h.runner.id,
        nudgedAt: expect.any(String),
        respondedAt: expect.any(String),
      }),
    ]);
    const asked = await run("delete");
    const confirm = JSON.stringify(asked.components).match(/"custom_id":"([^"]+)"/)?.[1];
    if (!asked.message || !confirm) throw new Error("no confirmation");
    await h.click(asked.message, confirm);
    const left = await h.database.db
      .select()
      .from(memberAttention)
      .where(eq(memberAttention.userId, h.runner.id));
    expect(left).toEqual([]);
  });
});

import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheckIns, runs } from "../../src/db/runs-schema.js";
import { painReports, reminders, setLogs } from "../../src/db/schema.js";
import type { OptionValue } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";
import { buttonIds } from "../support/harness-steps.js";
import { pngSize } from "../support/png.js";

let h: Harness;

beforeAll(async () => {
  // Tuesday 20 Oct 2026, 12:00 in London (UTC+1 in summer): Wednesday 06:30 is 05:30 UTC. The
  // clocks go back on Sunday 25 Oct, so the next Wednesday's 06:30 is 06:30 UTC.
  h = await startHarness({ start: "2026-10-20T11:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

const runsCommand = (subcommand: string, options: Record<string, OptionValue> = {}) =>
  h.runSubcommand("runs", subcommand, options);

const runRows = () => h.database.db.select().from(runs).where(eq(runs.userId, h.runner.id));
const runReminders = () =>
  h.database.db
    .select()
    .from(reminders)
    .where(and(eq(reminders.userId, h.runner.id), inArray(reminders.kind, ["warmup", "run-check"])))
    .orderBy(reminders.dueAt);
/** The runner's DMs sent for run reminders of this kind, oldest first. */
const dmsOf = async (kind: "warmup" | "run-check") => {
  const ids = new Set((await runReminders()).flatMap((row) => (row.kind === kind ? [row.messageId] : [])));
  return h.double.dmsTo(h.runner.id).filter((dm) => ids.has(dm.id));
};
/** "06:10": an instant on London's wall clock. */
const londonTime = (instant: Date | null) =>
  instant?.toLocaleTimeString("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit" });

describe("planned runs: a warm-up before, a check-in after", () => {
  it("asks for a time zone first, and refuses what does not parse, changing nothing", async () => {
    const noZone = await runsCommand("add", { when: "wed 06:30" });
    expect(noZone.ephemeral).toBe(true);
    expect(noZone.content).toContain("First tell me your time zone");
    await h.run("schedule", { timezone: "london", start: "07:00", end: "20:00", per_day: 4 });
    expect((await runsCommand("add", { when: "blursday 06:30" })).content).toContain(
      'I don\'t recognise "blursday" as a day',
    );
    expect((await runsCommand("add", { when: "2020-01-01 07:00" })).content).toContain("has already passed");
    expect((await runsCommand("remove", { run: "999" })).content).toContain("I can't find that run");
    expect(await runRows()).toEqual([]);
  });

  it("/runs add answers with the next two starts as Discord timestamps, either side of the clock change", async () => {
    const reply = await runsCommand("add", { when: "wed 06:30", terrain: "downhill" });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("Run planned: Wed at 06:30 · downhill · warm-up 20 min before");
    expect(reply.content).toContain(`<t:${Date.parse("2026-10-21T05:30:00Z") / 1000}:F>`);
    expect(reply.content).toContain(`<t:${Date.parse("2026-10-28T06:30:00Z") / 1000}:F>`);
    // The left ankle 2 cm behind the right: the warm-up will say to start with it.
    expect((await h.run("measure", { left: 9.5, right: 11.5 })).ephemeral).toBe(true);
  });

  it("plans the warm-up at 06:10 and the check-in at 08:30; the reminder nearest the warm-up steps aside", async () => {
    await h.dorsi.jobs.planReminders();
    const planned = await runReminders();
    expect(planned.map((row) => [row.kind, row.dueAt.toISOString()])).toEqual([
      ["warmup", "2026-10-21T05:10:00.000Z"],
      ["run-check", "2026-10-21T07:30:00.000Z"],
    ]);
    const wednesday = await h.database.db
      .select()
      .from(reminders)
      .where(and(eq(reminders.userId, h.runner.id), eq(reminders.localDate, "2026-10-21")));
    const replaced = wednesday.filter((row) => row.failureReason === "replaced by a warm-up");
    expect(replaced).toHaveLength(1);
    expect(replaced[0]?.dueAt.getTime()).toBeLessThanOrEqual(Date.parse("2026-10-21T06:40:00Z"));
  });

  it("a fresh process after planning and the old one, delivering at once, send one warm-up", async () => {
    const restarted = await h.startAnother();
    h.clock.set("2026-10-21T05:10:00Z");
    const [a, b] = await Promise.all([h.dorsi.jobs.deliverReminders(), restarted.jobs.deliverReminders()]);
    expect(a.sent + b.sent).toBe(1);
    // Both hold the same gateway shard; the clicks below need one process to answer.
    await restarted.stop();
    const dms = h.double.dmsTo(h.runner.id);
    expect(dms).toHaveLength(1);
    expect(dms[0]?.content.split("\n").slice(1)).toEqual([
      expect.stringMatching(/^Forward first today: do 1 on both matrices, then 2 and 3 on each\. Descents/),
      "Start with your left ankle and add one set for it: it is 2.0 cm behind the right.",
    ]);
  });

  it("the warm-up carries a card and a described picture for each matrix at the member's level", async () => {
    const [dm] = h.double.dmsTo(h.runner.id);
    const names = ["flexed-knee-level-1.png", "straight-leg-level-1.png"];
    expect(dm?.embeds.map((embed) => embed.image?.url)).toEqual(names.map((name) => `attachment://${name}`));
    expect(dm?.embeds.map((embed) => embed.fields?.[0]?.name)).toEqual([
      "1 · Forward · 5 reps",
      "1 · Forward · 5 reps",
    ]);
    expect(dm?.attachments.map((attachment) => attachment.filename)).toEqual(names);
    for (const attachment of dm?.attachments ?? []) {
      expect(attachment.contentType).toBe("image/png");
      expect(pngSize(attachment.data).width).toBeGreaterThanOrEqual(800);
      expect(attachment.description).toMatch(/ 3-way ankle matrix · Level 1 · .*1, from the side: .*arrow 3/);
    }
  });

  it("Done on the warm-up logs one set of each matrix", async () => {
    const [dm] = h.double.dmsTo(h.runner.id);
    const [warmup] = await runReminders();
    if (!dm || !warmup) throw new Error("no warm-up");
    expect(buttonIds(dm)).toEqual([
      `run-warmup:${warmup.id}:done`,
      `run-warmup:${warmup.id}:skip`,
      `run-warmup:${warmup.id}:hurt`,
    ]);
    const done = await h.click(dm, `run-warmup:${warmup.id}:done`);
    expect(done.components).toEqual([]);
    const logs = await h.database.db.select().from(setLogs).where(eq(setLogs.userId, h.runner.id));
    expect(logs.map((log) => [log.drill, log.sets, log.source]).sort()).toEqual([
      ["flexed-knee", 1, "reminder"],
      ["straight-leg", 1, "reminder"],
    ]);
  });

  it("the check-in at 08:30 asks about the descents; Painful opens the pain form on a descent", async () => {
    h.clock.set("2026-10-21T07:29:00Z");
    expect((await h.dorsi.jobs.deliverReminders()).sent).toBe(0);
    h.clock.set("2026-10-21T07:30:00Z");
    expect((await h.dorsi.jobs.deliverReminders()).sent).toBe(1);
    const dm = h.double.dmsTo(h.runner.id).at(-1);
    const check = (await runReminders()).find((row) => row.kind === "run-check");
    if (!dm || !check) throw new Error("no check-in");
    expect(dm.content).toContain("How were your knees on the descents of your run");
    const customId = `run-check:${check.id}:painful`;
    expect(buttonIds(dm)).toEqual([`run-check:${check.id}:fine`, `run-check:${check.id}:sore`, customId]);
    const opened = await h.click(dm, customId);
    expect(opened.modal).toMatchObject({ custom_id: customId });
    expect(JSON.stringify(opened.modal)).toMatch(/"value":"downhill","default":true/);
    const submitted = await h.double
      .submitModal({
        user: h.runner,
        customId,
        channelId: dm.channelId,
        messageId: dm.id,
        fields: { severity: "4", place: ["knee:left"], moment: ["downhill"], note: "" },
      })
      .reply();
    expect(submitted.components).toEqual([]);
    const [report] = await h.database.db
      .select()
      .from(painReports)
      .where(eq(painReports.userId, h.runner.id));
    expect(report).toMatchObject({ severity: 4, location: "knee", side: "left", context: "downhill" });
    const [answer] = await h.database.db
      .select()
      .from(runCheckIns)
      .where(eq(runCheckIns.userId, h.runner.id));
    expect(answer).toMatchObject({ answer: "painful", localDate: "2026-10-21", painReportId: report?.id });
  });

  it("after the clocks go back, next Wednesday's warm-up still comes at 06:10 London time, once, then the check-in", async () => {
    h.clock.set("2026-10-27T12:00:00Z");
    await h.dorsi.jobs.planReminders();
    const next = (await runReminders()).filter((row) => row.localDate === "2026-10-28");
    expect(next.map((row) => [row.kind, row.dueAt.toISOString()])).toEqual([
      ["warmup", "2026-10-28T06:10:00.000Z"],
      ["run-check", "2026-10-28T08:30:00.000Z"],
    ]);
    // Last week's UTC time is an hour early now: nothing goes then.
    h.clock.set("2026-10-28T05:10:00Z");
    await h.dorsi.jobs.deliverReminders();
    expect(await dmsOf("warmup")).toHaveLength(1);
    h.clock.set("2026-10-28T06:10:00Z");
    await h.dorsi.jobs.deliverReminders();
    await h.dorsi.jobs.deliverReminders();
    const warmupDms = await dmsOf("warmup");
    expect(warmupDms).toHaveLength(2);
    expect(warmupDms[1]?.attachments).toHaveLength(2);
    h.clock.set("2026-10-28T08:30:00Z");
    await h.dorsi.jobs.deliverReminders();
    const checkIns = await dmsOf("run-check");
    expect(checkIns).toHaveLength(2);
    const [check, dm] = [next.find((row) => row.kind === "run-check"), checkIns[1]];
    if (!check || !dm) throw new Error("no second check-in");
    const fine = await h.click(dm, `run-check:${check.id}:fine`);
    expect(fine.components).toEqual([]);
    const answers = await h.database.db
      .select()
      .from(runCheckIns)
      .where(eq(runCheckIns.userId, h.runner.id))
      .orderBy(runCheckIns.localDate);
    expect(answers.map((row) => [row.localDate, row.answer])).toEqual([
      ["2026-10-21", "painful"],
      ["2026-10-28", "fine"],
    ]);
    // One warm-up a week, each at 06:10 on the runner's clock, on both sides of the change.
    const warmups = (await runReminders()).filter((row) => row.kind === "warmup" && row.state === "sent");
    expect(warmups.map((row) => [row.localDate, londonTime(row.sentAt)])).toEqual([
      ["2026-10-21", "06:10"],
      ["2026-10-28", "06:10"],
    ]);
  });

  it("/runs list shows the run; /runs remove takes it and its unsent reminders away", async () => {
    const list = await runsCommand("list");
    expect(list.content).toContain("Wed at 06:30 · downhill · warm-up 20 min before");
    const choices = await h.double.autocomplete({
      guildId: h.guildId,
      channelId: h.channelId,
      user: h.runner,
      name: "runs",
      subcommand: "remove",
      focused: { name: "run", value: "wed" },
    });
    expect(choices).toHaveLength(1);
    h.clock.set("2026-11-03T12:00:00Z");
    await h.dorsi.jobs.planReminders();
    expect((await runReminders()).filter((row) => row.state === "planned")).toHaveLength(2);
    const removed = await runsCommand("remove", { run: String(choices[0]?.value) });
    expect(removed.content).toContain("Removed: Wed at 06:30");
    expect((await runReminders()).filter((row) => row.state === "planned")).toEqual([]);
    expect((await runsCommand("list")).content).toContain("No runs planned");
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, painReports, reminders } from "../../src/db/schema.js";
import type { RecordedMessage } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";
import { deliverFirstDrillReminder } from "../support/harness-steps.js";

const ZONE = "Europe/London";
const SIGNS = [
  "cannot_bear_weight",
  "deformity",
  "calf",
  "fever",
  "swelling_worse",
  "numbness",
  "night_pain",
  "gave_way",
];

async function runnerRow(h: Harness) {
  const [row] = await h.database.db.select().from(members).where(eq(members.userId, h.runner.id));
  if (!row) throw new Error("no member");
  return row;
}

/** The runner's earliest reminder of this kind still planned. */
async function nextPlanned(h: Harness, kind: "drill" | "morning-check") {
  const rows = await h.database.db
    .select()
    .from(reminders)
    .where(and(eq(reminders.userId, h.runner.id), eq(reminders.kind, kind), eq(reminders.state, "planned")));
  const [next] = rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  if (!next) throw new Error(`no ${kind} planned`);
  return next;
}

/** At the reminder's time, the delivery job sends nothing: the runner gets no DM. */
async function expectNoDmAt(h: Harness, dueAt: Date): Promise<void> {
  const before = h.double.dmsTo(h.runner.id).length;
  h.clock.set(dueAt);
  const stats = await h.dorsi.jobs.deliverReminders();
  expect(stats.sent).toBe(0);
  expect(stats.skipped).toBeGreaterThanOrEqual(1);
  expect(h.double.dmsTo(h.runner.id)).toHaveLength(before);
}

const componentsOf = (message: { components: unknown[] }) => JSON.stringify(message.components);

describe("warning signs on /pain", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ start: "2026-11-24T07:00:00Z" });
    await deliverFirstDrillReminder(h, ZONE);
  });
  afterAll(async () => {
    await h?.stop();
  });

  const select = (message: RecordedMessage, customId: string, values: string[], user = h.runner) =>
    h.double
      .selectMenu({ user, channelId: message.channelId, messageId: message.id, customId, values })
      .reply();

  it("/pain offers the signs as a choice, named in every language", () => {
    const pain = h.double.commands().find((command) => command.name === "pain");
    const option = pain?.options?.find((o) => o.name === "sign");
    const choices = (option && "choices" in option ? option.choices : undefined) ?? [];
    expect(choices.map((choice) => choice.value)).toEqual([...SIGNS, "none"]);
    const calf = choices.find((choice) => choice.value === "calf");
    expect(calf?.name).toBe("Hot, red or swollen calf");
    expect(calf?.name_localizations).toMatchObject({
      "es-ES": "Gemelo caliente, rojo o hinchado",
      "es-419": "Gemelo caliente, rojo o hinchado",
      de: "Heiße, rote oder geschwollene Wade",
      fr: "Mollet chaud, rouge ou gonflé",
      "pt-BR": "Panturrilha quente, vermelha ou inchada",
    });
  });

  it("at 3 or more without a sign, the reply asks once; “None of these” keeps the plan, a second answer changes nothing", async () => {
    const mild = await h.run("pain", { severity: 2, location: "knee" });
    expect(componentsOf(mild)).not.toContain("pain-signs");
    const reply = await h.run("pain", { severity: 4, location: "knee" });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("do you have any of these warning signs?");
    const [report] = await h.database.db
      .select()
      .from(painReports)
      .where(and(eq(painReports.userId, h.runner.id), eq(painReports.severity, 4)));
    if (!report || !reply.message) throw new Error("no report or reply");
    const menuId = `pain-signs:${h.runner.id}:${report.id}`;
    expect(componentsOf(reply)).toContain(`"custom_id":"${menuId}"`);
    expect(componentsOf(reply)).toContain('"min_values":1');
    expect(componentsOf(reply)).toContain(`"custom_id":"${menuId}:none"`);

    // A double tap: the first answer counts, the second says so privately and changes nothing.
    const at = { user: h.runner, channelId: reply.message.channelId, messageId: reply.message.id };
    const first = h.double.clickButton({ ...at, customId: `${menuId}:none` });
    const second = h.double.clickButton({ ...at, customId: `${menuId}:none` });
    const [answered, again] = await Promise.all([first.reply(), second.reply()]);
    const [kept, refused] = answered.content.includes("Thanks") ? [answered, again] : [again, answered];
    expect(kept.content).toContain("Thanks, none of those. The plan above stands.");
    expect(kept.content.split("\n").at(-1)).toBe("Dorsi is not medical advice.");
    expect(kept.content).not.toContain("do you have any of these");
    expect(componentsOf(kept)).not.toContain("pain-signs");
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toBe("You've already answered that question, so nothing changed.");
    const [stored] = await h.database.db.select().from(painReports).where(eq(painReports.id, report.id));
    expect(stored?.signs).toEqual([]);
    expect((await runnerRow(h)).pausedAt).toBeNull();
  });

  it("a soon sign from the menu: see a professional soon, level 1, and a Pause button that works", async () => {
    const reply = await h.run("pain", { severity: 5, location: "ankle", drill: "flexed-knee" });
    if (!reply.message) throw new Error("no reply");
    const menuId = (JSON.stringify(reply.components).match(/pain-signs:\d+:\d+(?=")/) ?? [""])[0];
    const foreign = await select(reply.message, menuId, ["fever"], h.admin);
    expect(foreign.content).toContain("belongs to someone else");
    expect((await runnerRow(h)).pausedAt).toBeNull();
    const soon = await select(reply.message, menuId, ["numbness", "night_pain"]);
    expect(soon.content).toContain(
      "You've mentioned numbness or tingling and pain at night or at rest: please see a physician or physiotherapist in the next few days.",
    );
    // Already at level 1 after the report itself: said to stay there, never "back to level 1".
    expect(soon.content).toContain("Flexed-knee matrix: stays at level 1 at 5 reps, as gentle as it gets");
    expect(soon.content.split("\n").at(-1)).toBe("Dorsi is not medical advice.");
    expect(componentsOf(soon)).not.toContain("pain-signs");
    expect(componentsOf(soon)).toContain(`pain-keep:${h.runner.id}`);
    if (!soon.message) throw new Error("no updated reply");
    const paused = await h.click(soon.message, `pain-pause:${h.runner.id}:7`);
    expect(paused.content).toContain("Reminders paused until");
    expect((await runnerRow(h)).pausedUntil).not.toBeNull();
    expect((await h.run("resume")).ephemeral).toBe(true);
    expect((await runnerRow(h)).pausedAt).toBeNull();
  });

  it("an urgent sign as the option, even at 1: seen today, no keep going, no DM at the next reminder; “I've been seen” resumes", async () => {
    const reply = await h.run("pain", { severity: 1, location: "calf", sign: "calf" });
    expect(reply.content).toContain("that needs to be seen today. Please go to urgent care or the ER today");
    expect(reply.content).toContain("Stop the drills until you've been seen.");
    expect(reply.content).not.toContain("I'll check in by DM");
    expect(componentsOf(reply)).toContain(`"custom_id":"pain-seen:${h.runner.id}"`);
    for (const absent of ["pain-keep", "pain-pause", "pain-signs"])
      expect(componentsOf(reply)).not.toContain(absent);
    const member = await runnerRow(h);
    expect(member.pausedAt).not.toBeNull();
    expect(member.pausedUntil).toBeNull();

    const reminder = await nextPlanned(h, "drill");
    await expectNoDmAt(h, reminder.dueAt);
    const morning = await nextPlanned(h, "morning-check");
    await expectNoDmAt(h, morning.dueAt);
    expect((await runnerRow(h)).pausedUntil).toBeNull();

    if (!reply.message) throw new Error("no reply");
    const foreign = await h.click(reply.message, `pain-seen:${h.runner.id}`, h.admin);
    expect(foreign.content).toContain("belongs to someone else");
    expect((await runnerRow(h)).pausedAt).not.toBeNull();
    const seen = await h.click(reply.message, `pain-seen:${h.runner.id}`);
    expect(seen.content).toContain("Glad you've been seen. Your reminders are back on");
    expect(seen.components).toEqual([]);
    expect((await runnerRow(h)).pausedAt).toBeNull();

    await h.dorsi.jobs.planReminders();
    const after = await nextPlanned(h, "drill");
    h.clock.set(after.dueAt);
    expect((await h.dorsi.jobs.deliverReminders()).sent).toBe(1);
  });

  it("an urgent sign picked in the follow-up menu rewrites the reply: no keep going left, reminders paused", async () => {
    const reply = await h.run("pain", { severity: 7, location: "knee" });
    expect(componentsOf(reply)).toContain("pain-keep");
    if (!reply.message) throw new Error("no reply");
    const menuId = (JSON.stringify(reply.components).match(/pain-signs:\d+:\d+(?=")/) ?? [""])[0];
    const urgent = await select(reply.message, menuId, ["fever"]);
    expect(urgent.content).toContain(
      "You've mentioned fever or feeling unwell: that needs to be seen today.",
    );
    expect(urgent.content).not.toContain("Keep going");
    expect(componentsOf(urgent)).not.toContain("pain-keep");
    expect(componentsOf(urgent)).toContain("pain-seen");
    expect((await runnerRow(h)).pausedUntil).toBeNull();
    expect((await runnerRow(h)).pausedAt).not.toBeNull();
    const resumed = await h.run("resume");
    expect(resumed.ephemeral).toBe(true);
    if (!urgent.message) throw new Error("no updated reply");
    const stale = await h.click(urgent.message, `pain-seen:${h.runner.id}`);
    expect(stale.ephemeral).toBe(true);
    expect(stale.content).toBe("Your reminders aren't paused, so there was nothing to restart.");
  });
});

describe("warning signs on a reminder's Pain form", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ start: "2026-11-24T07:00:00Z", locale: "es-ES" });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("the form carries the sign menu; an urgent sign in it pauses the reminders, in Spanish, with no keep going", async () => {
    const { reminder, dm } = await deliverFirstDrillReminder(h, ZONE);
    const customId = `rem-pain:${reminder.id}`;
    const opened = await h.click(dm, customId);
    const labels = (opened.modal?.components ?? []) as { component: Record<string, unknown> }[];
    const menu = labels.map((label) => label.component).find((component) => component.custom_id === "signs");
    expect(menu).toMatchObject({ type: 3, required: false, min_values: 0 });
    const options = (menu?.options ?? []) as { value: string }[];
    expect(options.map((option) => option.value)).toEqual([...SIGNS, "none"]);

    const submitted = await h.double
      .submitModal({
        user: h.runner,
        customId,
        channelId: dm.channelId,
        messageId: dm.id,
        fields: { severity: "2", place: ["knee:left"], note: "", signs: ["gave_way", "swelling_worse"] },
      })
      .reply();
    const [answer] = submitted.followUps;
    if (!answer) throw new Error("no answer");
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain("Ve hoy mismo a urgencias");
    expect(answer.content).toContain("Deja los ejercicios hasta que te hayan visto.");
    expect(componentsOf(answer)).toContain("pain-seen");
    expect(componentsOf(answer)).not.toContain("pain-keep");
    const [report] = await h.database.db
      .select()
      .from(painReports)
      .where(eq(painReports.userId, h.runner.id));
    expect(report?.signs).toEqual(["swelling_worse", "gave_way"]);
    expect((await runnerRow(h)).pausedUntil).toBeNull();
    expect((await runnerRow(h)).pausedAt).not.toBeNull();
    await expectNoDmAt(h, (await nextPlanned(h, "drill")).dueAt);
  });

  it("left empty at 3 or more, the form's answer asks with the same menu", async () => {
    await h.run("resume");
    await h.dorsi.jobs.planReminders();
    const next = await nextPlanned(h, "drill");
    h.clock.set(next.dueAt);
    expect((await h.dorsi.jobs.deliverReminders()).sent).toBe(1);
    const dm = h.double.dmsTo(h.runner.id).at(-1);
    if (!dm) throw new Error("no DM");
    await h.click(dm, `rem-pain:${next.id}`);
    const submitted = await h.double
      .submitModal({
        user: h.runner,
        customId: `rem-pain:${next.id}`,
        channelId: dm.channelId,
        messageId: dm.id,
        fields: { severity: "4", place: ["ankle:left"], note: "" },
      })
      .reply();
    const [answer] = submitted.followUps;
    expect(answer?.content).toContain("¿tienes alguna de estas señales de alarma?");
    expect(componentsOf(answer ?? { components: [] })).toMatch(/pain-signs:\d+:\d+:none/);
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, painReports, reminders } from "../../src/db/schema.js";
import type { OptionValue } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;
const HOUR = 3_600_000;
const SECRET_NOTE = "sharp pain below kneecap zq7";

beforeAll(async () => {
  // Tuesday 24 Nov 2026, 19:00 UTC: an evening report.
  h = await startHarness({ start: "2026-11-24T19:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

const pain = (options: Record<string, OptionValue>) => h.run("pain", options);

describe("pain reports", () => {
  it("0 is a pain-free check-in: nothing changes", async () => {
    const reply = await pain({ severity: 0, location: "knee" });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("Dorsi is not medical advice.");
    expect(reply.content).not.toContain("I'll check in");
  });

  it("1-2 holds both matrices and plans a morning check", async () => {
    const reply = await pain({ severity: 2, location: "knee", note: SECRET_NOTE });
    expect(reply.content).toMatch(
      /Flexed-knee matrix: stays at level 1 at 5 reps and counting starts again, with no step up before <t:\d+:f>\./,
    );
    expect(reply.content).toMatch(/Straight-leg matrix: stays at level 1/);
    expect(reply.content).toMatch(/I'll check in by DM <t:\d+:f>/);
    expect(reply.content.split("\n").at(-1)).toBe("Dorsi is not medical advice.");
    expect(reply.components).toEqual([]);
  });

  it("the next-morning DM asks how it feels; 'worse' backs off at once", async () => {
    const [check] = await h.database.db.select().from(reminders).where(eq(reminders.kind, "morning-check"));
    if (!check) throw new Error("no morning check planned");
    expect(check.dueAt.toISOString()).toBe("2026-11-25T08:00:00.000Z");
    h.clock.set(check.dueAt);
    expect((await h.dorsi.jobs.deliverReminders()).sent).toBe(1);
    const [dm] = h.double.dmsTo(h.runner.id);
    expect(dm?.content).toContain("yesterday you reported 2/10 pain (knee)");
    expect(JSON.stringify(dm?.components)).toContain(`"custom_id":"morning:${check.id}:3-5"`);
    if (!dm) throw new Error("no DM");
    const answer = await h.click(dm, `morning:${check.id}:3-5`);
    expect(answer.content).toContain("Worse than last night, so I'm easing off.");
    // Worse brings the physician advice, and the pause it offers comes with its buttons.
    expect(answer.content).toContain("I can pause your reminders");
    expect(JSON.stringify(answer.components)).toContain(`pain-pause:${h.runner.id}:7`);
  });

  it("6+ resets to level 1, advises a professional; the third episode in 14 days escalates with a pause offer", async () => {
    h.clock.advance(2 * HOUR);
    // The knee's report and its morning answer are one episode; the hip's is the second.
    await pain({ severity: 1, location: "hip" });
    const severe = await pain({ severity: 6, location: "ankle", drill: "flexed-knee", context: "downhill" });
    // The escalation line, not only the severe band's advice: the third painful report in 14 days.
    expect(severe.content).toContain("it has come back several times in two weeks");
    expect(severe.content).toContain("please see a sports physician or physiotherapist");
    expect(severe.content).toContain("Dorsi is not medical advice.");
    const buttons = JSON.stringify(severe.components);
    expect(buttons).toContain(`pain-pause:${h.runner.id}:7`);
    expect(buttons).toContain(`pain-keep:${h.runner.id}`);
    const reportsSoFar = await h.database.db
      .select()
      .from(painReports)
      .where(eq(painReports.userId, h.runner.id));
    const opened = reportsSoFar.filter((report) => report.severity > 0 && report.episodeId === null);
    expect(opened.map((report) => report.location)).toEqual(["knee", "hip", "ankle"]);
    const message = severe.message;
    if (!message) throw new Error("no reply message");
    // Someone else's click on these buttons changes nothing.
    const foreign = await h.click(message, `pain-pause:${h.runner.id}:7`, h.admin);
    expect(foreign.ephemeral).toBe(true);
    expect(foreign.content).toContain("belongs to someone else");
    const [untouched] = await h.database.db.select().from(members).where(eq(members.userId, h.runner.id));
    expect(untouched?.pausedAt).toBeNull();
    const paused = await h.click(message, `pain-pause:${h.runner.id}:7`);
    expect(paused.content).toContain("Reminders paused until");
    const [member] = await h.database.db.select().from(members).where(eq(members.userId, h.runner.id));
    expect(member?.pausedUntil?.getTime()).toBe(h.clock.now().getTime() + 7 * 24 * HOUR);
  });

  it("urgent warning signs in the note bring the same-day advice and pause the reminders", async () => {
    const reply = await pain({
      severity: 5,
      location: "ankle",
      note: "it's swollen and I can't bear weight",
    });
    expect(reply.content).toContain(
      "You've mentioned not being able to put weight on it and swelling: that needs to be seen today.",
    );
    expect(JSON.stringify(reply.components)).not.toContain("pain-keep");
    const [member] = await h.database.db.select().from(members).where(eq(members.userId, h.runner.id));
    expect(member?.pausedUntil).toBeNull();
  });

  it("bad input gets a sentence and records nothing", async () => {
    const before = (await h.database.db.select().from(painReports)).length;
    const tooHigh = await pain({ severity: 11, location: "knee" });
    expect(tooHigh.content).toContain("whole number from 0 to 10");
    const longNote = await pain({ severity: 3, location: "knee", note: "x".repeat(501) });
    expect(longNote.content).toContain("500");
    expect(await h.database.db.select().from(painReports)).toHaveLength(before);
  });

  it("pain data reaches the server channel only in replies just the member sees", () => {
    const inServer = h.double.allMessages().filter((message) => message.guildId !== null);
    const mentionsPain = (message: (typeof inServer)[number]) =>
      /pain|\d+\/10/i.test(JSON.stringify(message));
    // Every /pain reply above went to the channel, privately; none was visible to the club.
    expect(inServer.filter(mentionsPain).length).toBeGreaterThanOrEqual(5);
    expect(inServer.filter(mentionsPain).every((message) => message.ephemeral)).toBe(true);
    expect(JSON.stringify(inServer.filter((message) => !message.ephemeral))).not.toContain(SECRET_NOTE);
  });
});

describe("pain reports in the runner's language", () => {
  let es: Harness;
  beforeAll(async () => {
    es = await startHarness({ start: "2026-11-24T19:00:00Z", locale: "es-ES" });
  });
  afterAll(async () => {
    await es?.stop();
  });

  it("/pain 8 from a Spanish Discord answers in Spanish: the physician, the pause buttons, the disclaimer last", async () => {
    const reply = await es.run("pain", { severity: 8, location: "ankle", drill: "flexed-knee" });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(
      /Matriz de rodilla flexionada: te quedas en el nivel 1 con 5 repeticiones, que es lo más suave, y la cuenta empieza de cero, sin subir antes del <t:\d+:f>\./,
    );
    expect(reply.content).toContain(
      "Como está en 7 o más sobre 10, ve a un médico deportivo o a un fisioterapeuta para que te explore.",
    );
    expect(reply.content).toContain("Te escribo por privado el <t:");
    expect(reply.content.split("\n").at(-1)).toBe("Dorsi no es consejo médico.");
    expect(JSON.stringify(reply.components)).toContain('"label":"Pausar recordatorios 7 días"');
  });

  it("a refused value is explained in Spanish", async () => {
    const tooHigh = await es.run("pain", { severity: 11, location: "knee" });
    expect(tooHigh.content).toBe(
      "«11» no me sirve como nivel de dolor. Dime un número entero del 0 al 10: 0 es sin dolor y 10, el peor que te puedas imaginar.",
    );
  });
});

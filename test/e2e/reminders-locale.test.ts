import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, reminders } from "../../src/db/schema.js";
import type { RecordedMessage } from "../support/discord-double/state.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;
const MINUTE = 60_000;

beforeAll(async () => {
  // Tuesday 24 Nov 2026, 12:00 in London; the runner uses Discord in German.
  h = await startHarness({ start: "2026-11-24T12:00:00Z", locale: "de" });
});
afterAll(async () => {
  await h?.stop();
});

async function remindersOf(userId: string, kind = "drill") {
  return h.database.db
    .select()
    .from(reminders)
    .where(and(eq(reminders.userId, userId), eq(reminders.kind, kind)))
    .orderBy(reminders.dueAt);
}

async function deliverAt(instant: Date) {
  h.clock.set(instant);
  return h.dorsi.jobs.deliverReminders();
}

const labels = (message: RecordedMessage | undefined) =>
  (JSON.stringify(message?.components ?? []).match(/"label":"[^"]+"/g) ?? []).map((label) =>
    label.slice(9, -1),
  );

describe("reminder DMs speak the member's language", () => {
  it("a runner who uses Discord in German gets the reminder in German, on German buttons", async () => {
    await h.run("schedule", { timezone: "london", start: "13:00", end: "18:00", per_day: 2 });
    const [member] = await h.database.db.select().from(members).where(eq(members.userId, h.runner.id));
    expect(member?.locale).toBe("de");
    const [first] = await remindersOf(h.runner.id);
    if (!first) throw new Error("nothing planned");
    expect((await deliverAt(first.dueAt)).sent).toBe(1);
    const [dm] = h.double.dmsTo(h.runner.id);
    expect(dm?.content).toMatch(
      /^Zeit fürs Sprunggelenk: ein Satz der Matrix mit (gebeugtem Knie|gestrecktem Bein), 5 Wiederholungen pro Richtung\.$/,
    );
    expect(dm?.embeds[0]?.title).toContain("Stufe 1");
    expect(labels(dm)).toEqual(["Erledigt", "Schmerzen", "Später"]);
  });

  it("Snooze and Done answer in German, and the snoozed reminder comes back in German", async () => {
    const [first] = await remindersOf(h.runner.id);
    const [dm] = h.double.dmsTo(h.runner.id);
    if (!first || !dm) throw new Error("no reminder sent");
    const snoozed = await h.click(dm, `rem-snooze:${first.id}`);
    expect(snoozed.content).toMatch(/\n⏰ Verschoben: Ich erinnere dich um <t:\d+:t> noch mal\.$/);
    expect((await deliverAt(new Date(first.dueAt.getTime() + 30 * MINUTE))).sent).toBe(1);
    const again = h.double.dmsTo(h.runner.id).at(-1);
    if (!again) throw new Error("the snoozed reminder did not come back");
    expect(labels(again)).toEqual(["Erledigt", "Schmerzen", "Später"]);
    const done = await h.click(again, `rem-done:${first.id}`);
    expect(done.content).toMatch(/^✅ Erledigt\. /);
    expect(done.components).toEqual([]);
  });

  it("closed DMs are explained in German at the next command", async () => {
    const second = (await remindersOf(h.runner.id)).find((row) => row.state === "planned");
    if (!second) throw new Error("no reminder left to send");
    h.double.setDmsClosed(h.runner.id, true);
    expect((await deliverAt(second.dueAt)).failed).toBe(1);
    h.double.setDmsClosed(h.runner.id, false);
    const reply = await h.run("log", { drill: "both" });
    expect(reply.followUps.map((message) => message.content)).toContainEqual(
      expect.stringMatching(/^Ich konnte dir keine Erinnerung schicken: .*\/resume aus\.$/),
    );
  });

  it("a member who reported pain from Discord in Spanish gets the morning check in Spanish", async () => {
    const ana = h.double.addUser({ username: "ana", globalName: "Ana", locale: "es-ES" });
    h.clock.set(new Date("2026-11-24T19:00:00Z"));
    await h.run("pain", { severity: 2, location: "ankle" }, ana);
    const [check] = await remindersOf(ana.id, "morning-check");
    if (!check) throw new Error("no morning check planned");
    expect((await deliverAt(check.dueAt)).sent).toBe(1);
    const [dm] = h.double.dmsTo(ana.id);
    expect(dm?.content).toBe(
      "Control de la mañana: ayer me dijiste que tenías un dolor de 2/10 (tobillo). ¿Cómo lo notas ahora?",
    );
    expect(labels(dm)).toEqual(["Sin dolor", "1-2", "3-5", "6-7", "8-10"]);
  });
});

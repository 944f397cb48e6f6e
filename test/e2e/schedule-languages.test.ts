import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members } from "../../src/db/schema.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;

beforeAll(async () => {
  // Tuesday 24 Nov 2026, 12:00 UTC (09:00 in São Paulo); the runner uses Discord in Brazilian Portuguese.
  h = await startHarness({ start: "2026-11-24T12:00:00Z", locale: "pt-BR" });
});
afterAll(async () => {
  await h?.stop();
});

const ENGLISH = /\b(Reminders|You're in|Next reminders|isn't|Unknown time zone|paused|Welcome)\b/;

async function storedDays(): Promise<number[] | null | undefined> {
  const [member] = await h.database.db
    .select({ days: members.days })
    .from(members)
    .where(eq(members.userId, h.runner.id));
  return member?.days;
}

describe("/schedule for a member who uses Discord in Brazilian Portuguese", () => {
  it("understands Portuguese days and times and answers in Portuguese", async () => {
    const reply = await h.run("schedule", {
      timezone: "sao paulo",
      start: "7h",
      end: "18h30",
      per_day: 3,
      days: "segunda a sexta",
    });
    const [summary, heading] = reply.content.split("\n");
    expect(summary).toBe(
      "Pronto, você está dentro! Lembretes 3 por dia entre 07:00 e 18:30, seg.–sex., horário de America/Sao_Paulo.",
    );
    expect(heading).toBe("Próximos lembretes:");
    expect(reply.content.match(/<t:\d+:F>/g)).toHaveLength(5);
    expect(reply.content).not.toMatch(ENGLISH);
    expect(await storedDays()).toEqual([1, 2, 3, 4, 5]);
  });

  it("says in Portuguese what to type instead, and changes nothing", async () => {
    const zone = await h.run("schedule", { timezone: "America/Sao_Paolo" });
    expect(zone.content).toBe(
      "Não conheço o fuso horário “America/Sao_Paolo”. Você quis dizer America/Sao_Paulo?",
    );
    const days = await h.run("schedule", { days: "segunda a domingueira" });
    expect(days.content).toMatch(
      /^Não reconheço “segunda-domingueira” como um intervalo de dias\. Use .*seg-sex/,
    );
    const time = await h.run("schedule", { start: "25h" });
    expect(time.content).toMatch(/^“25h” não é um horário\./);
    expect(await storedDays()).toEqual([1, 2, 3, 4, 5]);
  });

  it("takes days in another language than the member's own", async () => {
    const reply = await h.run("schedule", { days: "Wochenende" });
    expect(reply.content.split("\n")[0]).toBe(
      "Agenda atualizada. Lembretes 3 por dia entre 07:00 e 18:30, sáb. e dom., horário de America/Sao_Paulo.",
    );
    expect(await storedDays()).toEqual([6, 7]);
  });

  it("pauses and resumes in Portuguese", async () => {
    const paused = await h.run("pause", { days: 3 });
    expect(paused.content).toMatch(/^Lembretes pausados até <t:\d+:f>\. Sua sequência continua valendo/);
    expect((await h.run("resume")).content).toBe(
      "Que bom te ver de volta: os lembretes estão ativos de novo.",
    );
    expect((await h.run("resume")).content).toMatch(/^Seus lembretes não estavam pausados\./);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ locale: "de" });
});
afterAll(async () => {
  await h?.stop();
});

/** Words that would give away an English card. */
const ENGLISH = /\b(Set-up|Forward|Tilt|Reps|Safety|Never|pain|knee|slow|each direction)\b/;

describe("/drills for a member whose Discord speaks German", () => {
  it("shows both matrices in German", async () => {
    const reply = await h.run("drills");
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds.map((embed) => embed.title)).toEqual([
      "3-Wege-Sprunggelenk-Matrix, Knie gebeugt · Stufe 1 · Halbkniestand",
      "3-Wege-Sprunggelenk-Matrix, Bein gestreckt · Stufe 1 · Hände und Knie am Boden",
    ]);
    const [bent] = reply.embeds;
    expect(bent?.fields?.map((field) => field.name)).toEqual([
      "Ausgangsposition",
      "1 · Vorwärts",
      "2 · Seitlich",
      "3 · Drehung",
      "Wiederholungen",
      "Sicherheit",
    ]);
    expect(bent?.fields?.[0]?.value).toMatch(/^Knie dich auf ein Knie\./);
    expect(bent?.fields?.[4]?.value).toContain("Ein Satz: 5 langsame Wiederholungen pro Richtung");
    expect(bent?.footer?.text).toBe("Nie in den Schmerz hinein. Dorsi ist keine medizinische Beratung.");
    for (const embed of reply.embeds) {
      const all = [
        embed.title,
        embed.description,
        embed.footer?.text,
        ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
      ];
      expect(all.join("\n")).not.toMatch(ENGLISH);
    }
  });

  it("understands a drill typed in another language and answers in German", async () => {
    const reply = await h.run("drills", { drill: "jambe tendue" });
    expect(reply.embeds.map((embed) => embed.title)).toEqual([
      "3-Wege-Sprunggelenk-Matrix, Bein gestreckt · Stufe 1 · Hände und Knie am Boden",
    ]);
  });

  it("suggests drills with German names, the values unchanged", async () => {
    const choices = await h.double.autocomplete({
      guildId: h.guildId,
      user: h.runner,
      name: "drills",
      focused: { name: "drill", value: "gebeu" },
    });
    expect(choices).toEqual([{ name: "gebeugtes Knie (Knie angewinkelt, Soleus)", value: "flexed-knee" }]);
  });

  it("says in German when it does not know the drill", async () => {
    const reply = await h.run("drills", { drill: "Oberschenkel" });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      "Die Übung „Oberschenkel“ kenne ich nicht. Gib gebeugtes Knie oder gestrecktes Bein ein, oder lass das Feld leer für beide.",
    );
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members } from "../../src/db/schema.js";
import type { OptionValue } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;

beforeAll(async () => {
  // The runner uses Discord in German.
  h = await startHarness({ locale: "de" });
});
afterAll(async () => {
  await h?.stop();
});

const privacy = (subcommand: string, options: Record<string, OptionValue> = {}) =>
  h.runSubcommand("privacy", subcommand, options);

const labels = (components: unknown) =>
  [...JSON.stringify(components).matchAll(/"label":"([^"]+)"/g)].map((match) => match[1]);
const buttonIds = (components: unknown) =>
  [...JSON.stringify(components).matchAll(/"custom_id":"([^"]+)"/g)].map((match) => match[1]);

describe("/privacy in the member's language", () => {
  it("hide and rejoin answer in German", async () => {
    await h.run("log", { drill: "both" });
    expect((await privacy("hide", { hidden: true })).content).toBe(
      "Erledigt: Du stehst nicht mehr in der Rangliste dieses Clubs. Dein eigener Fortschritt bleibt, wie er ist. Mit /privacy hide bist du wieder dabei.",
    );
    expect((await privacy("hide", { hidden: false })).content).toBe(
      "Willkommen zurück: Du stehst wieder in der Rangliste dieses Clubs.",
    );
  });

  it("the export says so in German, and its file holds the stored language", async () => {
    const reply = await privacy("export");
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^Hier ist alles, was Dorsi über dich speichert/);
    const [file] = reply.attachments;
    expect(file?.filename).toBe(`dorsi-data-${h.runner.id}.json`);
    const exported = JSON.parse(file?.data.toString("utf8") ?? "{}");
    expect(exported.member).toMatchObject([{ userId: h.runner.id, locale: "de" }]);
  });

  it("delete asks in German on German buttons; Cancel keeps everything, confirming removes the member", async () => {
    const asked = await privacy("delete");
    expect(asked.content).toMatch(/Bist du sicher\?$/);
    expect(labels(asked.components)).toEqual(["Alles löschen", "Abbrechen"]);
    const [, cancelId] = buttonIds(asked.components);
    if (!asked.message || !cancelId) throw new Error("no confirmation");
    expect((await h.click(asked.message, cancelId)).content).toBe("Abgebrochen: Es wurde nichts gelöscht.");
    const again = await privacy("delete");
    const [deleteId] = buttonIds(again.components);
    if (!again.message || !deleteId) throw new Error("no confirmation");
    expect((await h.click(again.message, deleteId)).content).toMatch(
      /^Gelöscht\. Dorsi hat keine Daten mehr über dich/,
    );
    expect(await h.database.db.select().from(members).where(eq(members.userId, h.runner.id))).toEqual([]);
  });
});

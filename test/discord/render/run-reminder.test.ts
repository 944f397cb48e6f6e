import { describe, expect, it } from "vitest";
import { drillPictureUploads } from "../../../src/discord/render/drill-pictures.render.js";
import { stifferSideLine } from "../../../src/discord/render/measure.render.js";
import { renderReminder } from "../../../src/discord/render/reminder.render.js";
import type { Drill, Level, RepsStep } from "../../../src/domain/drills.rules.js";
import { runReminderContent } from "../../../src/domain/run-plan.rules.js";
import type { Terrain } from "../../../src/domain/runs.rules.js";
import { translator } from "../../../src/i18n/i18n.js";

const levels = new Map<Drill, { level: Level; repsStep: RepsStep }>([
  ["flexed-knee", { level: 2, repsStep: 2 }],
  ["straight-leg", { level: 1, repsStep: 1 }],
]);

const warmup = (terrain: Terrain, stiffer: { side: "left" | "right"; behindMm: number } | null = null) =>
  runReminderContent(
    {
      kind: "warmup",
      reminderId: 7,
      nonce: "dorsi-r7-0",
      locale: null,
      terrain,
      startAt: new Date("2026-10-21T05:30:00Z"),
    },
    levels,
    { stiffer, lastMeasuredOn: stiffer ? "2026-10-01" : null },
  );

/** The warm-up DM as the messenger sends it: its JSON with the pictures it uploads. */
async function sent(content: ReturnType<typeof warmup>, locale: string) {
  const tr = translator(locale);
  const pictures = await drillPictureUploads(content.kind === "warmup" ? content.routine.matrices : [], tr);
  return { message: renderReminder(content, tr, pictures.refs), files: pictures.files };
}

describe("the warm-up DM", () => {
  it("in French: a card per matrix at the member's level, each with its picture described in French", async () => {
    const { message, files } = await sent(warmup("road"), "fr");
    expect(files.map((file) => file.name)).toEqual(["flexed-knee-level-2.png", "straight-leg-level-1.png"]);
    expect(message.attachments?.map(({ id, filename }) => [id, filename])).toEqual([
      [0, "flexed-knee-level-2.png"],
      [1, "straight-leg-level-1.png"],
    ]);
    expect(message.attachments?.[0]?.description).toMatch(
      /^Matrice de cheville 3 directions, genou fléchi · Niveau 2 · .*1, de profil : .*flèche 1/,
    );
    expect(message.attachments?.[1]?.description).toMatch(
      /^Matrice de cheville 3 directions, jambe tendue · Niveau 1 · /,
    );
    expect(message.embeds.map((embed) => embed.image?.url)).toEqual([
      "attachment://flexed-knee-level-2.png",
      "attachment://straight-leg-level-1.png",
    ]);
    const [bent, straight] = message.embeds;
    expect(bent?.title).toMatch(/^Matrice genou fléchi · Niveau 2 · /);
    // The motions carry the numbers of their arrows in the picture, and the matrix's reps.
    expect(bent?.fields?.map((field) => field.name)).toEqual([
      "1 · Avant · 8 répétitions",
      "2 · Latéral · 8 répétitions",
      "3 · Rotation · 8 répétitions",
    ]);
    expect(straight?.fields?.[0]?.name).toBe("1 · Avant · 5 répétitions");
    // What Done logs closes the last card only.
    expect(bent?.footer?.text).not.toContain("Fait enregistre");
    expect(straight?.footer?.text).toMatch(/Fait enregistre une série de chaque matrice\.$/);
    expect(message.components).toHaveLength(1);
  });

  it("downhill says to do arrow 1 of both matrices first, and the cards keep the pictures' order", async () => {
    const { message } = await sent(warmup("downhill"), "en-US");
    expect(message.content.split("\n")[1]).toMatch(
      /^Forward first today: do 1 on both matrices, then 2 and 3/,
    );
    expect(message.embeds.map((embed) => embed.fields?.map((field) => field.name.slice(0, 1)))).toEqual([
      ["1", "2", "3"],
      ["1", "2", "3"],
    ]);
  });

  it("in German says to start with the stiffer side, the same line a drill reminder carries", async () => {
    const stiffer = { side: "right" as const, behindMm: 18 };
    const tr = translator("de");
    const { message } = await sent(warmup("road", stiffer), "de");
    const lines = message.content.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(stifferSideLine(stiffer, tr));
    expect(lines[1]).toBe(
      "Fang mit dem rechten Sprunggelenk an und mach einen Satz mehr dafür: Es liegt 1,8 cm hinter dem linken.",
    );
    // Its extra set (each step once more on one leg) counts in the minutes: 254 s instead of 176 s.
    expect(lines[0]).toContain("5 Minuten");
    expect((await sent(warmup("road"), "de")).message.content).toContain("3 Minuten");
  });

  it("without pictures refers to no attachment", () => {
    const message = renderReminder(warmup("trail"), translator("en-US"));
    expect(message.embeds).toHaveLength(2);
    expect(message.embeds.every((embed) => embed.image === undefined)).toBe(true);
    expect(message).not.toHaveProperty("attachments");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readProgressions, saveProgression } from "../../src/db/repos/progressions.repository.js";
import { addDays } from "../../src/domain/local-time.rules.js";
import type { RecordedAttachment } from "../support/discord-double/state.js";
import { type Harness, startHarness } from "../support/harness.js";
import { deliverFirstDrillReminder } from "../support/harness-steps.js";
import { pngSize } from "../support/png.js";

let h: Harness;

beforeAll(async () => {
  // Tuesday 24 Nov 2026, noon; the runner uses Discord in French.
  h = await startHarness({ start: "2026-11-24T12:00:00Z", locale: "fr" });
});
afterAll(async () => {
  await h?.stop();
});

const TODAY = "2026-11-24";
let levelOne: RecordedAttachment | undefined;

function expectPicture(attachment: RecordedAttachment | undefined, name: string): RecordedAttachment {
  if (!attachment) throw new Error(`no ${name}`);
  expect(attachment.filename).toBe(name);
  expect(attachment.contentType).toBe("image/png");
  expect(pngSize(attachment.data).width).toBeGreaterThanOrEqual(800);
  return attachment;
}

describe("the drill pictures reach the member", () => {
  it("/drills shows the picture of the member's level for each matrix, described in French", async () => {
    const reply = await h.run("drills");
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds.map((embed) => embed.image?.url)).toEqual([
      "attachment://flexed-knee-level-1.png",
      "attachment://straight-leg-level-1.png",
    ]);
    const [bent, straight] = reply.attachments;
    levelOne = expectPicture(bent, "flexed-knee-level-1.png");
    expectPicture(straight, "straight-leg-level-1.png");
    expect(bent?.description).toMatch(
      /^Matrice de cheville 3 directions, genou fléchi · Niveau 1 · .*1, de profil : .*flèche 1 .*2, de face : .*3, vu du dessus : /,
    );
    expect(reply.embeds[0]?.fields?.slice(1, 4).map((field) => field.name)).toEqual([
      "1 · Avant",
      "2 · Latéral",
      "3 · Rotation",
    ]);
  });

  it("after a step up to level 2, /drills shows the level 2 picture", async () => {
    await h.run("log", { drill: "flexed-knee", sets: 1 });
    // Two earlier practice days at level 1's last reps step: one more set today completes the step.
    const before = (await readProgressions(h.database.db, h.runner.id)).get("flexed-knee");
    if (!before) throw new Error("no progression");
    const almost = {
      ...before,
      repsStep: 3 as const,
      practice: [
        { date: addDays(TODAY, -2), sets: 3 },
        { date: addDays(TODAY, -1), sets: 2 },
      ],
    };
    await saveProgression(h.database.db, h.runner.id, before, almost, "test", h.clock.now());
    await h.run("log", { drill: "flexed-knee", sets: 1 });
    expect((await readProgressions(h.database.db, h.runner.id)).get("flexed-knee")?.level).toBe(2);

    const reply = await h.run("drills", { drill: "flexed-knee" });
    expect(reply.embeds[0]?.image?.url).toBe("attachment://flexed-knee-level-2.png");
    const levelTwo = expectPicture(reply.attachments[0], "flexed-knee-level-2.png");
    expect(levelTwo.data.equals(levelOne?.data ?? Buffer.alloc(0))).toBe(false);
    expect(levelTwo.description).toMatch(
      /^Matrice de cheville 3 directions, genou fléchi · Niveau 2 · .*mur/,
    );
  });

  it("a reminder DM carries its drill's picture at the member's level, described in French", async () => {
    const { reminder, dm } = await deliverFirstDrillReminder(h, "europe/paris");
    const name = reminder.drill === "flexed-knee" ? "flexed-knee-level-2.png" : "straight-leg-level-1.png";
    expect(dm.embeds[0]?.image?.url).toBe(`attachment://${name}`);
    const [picture] = dm.attachments;
    expectPicture(picture, name);
    expect(picture?.description).toMatch(/^Matrice de cheville 3 directions, .* · Niveau \d · .*flèche 3/);
    // The buttons still come with it.
    expect(dm.components).toHaveLength(1);
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measures } from "../../src/db/measures-schema.js";
import { reminders } from "../../src/db/schema.js";
import { type Harness, startHarness } from "../support/harness.js";
import { buttonIds, deliverFirstDrillReminder } from "../support/harness-steps.js";
import { pngSize } from "../support/png.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ start: "2026-11-24T12:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

const stored = () => h.database.db.select().from(measures).where(eq(measures.userId, h.runner.id));

describe("measuring the ankles with /measure", () => {
  it("without numbers: how to do the test, and an empty history", async () => {
    const reply = await h.run("measure");
    expect(reply.ephemeral).toBe(true);
    const [how, history] = reply.embeds;
    expect(how?.title).toBe("The knee-to-wall test: two minutes");
    expect(how?.description).toContain("Move the foot back until the knee only just touches the wall");
    expect(how?.description).toContain("Measure from the big toe to the wall");
    expect(how?.description).toContain("Three tries per foot; keep the best.");
    expect(how?.description).toContain("/measure left: … right: …");
    expect(history?.description).toBe("No measures yet: this will be your first.");
    expect(reply.attachments).toEqual([]);
  });

  it.each([
    [{ left: -1, right: 10 }, "left foot"],
    [{ left: 10, right: 25.5 }, "right foot"],
    [{ left: 12.34 }, "left foot"],
  ])("bad input %j gets a private sentence with the range, and nothing is stored", async (options, foot) => {
    const reply = await h.run("measure", options);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain(foot);
    expect(reply.content).toContain("from 0 to 25 with at most one decimal");
    expect(await stored()).toEqual([]);
  });

  it("records both sides and names the stiffer one, with a chart", async () => {
    const reply = await h.run("measure", { left: 9.5, right: 11.5 });
    expect(reply.ephemeral).toBe(true);
    const [embed] = reply.embeds;
    expect(embed?.title).toBe("Knee-to-wall, Nov 24, 2026");
    expect(embed?.description?.split("\n")).toEqual([
      "Left 9.5 cm, right 11.5 cm: a difference of 2.0 cm.",
      "Your left ankle is the stiffer one: work it first, and add a set for it.",
      "Left 9.5 cm is below the typical range for runners (about 10.0 cm or more): the drills are made for this.",
    ]);
    const [chart] = reply.attachments;
    expect(chart?.filename).toBe("measure.png");
    expect(pngSize(chart?.data ?? Buffer.alloc(0))).toEqual({ width: 1200, height: 675 });
    expect(await stored()).toMatchObject([{ localDate: "2026-11-24", leftMm: 95, rightMm: 115 }]);
  });

  it("drill reminders say to start with the stiffer side and add a set", async () => {
    const { dm } = await deliverFirstDrillReminder(h, "Europe/Madrid");
    expect(dm.content).toContain(
      "Start with your left ankle and add one set for it: it is 2.0 cm behind the right.",
    );
  });

  it("three weeks later, a second measure shows the change per side", async () => {
    h.clock.set("2026-12-15T12:00:00Z");
    const reply = await h.run("measure", { left: 11.5, right: 12 });
    expect(reply.embeds[0]?.description?.split("\n")).toEqual([
      "Left 11.5 cm, right 12.0 cm: a difference of 0.5 cm.",
      "A difference under 1.5 cm is normal: keep working both sides the same.",
      "Left: +2.0 cm since Nov 24, 2026. That's real progress.",
      "Right: +0.5 cm since Nov 24, 2026, within the measurement error (about 2.0 cm).",
    ]);
    const history = await h.run("measure");
    expect(history.embeds[1]?.description).toBe(
      "Dec 15, 2026: Left 11.5 cm · Right 12.0 cm\nNov 24, 2026: Left 9.5 cm · Right 11.5 cm",
    );
    expect(history.attachments.map((file) => file.filename)).toEqual(["measure.png"]);
  });

  it("/progress carries the latest figures and the measure chart", async () => {
    const reply = await h.run("progress");
    expect(reply.embeds[1]).toMatchObject({
      title: "Knee-to-wall",
      description: "Left 11.5 cm · Right 12.0 cm on Dec 15, 2026",
      image: { url: "attachment://measure.png" },
    });
    expect(reply.attachments.map((file) => file.filename)).toEqual(["progress.png", "measure.png"]);
  });

  it("four weeks after the last measure, one DM invites a re-test, with the instructions a tap away", async () => {
    h.clock.set("2027-01-10T18:00:00Z");
    expect(await h.dorsi.jobs.planMeasureInvites()).toBe(0);
    h.clock.set("2027-01-11T18:00:00Z");
    expect(await h.dorsi.jobs.planMeasureInvites()).toBe(1);
    expect(await h.dorsi.jobs.planMeasureInvites()).toBe(0);
    const [invite] = await h.database.db
      .select()
      .from(reminders)
      .where(and(eq(reminders.userId, h.runner.id), eq(reminders.kind, "measure-invite")));
    expect(invite?.localDate).toBe("2027-01-12");
    h.clock.set(invite?.dueAt ?? new Date(0));
    await h.dorsi.jobs.deliverReminders();
    const dm = h.double.dmsTo(h.runner.id).find((message) => message.content.startsWith("Four weeks"));
    expect(dm?.content).toBe(
      "Four weeks since you last measured your ankles: time for the knee-to-wall test again, to see what the drills have changed.",
    );
    if (!dm) throw new Error("no invitation DM");
    expect(buttonIds(dm)).toEqual(["measure-how"]);
    const how = await h.click(dm, "measure-how");
    expect(how.ephemeral).toBe(true);
    expect(how.embeds[0]?.title).toBe("The knee-to-wall test: two minutes");
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { painReports, setLogs } from "../../src/db/schema.js";
import { type Harness, startHarness } from "../support/harness.js";
import { deliverFirstDrillReminder } from "../support/harness-steps.js";

// Discord may deliver an INTERACTION_CREATE twice (a resumed gateway session replays events); the
// bot answers the first delivery and ignores the second, whatever the timing.
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ start: "2026-11-24T07:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** The interaction callbacks the bot attempted for an interaction, answered or refused. */
const callbackAttempts = (interactionId: string) =>
  h.double.requests.filter((entry) => entry.path.includes(`/interactions/${interactionId}/`)).length;

describe("an interaction delivered twice", () => {
  it("/log logs its sets once", async () => {
    const handle = h.double.runCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      user: h.runner,
      name: "log",
      options: { drill: "flexed-knee", sets: 2 },
    });
    h.double.redeliver(handle);
    const reply = await handle.reply();
    await settle();
    expect(reply.content).toContain("Flexed-knee matrix");
    expect(callbackAttempts(handle.id)).toBe(1);
    const logs = await h.database.db.select().from(setLogs).where(eq(setLogs.userId, h.runner.id));
    expect(logs.reduce((sum, log) => sum + log.sets, 0)).toBe(2);
  });

  it("a reminder's pain form is answered with the report, not with 'already answered'", async () => {
    const { reminder: next, dm } = await deliverFirstDrillReminder(h, "Europe/London");
    await h.click(dm, `rem-pain:${next.id}`); // opens the form
    const handle = h.double.submitModal({
      user: h.runner,
      customId: `rem-pain:${next.id}`,
      channelId: dm.channelId,
      messageId: dm.id,
      fields: { severity: "3", place: ["ankle:left"], note: "" },
    });
    h.double.redeliver(handle);
    const reply = await handle.reply();
    await settle();
    expect(reply.content).toContain("Pain reported");
    expect(reply.followUps.map((message) => message.content).join("\n")).toContain(
      "Dorsi is not medical advice.",
    );
    const reports = await h.database.db.select().from(painReports).where(eq(painReports.userId, h.runner.id));
    expect(reports).toHaveLength(1);
    expect(callbackAttempts(handle.id)).toBe(1);
  });
});

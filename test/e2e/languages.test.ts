import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/i18n.js";
import type { InteractionReply, RecordedMessage } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";
import { deliverFirstDrillReminder, moveToNextMonday } from "../support/harness-steps.js";
import { shownTexts } from "../support/pseudo-locale.js";

// Each language end to end: a member whose Discord speaks it, in a server that speaks it, meets Dorsi
// only in that language on the main paths. The expected words come from that language's catalog;
// the English ones must be absent.
const en = translator("en-US");
const all = (reply: InteractionReply | RecordedMessage) => shownTexts(reply).join("\n");

describe.each(["es-ES", "de", "fr", "pt-BR"])("a club that speaks %s", (locale) => {
  const tr = translator(locale);
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ start: "2026-11-24T07:00:00Z", locale, guildLocale: locale });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("/drills", async () => {
    const text = all(await h.run("drills"));
    expect(text).toContain(tr.t("drills.name.flexed-knee"));
    expect(text).toContain(tr.t("common.notMedicalAdvice"));
    expect(text).not.toContain(en.t("drills.name.flexed-knee"));
  });

  it("/log", async () => {
    const text = all(await h.run("log", { drill: "both" }));
    expect(text).toContain(tr.t("drills.label.straight-leg"));
    expect(text).not.toContain(en.t("drills.label.straight-leg"));
  });

  it("/pain 8: the physician advice and the disclaimer", async () => {
    const reply = await h.run("pain", { severity: 8, location: "knee" });
    expect(reply.content).toContain(tr.t("pain.reason.severity-7-plus"));
    expect(reply.content.split("\n").at(-1)).toBe(tr.t("common.notMedicalAdvice"));
    expect(reply.content).not.toContain(en.t("common.notMedicalAdvice"));
  });

  it("a reminder DM in the member's stored language", async () => {
    const { reminder: next, dm } = await deliverFirstDrillReminder(h, "Europe/Madrid");
    const text = all(dm);
    for (const button of ["done", "pain", "snooze"] as const) {
      expect(text).toContain(tr.t(`reminders.button.${button}`));
    }
    expect(text).toContain(tr.t(`drills.label.${next.drill ?? "flexed-knee"}`));
    expect(text).not.toContain("Ankle time");
  });

  it("the weekly board in the server's language", async () => {
    await h.run(
      "club",
      { channel: h.channelId, timezone: "Europe/Madrid", post_day: "mon", post_time: "09:00" },
      h.admin,
    );
    moveToNextMonday(h, "Europe/Madrid", 9, 5);
    await h.dorsi.jobs.postWeeklyBoards();
    const [post] = h.double.messagesIn(h.channelId).filter((message) => message.source === "channel");
    if (!post) throw new Error("no weekly post");
    expect(post.embeds[0]?.footer?.text).toBe(
      tr.t("board.embed.footer", { count: 1, zone: "Europe/Madrid" }),
    );
    expect(all(post)).toContain("Rita Runner");
  });
});

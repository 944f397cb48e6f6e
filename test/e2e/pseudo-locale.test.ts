import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PSEUDO_LOCALE } from "../../src/i18n/locales.js";
import type { InteractionReply, OptionValue, RecordedMessage } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";
import { moveToNextMonday } from "../support/harness-steps.js";
import { shownTexts, wordsOutsideCatalogs } from "../support/pseudo-locale.js";

// Every catalog string reads ⟦…⟧ in the pseudo-locale, so a word outside the brackets in anything the
// member is shown was written outside the catalogs. Names the members typed are theirs, not ours.
const NOTE = "zq sore";
const NAMES = ["Rita Runner", "Coach Kim", "Trail Club", "Europe/Madrid", NOTE];

let h: Harness;
const leaks: { step: string; words: string }[] = [];

function check(step: string, reply: InteractionReply | RecordedMessage | undefined): void {
  if (!reply) throw new Error(`${step}: nothing was sent`);
  const texts = shownTexts(reply);
  expect(texts.length, `${step} shows some text`).toBeGreaterThan(0);
  for (const text of texts) {
    const words = wordsOutsideCatalogs(text, NAMES);
    if (words) leaks.push({ step, words });
  }
}

const run = async (name: string, options: Record<string, OptionValue> = {}) => {
  const reply = await h.run(name, options);
  check(`/${name} ${JSON.stringify(options)}`, reply);
  return reply;
};

const runSub = async (name: string, subcommand: string, user = h.runner) => {
  const reply = await h.double
    .runCommand({ guildId: h.guildId, channelId: h.channelId, user, name, subcommand })
    .reply();
  check(`/${name} ${subcommand}`, reply);
  return reply;
};

/** The custom ids of a message's buttons, in order. */
function buttonIds(message: { components: unknown }): string[] {
  return [...JSON.stringify(message.components).matchAll(/"custom_id":"([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
}

/** Moves the clock an hour at a time until a DM with a button of `prefix` comes; checks every DM on the way. */
async function deliverNext(prefix: "rem-done" | "morning"): Promise<RecordedMessage> {
  let seen = h.double.dmsTo(h.runner.id).length;
  for (let hour = 0; hour < 48; hour += 1) {
    h.clock.advance(60 * 60_000);
    await h.dorsi.jobs.planReminders();
    await h.dorsi.jobs.deliverReminders();
    const fresh = h.double.dmsTo(h.runner.id).slice(seen);
    seen += fresh.length;
    for (const dm of fresh) check(`DM ${buttonIds(dm)[0] ?? ""}`, dm);
    const wanted = fresh.find((dm) => buttonIds(dm).some((id) => id.startsWith(`${prefix}:`)));
    if (wanted) return wanted;
  }
  throw new Error(`no ${prefix} DM came in 48 hours`);
}

const button = (message: RecordedMessage, prefix: string) => {
  const id = buttonIds(message).find((candidate) => candidate.startsWith(`${prefix}:`));
  if (!id) throw new Error(`no ${prefix} button in ${buttonIds(message)}`);
  return id;
};

beforeAll(async () => {
  h = await startHarness({
    start: "2026-11-24T07:00:00Z",
    locale: PSEUDO_LOCALE,
    guildLocale: PSEUDO_LOCALE,
  });
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => {
  leaks.length = 0;
});

describe("pseudo-locale: every text a member meets comes from the catalogs", () => {
  it("commands, their errors and autocomplete", async () => {
    await run("schedule", { timezone: "Europe/Madrid", start: "07:00", end: "22:00", per_day: 6 });
    await run("schedule", { start: "25:00" });
    await run("log", { drill: "both" });
    await run("log", { drill: "hamstrings" });
    const choices = await h.double.autocomplete({
      guildId: h.guildId,
      user: h.runner,
      name: "log",
      focused: { name: "drill", value: "fle" },
    });
    for (const choice of choices) {
      const words = wordsOutsideCatalogs(choice.name, NAMES);
      if (words) leaks.push({ step: "/log drill autocomplete", words });
    }
    for (const severity of [0, 2, 4, 8]) {
      await run("pain", { severity, location: "knee", context: "downhill", note: NOTE });
    }
    await run("progress");
    await run("drills");
    await run("drills", { drill: "straight-leg" });
    await run("pause", { days: 2 });
    await run("resume");
    await run("leaderboard");
    await run("club", {
      channel: h.channelId,
      timezone: "Europe/Madrid",
      post_day: "mon",
      post_time: "09:00",
    });
    const admin = await h.run(
      "club",
      { channel: h.channelId, timezone: "Europe/Madrid", post_day: "mon", post_time: "09:00" },
      h.admin,
    );
    check("/club as admin", admin);
    await runSub("privacy", "export");
    await runSub("privacy", "hide");
    await runSub("privacy", "hide");
    const confirm = await runSub("privacy", "delete");
    const cancel = buttonIds(confirm).find((id) => id.includes("cancel"));
    if (cancel && confirm.message) check("/privacy delete cancelled", await h.click(confirm.message, cancel));
    expect(leaks).toEqual([]);
  });

  it("reminder DMs, their buttons, the pain form and the morning check", async () => {
    const reminder = await deliverNext("rem-done");
    check("reminder Done", await h.click(reminder, button(reminder, "rem-done")));
    const second = await deliverNext("rem-done");
    check("reminder Snooze", await h.click(second, button(second, "rem-snooze")));
    const third = await deliverNext("rem-done");
    const painId = button(third, "rem-pain");
    check("pain form", await h.click(third, painId));
    const submitted = await h.double
      .submitModal({
        user: h.runner,
        customId: painId,
        channelId: third.channelId,
        messageId: third.id,
        fields: { severity: "3", place: ["ankle:left"], note: "" },
      })
      .reply();
    check("pain form submitted", submitted);
    // Pain plans a next-morning check by DM.
    const morning = await deliverNext("morning");
    check("morning check answer", await h.click(morning, button(morning, "morning")));
    expect(leaks).toEqual([]);
  });

  it("the weekly board posted in the club's channel", async () => {
    // Next Monday 09:05 in Madrid, just after the post time the admin chose.
    moveToNextMonday(h, "Europe/Madrid", 9, 5);
    await h.dorsi.jobs.postWeeklyBoards();
    const posts = h.double.messagesIn(h.channelId).filter((message) => message.source === "channel");
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) check("weekly post", post);
    expect(leaks).toEqual([]);
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clubs } from "../../src/db/schema.js";
import { type Harness, startHarness } from "../support/harness.js";

const PNG = "89504e470d0a1a0a";
/** Intl puts thin and narrow no-break spaces around range dashes; compare them as plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\s/g, " ");
const posts = (h: Harness) =>
  h.double.messagesIn(h.channelId).filter((message) => message.source === "channel" && !message.deleted);

describe("the weekly board in a French server", () => {
  let h: Harness;
  // Monday 09:00 in Paris (UTC+1): the boards of the weeks of 23 and 30 November, and 7 December.
  const dues = ["2026-11-30T08:00:10Z", "2026-12-07T08:00:10Z", "2026-12-14T08:00:10Z"];

  beforeAll(async () => {
    h = await startHarness({ start: "2026-11-24T12:00:00Z", guildLocale: "fr" });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("answers the admin's /club in the admin's own language and stores the server's", async () => {
    const reply = await h.run(
      "club",
      { channel: h.channelId, timezone: "europe/paris", post_day: "mon", post_time: "09:00" },
      h.admin,
    );
    expect(reply.content).toContain("every Monday at 09:00 (Europe/Paris)");
    const [club] = await h.database.db.select().from(clubs).where(eq(clubs.guildId, h.guildId));
    expect(club?.locale).toBe("fr");
  });

  it("posts the week's board in French", async () => {
    await h.run("log", { drill: "both", sets: 2 }, h.runner);
    h.clock.set(dues[0] as string);
    expect(await h.dorsi.jobs.postWeeklyBoards()).toMatchObject([{ result: "posted" }]);
    const [post] = posts(h);
    const embed = post?.embeds[0];
    expect(plain(embed?.title)).toBe("Trail Club : classement de la semaine · 23–29 nov. 2026");
    expect(embed?.description).toBe("**1.** Rita Runner — **7 pts** · 1 jour");
    expect(embed?.fields?.[0]).toMatchObject({
      name: "Temps forts",
      value: "Régularité : **Rita Runner** (1 jour)",
    });
    expect(embed?.footer?.text).toMatch(/^1 personne au classement · points : 1 par série/);
    expect(post?.attachments[0]?.data.subarray(0, 8).toString("hex")).toBe(PNG);
  });

  it("asks Discord for the server's language when none is stored yet", async () => {
    await h.database.db.update(clubs).set({ locale: null }).where(eq(clubs.guildId, h.guildId));
    h.clock.set(dues[1] as string);
    expect(await h.dorsi.jobs.postWeeklyBoards()).toMatchObject([{ result: "posted" }]);
    const embed = posts(h).at(-1)?.embeds[0];
    expect(plain(embed?.title)).toBe("Trail Club : classement de la semaine · 30 nov. – 6 déc. 2026");
    expect(embed?.description).toBe("Personne n'a noté de série cette semaine-là.");
  });

  it("follows the stored locale when the server changes its language", async () => {
    await h.database.db.update(clubs).set({ locale: "pt-BR" }).where(eq(clubs.guildId, h.guildId));
    h.clock.set(dues[2] as string);
    await h.dorsi.jobs.postWeeklyBoards();
    const embed = posts(h).at(-1)?.embeds[0];
    expect(plain(embed?.title)).toBe("Trail Club: ranking da semana · 7 – 13 de dez. de 2026");
    expect(posts(h)).toHaveLength(3);
  });
});

describe("/leaderboard in a German server", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ start: "2026-11-24T12:00:00Z", guildLocale: "de" });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("shows the board in German to the channel and the caller's place in the caller's language", async () => {
    await h.run("log", { drill: "both", sets: 2 }, h.runner);
    const reply = await h.run("leaderboard", {}, h.admin);
    expect(reply.ephemeral).toBe(false);
    const [embed] = reply.embeds;
    expect(plain(embed?.title)).toBe("Trail Club: diese Woche · 23.–29. Nov. 2026");
    expect(embed?.description).toBe("**1.** Rita Runner — **7 Pkt.** · 1 Tag");
    expect(embed?.footer?.text).toContain("1 Person auf der Rangliste");
    expect(reply.attachments[0]?.data.subarray(0, 8).toString("hex")).toBe(PNG);
    // The admin uses Discord in English: their private note is English.
    expect(reply.followUps[0]).toMatchObject({ ephemeral: true });
    expect(reply.followUps[0]?.content).toContain("You're not on this board yet");
  });

  it("tells a German-speaking caller their place in German", async () => {
    const reply = await h.double
      .runCommand({
        guildId: h.guildId,
        channelId: h.channelId,
        user: h.admin,
        name: "leaderboard",
        locale: "de",
      })
      // The caller's place is a follow-up after the board: wait out a slow machine's pauses.
      .reply({ quietMs: 1_000 });
    expect(plain(reply.embeds[0]?.title)).toBe("Trail Club: diese Woche · 23.–29. Nov. 2026");
    expect(reply.followUps[0]?.content).toContain("Du stehst noch nicht auf dieser Rangliste");
  });

  it("shows last week's empty board in German", async () => {
    const reply = await h.run("leaderboard", { week: "last" }, h.runner);
    expect(plain(reply.embeds[0]?.title)).toBe("Trail Club: letzte Woche · 16.–22. Nov. 2026");
    expect(reply.embeds[0]?.description).toBe("In dieser Woche hat niemand einen Satz eingetragen.");
  });
});

import type { APIEmbed, BaseMessageOptions } from "discord.js";
import { describe, expect, it } from "vitest";
import type { ClubSetup } from "../../../src/app/club.usecases.js";
import type { ClubBoard, WeeklyBoard } from "../../../src/app/leaderboard.usecases.js";
import type { PostFailureNote } from "../../../src/app/weekly-posts.usecases.js";
import { clubCommand } from "../../../src/discord/commands/club.command.js";
import { leaderboardCommand } from "../../../src/discord/commands/leaderboard.command.js";
import { renderClubSetup } from "../../../src/discord/render/club.render.js";
import {
  renderLeaderboardReply,
  renderStanding,
  renderWeeklyPost,
  weekRangeLabel,
} from "../../../src/discord/render/leaderboard.render.js";
import type { LeaderboardRow } from "../../../src/domain/scoring.rules.js";
import { weekByOffset } from "../../../src/domain/week.rules.js";
import { type Translator, translator } from "../../../src/i18n/i18n.js";
import { LOCALES } from "../../../src/i18n/locales.js";

/** A message's embeds as the JSON Discord receives. */
function embedsOf(message: BaseMessageOptions): APIEmbed[] {
  return (message.embeds ?? []).map((embed) => ("toJSON" in embed ? embed.toJSON() : (embed as APIEmbed)));
}

const en = translator("en-US");
const de = translator("de");
/** Intl puts thin and narrow no-break spaces around range dashes; compare them as plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\s/g, " ");

const week = weekByOffset(new Date("2026-11-25T12:00:00Z"), "Europe/Berlin", 0);
const row = (rank: number, displayName: string, points: number, activeDays: number): LeaderboardRow => ({
  rank,
  userId: `30000000000000000${rank}`,
  displayName,
  points,
  activeDays,
  sets: points,
  reachedAt: new Date("2026-11-24T12:00:00Z"),
});
const board: ClubBoard = {
  guildId: "400000000000000001",
  clubName: "Lauftreff_Süd",
  timeZone: "Europe/Berlin",
  week,
  rows: [row(1, "Jörg", 12, 3), row(2, "Anna *fast*", 1, 1)],
};
const empty: ClubBoard = { ...board, rows: [] };

describe("weekRangeLabel", () => {
  it.each([
    ["en-US", "2026-11-23", "Nov 23 – 29, 2026"],
    ["en-US", "2026-11-30", "Nov 30 – Dec 6, 2026"],
    ["en-US", "2026-12-28", "Dec 28, 2026 – Jan 3, 2027"],
    ["de", "2026-11-23", "23.–29. Nov. 2026"],
    ["de", "2026-12-28", "28. Dez. 2026 – 3. Jan. 2027"],
    ["fr", "2026-11-30", "30 nov. – 6 déc. 2026"],
    ["es-ES", "2026-11-23", "23–29 nov 2026"],
  ])("%s: the week of %s is %s", (locale, monday, label) => {
    expect(plain(weekRangeLabel(monday, translator(locale)))).toBe(label);
  });
});

describe("the board embed", () => {
  it("speaks English: title, rows with points and days, footer; names stay markdown-safe", async () => {
    const [data] = embedsOf(await renderLeaderboardReply(board, "this", en));
    expect(plain(data?.title)).toBe("Lauftreff\\_Süd: this week · Nov 23 – 29, 2026");
    expect(data?.description).toBe(
      "**1.** Jörg — **12 pts** · 3 days\n**2.** Anna \\*fast\\* — **1 pt** · 1 day",
    );
    expect(data?.footer?.text).toMatch(/^2 runners on the board · .* · weeks in Europe\/Berlin$/);
  });

  it("speaks German, and says an empty past week in the past", async () => {
    const [data] = embedsOf(await renderLeaderboardReply(board, "last", de));
    expect(plain(data?.title)).toBe("Lauftreff\\_Süd: letzte Woche · 23.–29. Nov. 2026");
    expect(data?.description).toContain("**1.** Jörg — **12 Pkt.** · 3 Tage");
    expect(data?.description).toContain("**1 Pkt.** · 1 Tag");
    expect(data?.footer?.text).toContain("2 Personen auf der Rangliste");

    const [noneData] = embedsOf(await renderLeaderboardReply(empty, "last", de));
    expect(noneData?.description).toBe("In dieser Woche hat niemand einen Satz eingetragen.");
    expect(noneData?.footer?.text).toMatch(/^0 Personen/);
  });

  it("gives the weekly post its highlights in the server's language", async () => {
    const weekly: WeeklyBoard = {
      ...board,
      highlights: {
        mostConsistent: board.rows[0],
        mostImproved: { row: board.rows[0] as LeaderboardRow, gain: 8 },
        steppedUp: [
          ...Array.from({ length: 11 }, (_, i) => ({
            userId: `1${i}`,
            displayName: `Läufer ${i}`,
            drill: "straight-leg" as const,
            level: 2,
          })),
        ],
      },
    };
    const germanPost = await renderWeeklyPost(weekly, de);
    const [data] = embedsOf(germanPost);
    expect(plain(data?.title)).toBe("Lauftreff\\_Süd: Wochenrangliste · 23.–29. Nov. 2026");
    const field = data?.fields?.[0];
    expect(field?.name).toBe("Highlights");
    expect(field?.value).toContain("Am beständigsten: **Jörg** (3 Tage)");
    expect(field?.value).toContain("Größter Sprung: **Jörg** (+8 Pkt. gegenüber der Vorwoche)");
    expect(field?.value).toContain(
      "Aufgestiegen: **Läufer 0** hat Stufe 2 der Matrix mit gestrecktem Bein erreicht",
    );
    expect(field?.value).toContain("…und 1 weiterer Aufstieg");
    expect(germanPost.allowedMentions).toEqual({ parse: [] });

    const [english] = embedsOf(await renderWeeklyPost(weekly, en));
    expect(english?.fields?.[0]?.value).toContain(
      "Stepped up: **Läufer 0** reached Level 2 of the Straight-leg matrix",
    );
  });
});

describe("renderStanding", () => {
  const ranked = { kind: "ranked", row: row(12, "Jo", 5, 2), of: 15 } as const;

  it("tells the caller their place in English and German", () => {
    expect(renderStanding(ranked, en)).toBe(
      "You're #12 of 15 with 5 points over 2 days. Every day with a set adds 3 points.",
    );
    expect(renderStanding(ranked, de)).toBe(
      "Du bist auf Platz 12 von 15: 5 Punkte, 2 Tage aktiv. Jeder Tag mit einem Satz bringt 3 Punkte.",
    );
    expect(renderStanding({ kind: "absent" }, de)).toContain("/drills");
    expect(renderStanding({ kind: "hidden" }, en)).toContain("/privacy hide");
    expect(renderStanding({ kind: "top", row: row(1, "Jo", 5, 2) }, de)).toBeNull();
  });
});

describe("/club's reply", () => {
  const setup: ClubSetup = {
    channelId: "500000000000000001",
    timeZone: "Europe/Berlin",
    postDay: 1,
    postTime: 9 * 60,
    nextPostAt: new Date("2026-11-30T08:00:00Z"),
    previousPostError: null,
    pendingPost: { week, dueAt: new Date("2026-11-30T08:00:00Z") },
  };

  it("says the schedule, the pending post and the missing permissions in German", () => {
    const reply = renderClubSetup(setup, ["EmbedLinks", "AttachFiles"], de);
    expect(plain(reply.content)).toContain(
      "Die Wochenrangliste kommt jeden Montag um 09:00 Uhr (Europe/Berlin) in <#500000000000000001>.",
    );
    expect(plain(reply.content)).toContain("Die Rangliste für 23.–29. Nov. 2026 war <t:1796025600:R> fällig");
    const [warning] = embedsOf(reply);
    expect(warning?.title).toBe("Dort kann ich noch nicht posten");
    expect(warning?.description).toContain(
      "mir fehlen in <#500000000000000001> Berechtigungen: Links einbetten und Dateien anhängen.",
    );
  });

  it("says the schedule in English, and which permissions to check when it could not look", () => {
    const reply = renderClubSetup({ ...setup, pendingPost: null, postDay: 7 }, null, en);
    expect(reply.content).toContain("goes to <#500000000000000001> every Sunday at 09:00 (Europe/Berlin).");
    expect(reply.content).toContain(
      "make sure I have View Channel, Send Messages, Embed Links, and Attach Files there.",
    );
    expect(reply.embeds).toEqual([]);
  });

  /** A stored post failure as /club words it: the description of its warning embed. */
  const renderPostFailure = (failure: PostFailureNote, tr: Translator) =>
    embedsOf(renderClubSetup({ ...setup, previousPostError: failure }, [], tr))[0]?.description ?? "";

  it("words a stored post failure in the admin's language, and old English text as it was", () => {
    const channel = "500000000000000009";
    const gone = { code: "missing-channel", week: "2026-11-23", channelId: channel } as const;
    expect(plain(renderPostFailure(gone, en))).toBe(
      `The board for Nov 23 – 29, 2026 wasn't posted: I can't find or open <#${channel}> any more. Run /club to pick its channel again.`,
    );
    const refused = {
      code: "missing-permission",
      week: "2026-11-23",
      channelId: channel,
      missing: ["AttachFiles"],
    } as const;
    expect(plain(renderPostFailure(refused, de))).toBe(
      `Die Rangliste für 23.–29. Nov. 2026 wurde nicht gepostet: In <#${channel}> fehlen mir Berechtigungen (Dateien anhängen). Gib mir dort diese Berechtigungen: Kanal ansehen, Nachrichten senden, Links einbetten und Dateien anhängen. Oder führ /club mit einem anderen Kanal aus.`,
    );
    expect(renderPostFailure({ ...refused, missing: [] }, de)).toContain("fehlt mir eine Berechtigung");
    expect(renderPostFailure({ code: "text", text: "I can't see #board." }, de)).toBe("I can't see #board.");

    const reply = renderClubSetup({ ...setup, previousPostError: gone }, [], translator("fr"));
    const embeds = embedsOf(reply);
    expect(embeds.map((embed) => embed.title)).toEqual(["La dernière publication hebdo a échoué"]);
    expect(embeds[0]?.description).toContain("n'a pas été publié");
  });
});

describe("command texts", () => {
  it("keep post_day values and give each language its day names, every text within Discord's limits", () => {
    const postDay = clubCommand.data.options?.find((option) => option.name === "post_day") as {
      choices: { name: string; name_localizations: Record<string, string>; value: string }[];
    };
    expect(postDay.choices.map((c) => c.value)).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    expect(postDay.choices[0]?.name).toBe("Monday");
    expect(postDay.choices[0]?.name_localizations).toMatchObject({
      de: "Montag",
      fr: "lundi",
      "es-419": "lunes",
    });
    const texts = JSON.stringify([clubCommand.data, leaderboardCommand.data]);
    const localized = [...texts.matchAll(/"(?:[a-z]{2}(?:-[A-Z0-9]+)?)":"([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(localized.length).toBeGreaterThan(LOCALES.length * 10);
    for (const text of localized) expect(text.length).toBeLessThanOrEqual(100);
  });
});

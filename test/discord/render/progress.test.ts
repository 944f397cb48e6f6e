import type { APIEmbed, BaseMessageOptions } from "discord.js";
import { describe, expect, it } from "vitest";
import type { ProgressReport } from "../../../src/app/progress.usecases.js";
import type { PainReportRow } from "../../../src/db/repos/pain-reports.repository.js";
import { renderProgressReply } from "../../../src/discord/render/progress.render.js";
import { initialProgression } from "../../../src/domain/progression.rules.js";
import { translator } from "../../../src/i18n/i18n.js";

const NOW = new Date("2026-11-20T12:00:00Z");

function report(extra: Partial<ProgressReport> = {}): ProgressReport {
  return {
    known: true,
    now: NOW,
    today: "2026-11-20",
    matrices: [
      { state: initialProgression("flexed-knee"), weekSets: 1 },
      { state: initialProgression("straight-leg"), weekSets: 2 },
    ],
    streakDays: 1,
    lastPain: undefined,
    days: [{ localDate: "2026-11-20", sets: new Map([["flexed-knee", 1]]) }],
    measures: [],
    runs: null,
    readyForTrails: false,
    ...extra,
  };
}

function pain(location: string): PainReportRow {
  return {
    id: 1,
    userId: "1",
    severity: 3,
    location,
    side: null,
    episodeId: null,
    drill: null,
    context: null,
    note: null,
    signs: null,
    source: "command",
    reportedAt: new Date("2026-11-19T12:00:00Z"),
    localDate: "2026-11-19",
    interactionId: null,
  };
}

function embedOf(reply: BaseMessageOptions): APIEmbed | undefined {
  const [embed] = reply.embeds ?? [];
  return embed && "toJSON" in embed ? embed.toJSON() : embed;
}

describe("renderProgressReply", () => {
  it("words the embed in German: streak, week sets and the last pain report", async () => {
    const reply = await renderProgressReply(report({ lastPain: pain("calf") }), translator("de"));
    const embed = embedOf(reply);
    expect(embed?.title).toBe("Dein Sprunggelenk-Fortschritt");
    expect(embed?.description).toBe("Serie: **1 Tag** am Stück mit mindestens einem Satz.");
    expect(embed?.fields?.slice(0, 2).map((field) => field.value.split("\n")[1])).toEqual([
      "Diese Woche: 1 Satz",
      "Diese Woche: 2 Sätze",
    ]);
    expect(embed?.fields?.[2]).toEqual({
      name: "Letzte Schmerzmeldung",
      value: `3/10, Wade, <t:${Date.parse("2026-11-19T12:00:00Z") / 1000}:R>`,
    });
  });

  it("greets a newcomer in English and reads an unknown stored place as somewhere else", async () => {
    const reply = await renderProgressReply(
      report({ known: false, lastPain: pain("elbow") }),
      translator("en-US"),
    );
    const embed = embedOf(reply);
    expect(embed?.description).toBe(
      "Nothing logged yet. Start with /drills, then /log after your first set.",
    );
    expect(embed?.fields?.[2]?.value).toMatch(/^3\/10, somewhere else, <t:\d+:R>$/);
  });
});

describe("runs on /progress", () => {
  it("shows the week's runs and warm-ups, and the trails once the member is ready", async () => {
    const tr = translator("en-US");
    const plain = embedOf(await renderProgressReply(report(), tr));
    expect(JSON.stringify(plain)).not.toContain("Runs this week");
    expect(plain?.description).not.toContain("new mobility");
    const reply = await renderProgressReply(
      report({ runs: { planned: 2, warmupsDone: 1, checkIns: 2, painFree: 1 }, readyForTrails: true }),
      tr,
    );
    const embed = embedOf(reply);
    expect(embed?.fields).toContainEqual({
      name: "Runs this week",
      value: "Planned: 2 · warm-ups done: 1 · check-ins answered: 2, 1 pain-free",
    });
    expect(embed?.description).toContain("Use your new mobility");
  });
});

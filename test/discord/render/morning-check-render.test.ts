import { describe, expect, it } from "vitest";
import type { MorningAnswer } from "../../../src/app/morning-answers.usecases.js";
import type { PainChange } from "../../../src/app/report-pain.usecases.js";
import { renderMorningAnswer } from "../../../src/discord/render/morning-check.render.js";
import { applyBackOff } from "../../../src/domain/back-off.rules.js";
import { decideMorningCheck, type MorningBand } from "../../../src/domain/morning-check.rules.js";
import type { PastReport } from "../../../src/domain/pain.rules.js";
import { initialProgression } from "../../../src/domain/progression.rules.js";
import { translator } from "../../../src/i18n/i18n.js";
import { LOCALES } from "../../../src/i18n/locales.js";
import { pastReport } from "../../support/pain-history.js";

const NOW = new Date("2026-11-25T08:00:00Z");
const TOMORROW = new Date("2026-11-26T08:00:00Z");
const USER = "300000000000000003";
const en = translator("en-US");
const de = translator("de");

function answered(
  band: MorningBand,
  recent: readonly PastReport[],
  extra: { changes?: PainChange[]; nextCheckAt?: Date | null } = {},
): MorningAnswer {
  const result = decideMorningCheck({
    band,
    episodeId: 1,
    drill: "flexed-knee",
    localDate: "2026-11-25",
    answeredAt: NOW,
    recent,
  });
  return { result, changes: extra.changes ?? [], nextCheckAt: extra.nextCheckAt ?? null };
}

const evening = (severity: number) => [pastReport(NOW, 1, 13, { severity })];
const twoMornings = [
  pastReport(NOW, 1, 37, { severity: 5 }),
  pastReport(NOW, 2, 24, { severity: 3, episodeId: 1, morningAnswer: true }),
];
/** What applyDecision reports for the flexed-knee matrix at level 2, 8 reps. */
function changed(answer: MorningAnswer): PainChange[] {
  const before = { ...initialProgression("flexed-knee"), level: 2 as const, repsStep: 2 as const };
  return [
    { drill: "flexed-knee", outcome: applyBackOff(before, answer.result.decision.plan.backOff, NOW).outcome },
  ];
}

const lines = (content: string) => content.split("\n");
const buttonIds = (reply: ReturnType<typeof renderMorningAnswer>) =>
  reply.components.flatMap((row) => row.components.map((button) => JSON.stringify(button.toJSON())));

describe("the answer to a morning check", () => {
  it("settled keeps the plan and asks no more", () => {
    const reply = renderMorningAnswer(answered("1-2", evening(3)), USER, en);
    expect(reply).toEqual({
      content:
        "Good to hear it's settled this morning. Your plan stays as it is.\nDorsi is not medical advice.",
      components: [],
    });
    expect(renderMorningAnswer(answered("none", evening(3)), USER, de).content).toBe(
      "Schön, dass es sich bis heute Morgen beruhigt hat. Dein Plan bleibt, wie er ist.\nDorsi ist keine medizinische Beratung.",
    );
  });

  it("not settled yet: the plan stays, and it says when it asks again", () => {
    const reply = renderMorningAnswer(answered("3-5", evening(4), { nextCheckAt: TOMORROW }), USER, en);
    expect(lines(reply.content)).toEqual([
      "Still some pain this morning, so the plan stays as it is now. Keep to the pain-free range.",
      `I'll ask again on <t:${TOMORROW.getTime() / 1000}:f>. Tell me sooner with /pain if it changes.`,
      "Dorsi is not medical advice.",
    ]);
    expect(reply.components).toEqual([]);
  });

  it("3 or more on two mornings running: the physician advice with working Pause and Keep going", () => {
    const reply = renderMorningAnswer(answered("3-5", twoMornings, { nextCheckAt: TOMORROW }), USER, en);
    expect(lines(reply.content)).toEqual([
      "Still some pain this morning, so the plan stays as it is now. Keep to the pain-free range.",
      "Because it hasn't settled on two mornings in a row, please see a sports physician or physiotherapist who can examine you.",
      "If you'd like a break, I can pause your reminders while you get it checked.",
      `I'll ask again on <t:${TOMORROW.getTime() / 1000}:f>. Tell me sooner with /pain if it changes.`,
      "Dorsi is not medical advice.",
    ]);
    const buttons = buttonIds(reply);
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toContain(`"custom_id":"pain-pause:${USER}:7"`);
    expect(buttons[1]).toContain(`"custom_id":"pain-keep:${USER}"`);
  });

  it("on the urgent tier the pause comes alone, without keep going", () => {
    const urgent = twoMornings.map((report) => ({ ...report, signTier: "urgent" as const }));
    const reply = renderMorningAnswer(answered("3-5", urgent), USER, en);
    expect(reply.content).toContain("I can pause your reminders");
    expect(buttonIds(reply)).toEqual([expect.stringContaining("pain-pause:")]);
  });

  it("worse eases off as /pain would, with the levels it moved, the advice and the pause", () => {
    const worse = answered("3-5", evening(2), { nextCheckAt: TOMORROW });
    const answer = { ...worse, changes: changed(worse) };
    const english = lines(renderMorningAnswer(answer, USER, en).content);
    expect(english[0]).toBe("Worse than last night, so I'm easing off.");
    expect(english[1]).toBe("Thanks for telling me.");
    expect(english[2]).toMatch(
      /^Flexed-knee matrix: down to level 1 at 5 reps \(from level 2 at 8 reps\), with no step up before <t:\d+:f>\.$/,
    );
    expect(english).toContain(
      "Because it was worse this morning than the night before, please see a sports physician or physiotherapist who can examine you.",
    );
    expect(english.at(-1)).toBe("Dorsi is not medical advice.");
    const german = lines(renderMorningAnswer(answer, USER, de).content);
    expect(german[0]).toBe("Schlimmer als gestern Abend, also nehme ich Belastung raus.");
    expect(german).toContain(
      "Weil es heute Morgen schlimmer war als gestern Abend, geh bitte in eine sportmedizinische oder physiotherapeutische Praxis, wo man dich untersuchen kann.",
    );
  });

  it("says every line in every language, in its own words, the disclaimer last", () => {
    const severe = answered("8-10", twoMornings, { nextCheckAt: TOMORROW });
    const answer = { ...severe, changes: changed(severe) };
    const english = lines(renderMorningAnswer(answer, USER, en).content);
    for (const locale of LOCALES) {
      const tr = translator(locale);
      const said = lines(renderMorningAnswer(answer, USER, tr).content);
      expect({ locale, count: said.length }).toEqual({ locale, count: english.length });
      expect(said.at(-1)).toBe(tr.t("common.notMedicalAdvice"));
      if (locale !== "en-US") expect(said.filter((line) => english.includes(line))).toEqual([]);
    }
  });
});

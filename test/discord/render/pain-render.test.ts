import { describe, expect, it } from "vitest";
import type { PainChange, ReportPainResult } from "../../../src/app/report-pain.usecases.js";
import { renderPainReply } from "../../../src/discord/render/pain.render.js";
import { applyBackOff } from "../../../src/domain/back-off.rules.js";
import type { Drill, Level, RepsStep } from "../../../src/domain/drills.rules.js";
import { decidePain, type PainDecision, type PastReport } from "../../../src/domain/pain.rules.js";
import { initialProgression } from "../../../src/domain/progression.rules.js";
import { translator } from "../../../src/i18n/i18n.js";
import { LOCALES } from "../../../src/i18n/locales.js";
import { pastReport } from "../../support/pain-history.js";

const NOW = new Date("2026-11-24T19:00:00Z");
const USER = "300000000000000003";
const en = translator("en-US");
const de = translator("de");

const decide = (
  severity: number,
  extra: Partial<Parameters<typeof decidePain>[0]> = {},
  recent: PastReport[] = [],
) => decidePain({ severity, location: "knee", reportedAt: NOW, ...extra }, recent);

/** Three episodes in 14 days, the knee's a week old and 5/10 yesterday. */
const GOING_ON = [
  pastReport(NOW, 1, 10 * 24, { location: "hip" }),
  pastReport(NOW, 2, 8 * 24),
  pastReport(NOW, 3, 3 * 24, { location: "calf" }),
  pastReport(NOW, 4, 24, { episodeId: 2, severity: 5 }),
];

function result(decision: PainDecision, changes: PainChange[] = [], morningCheckAt: Date | null = null) {
  return {
    recorded: true,
    decision,
    changes,
    morningCheckAt,
    reportId: 41,
    askSigns: false,
    pause: decision.pauseUntilSeen ? { until: null } : null,
  } satisfies ReportPainResult;
}

/** What a decision does to one matrix at `level` and reps step `repsStep`, as applyDecision reports it. */
function changed(decision: PainDecision, drill: Drill, level: Level, repsStep: RepsStep = 1): PainChange {
  const before = { ...initialProgression(drill), level, repsStep };
  return { drill, outcome: applyBackOff(before, decision.plan.backOff, NOW).outcome };
}

/** Discord's timestamp of the instant `hours` after NOW. */
const until = (hours: number) => `<t:${NOW.getTime() / 1000 + hours * 3600}:f>`;

const lines = (content: string | undefined) => (content ?? "").split("\n");

describe("renderPainReply", () => {
  it("pain-free: the plan stays, no advice, the disclaimer last", () => {
    const reply = renderPainReply(result(decide(0)), USER, en);
    expect(lines(reply.content)).toEqual([
      "Thanks for checking in, pain-free is good news. Your plan stays as it is.",
      "Dorsi is not medical advice.",
    ]);
    expect(reply.components).toEqual([]);
  });

  it("mild: a hold of one matrix named by its real end, with the stay-out-of-pain advice", () => {
    const decision = decide(2, { drill: "flexed-knee" });
    const changes = [changed(decision, "flexed-knee", 2, 2)];
    expect(lines(renderPainReply(result(decision, changes), USER, en).content)).toEqual([
      "Thanks for telling me.",
      `Flexed-knee matrix: stays at level 2 at 8 reps and counting starts again, with no step up before ${until(48)}.`,
      "Work only in the range that stays pain-free and ease off at the first twinge.",
      "Dorsi is not medical advice.",
    ]);
    expect(renderPainReply(result(decision, changes), USER, de).content).toContain(
      `Matrix mit gebeugtem Knie: Du bleibst auf Stufe 2 mit 8 Wiederholungen und die Zählung beginnt von vorn; kein Schritt nach oben vor ${until(48)}.`,
    );
  });

  it("a hold already running longer is named by its own end, never by the new report's shorter one", () => {
    const decision = decide(2, { drill: "flexed-knee" });
    const before = {
      ...initialProgression("flexed-knee"),
      holdUntil: new Date(NOW.getTime() + 168 * 3_600_000),
    };
    const change = {
      drill: "flexed-knee" as const,
      outcome: applyBackOff(before, decision.plan.backOff, NOW).outcome,
    };
    const english = renderPainReply(result(decision, [change]), USER, en).content ?? "";
    expect(english).toContain(`your earlier hold still runs until ${until(168)}.`);
    expect(english).not.toContain(until(48));
    expect(english).not.toMatch(/for \d+ days?/);
  });

  it("moderate: one sentence per matrix, and a matrix already at level 1 is said to stay there", () => {
    const decision = decide(4);
    const changes = [changed(decision, "flexed-knee", 3, 2), changed(decision, "straight-leg", 1)];
    expect(lines(renderPainReply(result(decision, changes), USER, en).content)).toEqual([
      "Thanks for telling me.",
      `Flexed-knee matrix: down to level 2 at 5 reps (from level 3 at 8 reps), with no step up before ${until(72)}.`,
      `Straight-leg matrix: stays at level 1 at 5 reps, as gentle as it gets, and counting starts again, with no step up before ${until(72)}.`,
      "Stay in the pain-free range: a drill should never hurt.",
      "Dorsi is not medical advice.",
    ]);
    const german = renderPainReply(result(decision, changes), USER, de).content;
    expect(german).toContain(
      `Matrix mit gebeugtem Knie: zurück auf Stufe 2 mit 5 Wiederholungen (vorher Stufe 3 mit 8 Wiederholungen), kein Schritt nach oben vor ${until(72)}.`,
    );
    expect(german).toContain(
      "Matrix mit gestrecktem Bein: Du bleibst auf Stufe 1 mit 5 Wiederholungen, sanfter geht es nicht,",
    );
  });

  it("never claims a change that did not happen, in any language", () => {
    const decision = decide(4);
    const bothAtLevelOne = [changed(decision, "flexed-knee", 1, 3), changed(decision, "straight-leg", 1)];
    const english = renderPainReply(result(decision, bothAtLevelOne), USER, en).content ?? "";
    expect(english).not.toMatch(/down/);
    expect(english).toContain("Flexed-knee matrix: stays at level 1 with the reps back to 5");
    for (const locale of LOCALES) {
      const said = lines(renderPainReply(result(decision, bothAtLevelOne), USER, translator(locale)).content);
      expect({ locale, lines: said.length }).toEqual({ locale, lines: 5 });
      expect(said.filter((line) => line.includes(until(72)))).toHaveLength(2);
    }
  });

  it("severe: back to level 1 for 7 days and see a professional, without a pause offer", () => {
    const decision = decide(6, { drill: "straight-leg" });
    const reply = renderPainReply(result(decision, [changed(decision, "straight-leg", 2, 2)]), USER, en);
    expect(reply.content).toContain(
      `Straight-leg matrix: down to level 1 at 5 reps (from level 2 at 8 reps), with no step up before ${until(168)}.`,
    );
    expect(reply.content).toContain(
      "Pain this strong is worth having looked at: please see a sports physician or physiotherapist.",
    );
    expect(reply.content).not.toContain("pause");
    expect(reply.components).toEqual([]);
    expect(renderPainReply(result(decision), USER, de).content).toContain(
      "Schmerzen in dieser Stärke solltest du abklären lassen: Geh bitte in eine sportmedizinische oder physiotherapeutische Praxis.",
    );
  });

  it("8/10: the escalation reason, the physician, the pause offer and its buttons, the disclaimer last", () => {
    const decision = decide(8);
    const english = renderPainReply(result(decision), USER, en);
    expect(english.content).toContain(
      "Because it's 7 or more out of 10, please see a sports physician or physiotherapist who can examine you.",
    );
    expect(english.content).toContain("I can pause your reminders");
    expect(lines(english.content).at(-1)).toBe("Dorsi is not medical advice.");
    const buttons = JSON.stringify(english.components);
    expect(buttons).toContain('"label":"Pause reminders 7 days"');
    expect(buttons).toContain(`"custom_id":"pain-pause:${USER}:7"`);
    expect(buttons).toContain('"label":"Keep going"');

    const german = renderPainReply(result(decision), USER, de);
    expect(german.content).toContain(
      "Weil es bei 7 oder mehr von 10 liegt, geh bitte in eine sportmedizinische oder physiotherapeutische Praxis, wo man dich untersuchen kann.",
    );
    expect(lines(german.content).at(-1)).toBe("Dorsi ist keine medizinische Beratung.");
    expect(JSON.stringify(german.components)).toContain('"label":"Erinnerungen 7 Tage pausieren"');
  });

  it("joins several escalation reasons the language's way", () => {
    const decision = decide(8, {}, GOING_ON);
    expect(decision.escalation?.reasons).toEqual([
      "three-in-14-days",
      "rising",
      "severity-7-plus",
      "not-settling",
    ]);
    expect(renderPainReply(result(decision), USER, en).content).toContain(
      "Because it has come back several times in two weeks, it's getting worse, it's 7 or more out of 10, and it hasn't settled after a week, please see",
    );
    expect(renderPainReply(result(decision), USER, translator("fr")).content).toContain(
      "Comme c'est revenu plusieurs fois en deux semaines, ça empire, c'est à 7 sur 10 ou plus et ça ne s'est pas calmé en une semaine, va voir",
    );
  });

  it("an urgent sign: seen today, no drills, reminders paused until seen, one button and no keep going", () => {
    const decision = decide(2, { signs: ["calf"], drill: "flexed-knee" });
    const reply = renderPainReply(result(decision, [changed(decision, "flexed-knee", 2, 2)]), USER, en);
    expect(lines(reply.content)).toEqual([
      "You've mentioned a hot, red or swollen calf: that needs to be seen today. Please go to urgent care or the ER today, or call your doctor now, rather than waiting.",
      "Stop the drills until you've been seen.",
      "I've paused your reminders until you tell me you've been seen: tap “I've been seen” below, or use /resume.",
      "When you come back, you'll start gently:",
      expect.stringContaining("Flexed-knee matrix"),
      "Dorsi is not medical advice.",
    ]);
    const buttons = JSON.stringify(reply.components);
    expect(buttons).toContain(`"custom_id":"pain-seen:${USER}"`);
    expect(buttons).not.toContain("pain-keep");
    expect(buttons).not.toContain("pain-pause");
    expect(renderPainReply(result(decision), USER, de).content).toContain("Notaufnahme");
    expect(renderPainReply(result(decision), USER, translator("es-ES")).content).toContain("urgencias");
    expect(renderPainReply(result(decision), USER, translator("fr")).content).toContain("urgences");
    expect(renderPainReply(result(decision), USER, translator("pt-BR")).content).toContain("pronto-socorro");
  });

  it("a soon sign: the severe back-off, see a professional in the next days, and the pause offer", () => {
    const decision = decide(1, { signs: ["numbness", "night_pain"] });
    const reply = renderPainReply(result(decision, [changed(decision, "flexed-knee", 3)]), USER, en);
    expect(reply.content).toContain(
      "You've mentioned numbness or tingling and pain at night or at rest: please see a physician or physiotherapist in the next few days.",
    );
    expect(reply.content).toContain(
      `Flexed-knee matrix: down to level 1 at 5 reps (from level 3 at 5 reps), with no step up before ${until(168)}.`,
    );
    expect(reply.content).not.toContain("Pain this strong");
    const buttons = JSON.stringify(reply.components);
    expect(buttons).toContain(`pain-pause:${USER}:7`);
    expect(buttons).toContain(`pain-keep:${USER}`);
  });

  it("asks about the signs with a menu and a None button, owned by the member, about the report", () => {
    const reply = renderPainReply({ ...result(decide(4)), askSigns: true }, USER, en);
    expect(lines(reply.content).slice(-2)).toEqual([
      "One more question: do you have any of these warning signs? Pick every one that fits, or tap “None of these”.",
      "Dorsi is not medical advice.",
    ]);
    const [menu, none] = (reply.components ?? []).map((row) => JSON.parse(JSON.stringify(row)));
    expect(menu.components[0]).toMatchObject({ type: 3, custom_id: `pain-signs:${USER}:41`, min_values: 1 });
    expect(menu.components[0].options.map((option: { value: string }) => option.value)).toEqual([
      "cannot_bear_weight",
      "deformity",
      "calf",
      "fever",
      "swelling_worse",
      "numbness",
      "night_pain",
      "gave_way",
    ]);
    expect(none.components[0]).toMatchObject({
      custom_id: `pain-signs:${USER}:41:none`,
      label: "None of these",
    });
  });

  it("says when Dorsi will check in, just before the disclaimer", () => {
    const at = new Date("2026-11-25T08:00:00Z");
    const reply = lines(renderPainReply(result(decide(2), [], at), USER, en).content);
    expect(reply.slice(-2)).toEqual([
      `I'll check in by DM <t:${at.getTime() / 1000}:f> to see how it has settled.`,
      "Dorsi is not medical advice.",
    ]);
  });

  it("a report recorded already says so, and nothing else", () => {
    const reply = renderPainReply({ ...result(decide(4)), recorded: false }, USER, de);
    expect(reply).toEqual({
      content: "Diese Schmerzmeldung war schon gespeichert; doppelt geändert hat sich nichts.",
    });
  });

  it("every language keeps every line at 8/10 with warning signs, in its own words, the disclaimer last", () => {
    const decision = decide(8, { signs: ["fever", "numbness"] });
    const english = lines(renderPainReply(result(decision), USER, en).content);
    for (const locale of LOCALES) {
      const tr = translator(locale);
      const said = lines(renderPainReply(result(decision), USER, tr).content);
      expect({ locale, count: said.length }).toEqual({ locale, count: english.length });
      expect(said.at(-1)).toBe(tr.t("common.notMedicalAdvice"));
      expect(said).toContain(tr.t("signs.urgent.stop"));
      if (locale !== "en-US") expect(said.filter((line) => english.includes(line))).toEqual([]);
    }
  });
});

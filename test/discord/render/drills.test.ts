import { describe, expect, it } from "vitest";
import {
  drillChoiceName,
  drillLabel,
  drillName,
  drillSteps,
  setInstruction,
} from "../../../src/discord/render/drill-words.render.js";
import { renderDrillCards } from "../../../src/discord/render/drills.render.js";
import { parseDrillInput } from "../../../src/domain/drill-input.rules.js";
import {
  DRILLS,
  type DrillChoiceValue,
  LEVELS,
  type Level,
  type RepsStep,
} from "../../../src/domain/drills.rules.js";
import { initialProgression } from "../../../src/domain/progression.rules.js";
import { type Translator, translator } from "../../../src/i18n/i18n.js";
import { LOCALES, type Locale } from "../../../src/i18n/locales.js";

const en = translator("en-US");
const OTHERS = LOCALES.filter((locale) => locale !== "en-US");
const CELLS = DRILLS.flatMap((drill) => LEVELS.map((level) => [drill, level] as const));

async function card(tr: Translator, level: Level = 1, repsStep: RepsStep = 1, drill = DRILLS[0]) {
  const {
    embeds: [embed],
  } = await renderDrillCards([{ ...initialProgression(drill), level, repsStep }], tr);
  if (!embed) throw new Error("no card");
  return embed.toJSON();
}

/** Every text of a card, for "no English left" checks. */
function texts(json: Awaited<ReturnType<typeof card>>): string[] {
  return [
    json.title ?? "",
    json.description ?? "",
    json.footer?.text ?? "",
    ...(json.fields ?? []).flatMap((field) => [field.name, field.value]),
  ];
}

describe("the /drills card", () => {
  it("reads in English, the motions under the numbers of the picture's arrows", async () => {
    const json = await card(en, 1, 2);
    expect(json.title).toBe("Flexed-knee 3-way ankle matrix · Level 1 · half-kneeling");
    expect(json.description).toBe(
      "Knee bent: works the lower calf (soleus) and the ankle you need on descents.",
    );
    expect(json.fields?.map((field) => field.name)).toEqual([
      "Set-up",
      "1 · Forward",
      "2 · Tilt",
      "3 · Rotation",
      "Reps",
      "Safety",
    ]);
    expect(json.fields?.[0]?.value).toMatch(/^Kneel on one knee\./);
    expect(json.fields?.[4]?.value).toBe(
      "One set: 8 slow reps each direction on one leg, then the other leg.",
    );
    expect(json.fields?.[5]?.value).toBe("A firm stretch is fine; pain is not. Stop short of pain.");
    expect(json.footer?.text).toBe("Never into pain. Dorsi is not medical advice.");
  });

  const expected: Record<
    Exclude<Locale, "en-US">,
    { title: string; fields: string[]; setup: string; reps: string }
  > = {
    de: {
      title: "3-Wege-Sprunggelenk-Matrix, Knie gebeugt · Stufe 1 · Halbkniestand",
      fields: [
        "Ausgangsposition",
        "1 · Vorwärts",
        "2 · Seitlich",
        "3 · Drehung",
        "Wiederholungen",
        "Sicherheit",
      ],
      setup: "Knie dich auf ein Knie.",
      reps: "Ein Satz: 8 langsame Wiederholungen pro Richtung mit einem Bein, dann mit dem anderen.",
    },
    "es-ES": {
      title: "Matriz de tobillo en 3 direcciones, rodilla flexionada · Nivel 1 · semiarrodillado",
      fields: ["Posición", "1 · Adelante", "2 · Lateral", "3 · Rotación", "Repeticiones", "Seguridad"],
      setup: "Una rodilla en el suelo",
      reps: "Una serie: 8 repeticiones lentas en cada dirección con una pierna, luego con la otra.",
    },
    fr: {
      title: "Matrice de cheville 3 directions, genou fléchi · Niveau 1 · semi-agenouillé",
      fields: ["Mise en place", "1 · Avant", "2 · Latéral", "3 · Rotation", "Répétitions", "Sécurité"],
      setup: "Un genou au sol",
      reps: "Une série : 8 répétitions lentes dans chaque direction sur une jambe, puis sur l'autre.",
    },
    "pt-BR": {
      title: "Matriz de tornozelo em 3 direções, joelho flexionado · Nível 1 · semiajoelhado",
      fields: [
        "Posição inicial",
        "1 · Para a frente",
        "2 · Lateral",
        "3 · Rotação",
        "Repetições",
        "Segurança",
      ],
      setup: "Um joelho no chão",
      reps: "Uma série: 8 repetições lentas em cada direção com uma perna, depois com a outra.",
    },
  };

  it.each(OTHERS)("reads in %s, with no English text left", async (locale) => {
    const want = expected[locale as Exclude<Locale, "en-US">];
    const json = await card(translator(locale), 1, 2);
    expect(json.title).toBe(want.title);
    expect(json.fields?.map((field) => field.name)).toEqual(want.fields);
    expect(json.fields?.[0]?.value).toContain(want.setup);
    expect(json.fields?.[4]?.value).toBe(want.reps);
    // "Rotation" is French too; every other text differs from the English card's.
    const english = new Set(texts(await card(en, 1, 2)).filter((text) => text !== "3 · Rotation"));
    for (const text of texts(json)) expect(english.has(text)).toBe(false);
  });

  it("shows the member's matrix, level, reps and the picture of that level with its description", async () => {
    const { embeds, files } = await renderDrillCards(
      [
        { ...initialProgression("flexed-knee"), level: 3, repsStep: 3 },
        { ...initialProgression("straight-leg"), level: 4, repsStep: 1 },
      ],
      translator("de"),
    );
    const [bent, straight] = embeds.map((embed) => embed.toJSON());
    expect(files.map((file) => file.name)).toEqual(["flexed-knee-level-3.png", "straight-leg-level-4.png"]);
    expect(bent?.image?.url).toBe("attachment://flexed-knee-level-3.png");
    expect(straight?.image?.url).toBe("attachment://straight-leg-level-4.png");
    expect(files[0]?.description).toMatch(/^3-Wege-Sprunggelenk-Matrix, Knie gebeugt · Stufe 3 · .*Pfeil 1/);
    expect(files[1]?.description).toContain("Schräge");
    expect(bent?.title).toBe("3-Wege-Sprunggelenk-Matrix, Knie gebeugt · Stufe 3 · vorderer Fuß erhöht");
    expect(bent?.fields?.[4]?.value).toContain("10 langsame Wiederholungen");
    expect(straight?.title).toBe("3-Wege-Sprunggelenk-Matrix, Bein gestreckt · Stufe 4 · am Hang, ohne Halt");
    expect(straight?.fields?.[0]?.value).toContain("Schrägbrett");
  });
});

describe("the coaching text in every language", () => {
  const PAIN: Record<Locale, RegExp> = {
    "en-US": /pain|hurts/,
    "es-ES": /dolor|duel/,
    de: /schmerz|weh/,
    fr: /douleur|mal/,
    "pt-BR": /dor|doer|dói/,
  };

  it.each(LOCALES)(
    "%s: a set-up, three cues and a safety line per level, short enough for a phone",
    (locale) => {
      const tr = translator(locale);
      for (const [drill, level] of CELLS) {
        const steps = drillSteps(drill, level, tr);
        expect(steps.motions.map((motion) => motion.plane)).toEqual(["forward", "tilt", "rotation"]);
        expect(steps.safety.toLowerCase()).toMatch(PAIN[locale]);
        for (const text of [steps.setup, steps.safety, ...steps.motions.map((motion) => motion.cue)]) {
          expect(text.trim().length).toBeGreaterThan(10);
          expect(text.length).toBeLessThanOrEqual(120);
        }
        if (locale !== "en-US") expect(steps.setup).not.toBe(drillSteps(drill, level, en).setup);
      }
      for (const drill of DRILLS) {
        const setups = LEVELS.map((level) => drillSteps(drill, level, tr).setup);
        expect(new Set(setups).size).toBe(LEVELS.length);
      }
    },
  );

  it("says how one set is done, with plurals", () => {
    expect(setInstruction(1, en)).toBe("One set: 1 slow rep each direction on one leg, then the other leg.");
    expect(setInstruction(5, en)).toBe("One set: 5 slow reps each direction on one leg, then the other leg.");
    expect(setInstruction(1, translator("de"))).toContain("1 langsame Wiederholung pro Richtung");
    expect(setInstruction(1, translator("es-ES"))).toContain("1 repetición lenta");
    expect(setInstruction(10, translator("fr"))).toContain("10 répétitions lentes");
    expect(setInstruction(1, translator("pt-BR"))).toContain("1 repetição lenta");
  });
});

describe("drill words a member may copy back", () => {
  const VALUES: readonly DrillChoiceValue[] = [...DRILLS, "both"];

  it("names autocomplete choices in the member's language", () => {
    expect(VALUES.map((value) => drillChoiceName(value, en))).toEqual([
      "flexed-knee (knee bent, soleus)",
      "straight-leg (knee straight, gastroc)",
      "both matrices",
    ]);
    expect(drillChoiceName("flexed-knee", translator("es-ES"))).toBe(
      "rodilla flexionada (rodilla doblada, sóleo)",
    );
    expect(drillChoiceName("straight-leg", translator("de"))).toMatch(/^gestrecktes Bein \(/);
  });

  it.each(LOCALES)("%s: choice names, labels and names parse back to what they name", (locale) => {
    const tr = translator(locale);
    for (const value of VALUES) {
      const name = drillChoiceName(value, tr);
      expect(name.length).toBeLessThanOrEqual(100);
      expect(parseDrillInput(name.split("(")[0] as string)).toBe(value);
    }
    for (const drill of DRILLS) {
      expect(parseDrillInput(drillLabel(tr, drill))).toBe(drill);
      expect(parseDrillInput(drillName(tr, drill))).toBe(drill);
    }
  });
});

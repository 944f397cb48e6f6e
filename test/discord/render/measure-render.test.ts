import { describe, expect, it } from "vitest";
import { renderMeasureReply } from "../../../src/discord/render/measure.render.js";
import { renderReminder } from "../../../src/discord/render/reminder.render.js";
import { interpretMeasure } from "../../../src/domain/measure.rules.js";
import type { ReminderContent } from "../../../src/domain/reminders.rules.js";
import { translator } from "../../../src/i18n/i18n.js";

const envelope = { reminderId: 42, nonce: "dorsi-r42-0", locale: null };
const earlier = { localDate: "2026-11-24", left: 95, right: 115 };

describe("the /measure reply", () => {
  it("in French: decimal commas, the change per side and the stiffer side", async () => {
    const current = { localDate: "2026-12-15", left: 96, right: 140 };
    const history = [earlier, current];
    const reply = await renderMeasureReply(
      { reading: interpretMeasure(current, history), replaced: true, history, today: current.localDate },
      translator("fr"),
    );
    const [embed] = (reply.embeds ?? []) as { title?: string; description?: string }[];
    expect(embed?.title).toBe("Genou-mur, 15 déc. 2026");
    expect(embed?.description?.split("\n")).toEqual([
      "Gauche 9,6 cm, droite 14,0 cm : un écart de 4,4 cm.",
      "Ta cheville gauche est la plus raide : travaille-la en premier, et ajoute-lui une série.",
      "Gauche 9,6 cm, c'est sous la fourchette habituelle des coureurs (environ 10,0 cm ou plus) : les exercices sont faits pour ça.",
      "Gauche : +0,1 cm depuis le 24 nov. 2026, dans la marge d'erreur de la mesure (environ 2,0 cm).",
      "Droite : +2,5 cm depuis le 24 nov. 2026. Ça, c'est un vrai progrès.",
      "Cette mesure remplace celle de plus tôt aujourd'hui.",
    ]);
  });

  it("one side alone: its value, no difference", async () => {
    const current = { localDate: "2026-12-15", left: null, right: 115 };
    const history = [earlier, current];
    const reply = await renderMeasureReply(
      { reading: interpretMeasure(current, history), replaced: false, history, today: current.localDate },
      translator("en-US"),
    );
    const [embed] = (reply.embeds ?? []) as { description?: string }[];
    expect(embed?.description).toBe("Right: 11.5 cm.\nRight: no change since Nov 24, 2026.");
  });
});

describe("reminder DMs and the knee-to-wall test", () => {
  it("a drill reminder in German says to start with the stiffer side", () => {
    const drill: ReminderContent = {
      ...envelope,
      kind: "drill",
      drill: "flexed-knee",
      level: 2,
      repsStep: 2,
      stiffer: { side: "right", behindMm: 18 },
    };
    expect(renderReminder(drill, translator("de")).content.split("\n")[1]).toBe(
      "Fang mit dem rechten Sprunggelenk an und mach einen Satz mehr dafür: Es liegt 1,8 cm hinter dem linken.",
    );
  });

  it("an invitation to a first measure, and to a re-test, each with its button", () => {
    const tr = translator("es-ES");
    const first = renderReminder({ ...envelope, kind: "measure-invite", lastMeasuredOn: null }, tr);
    const retest = renderReminder({ ...envelope, kind: "measure-invite", lastMeasuredOn: "2026-11-24" }, tr);
    expect(first.content).toMatch(/^¿Quieres la prueba/);
    expect(retest.content).toMatch(/^Han pasado cuatro semanas/);
    expect(JSON.stringify(retest.components)).toContain('"custom_id":"measure-how","label":"Cómo medir"');
  });
});

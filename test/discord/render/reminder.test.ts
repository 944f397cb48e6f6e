import { describe, expect, it } from "vitest";
import { renderReminder } from "../../../src/discord/render/reminder.render.js";
import { MORNING_BANDS } from "../../../src/domain/morning-check.rules.js";
import type { ReminderContent } from "../../../src/domain/reminders.rules.js";
import { translator } from "../../../src/i18n/i18n.js";
import { LOCALES } from "../../../src/i18n/locales.js";

const envelope = { reminderId: 42, nonce: "dorsi-r42-0", locale: null };
const drill: ReminderContent = { ...envelope, kind: "drill", drill: "flexed-knee", level: 2, repsStep: 2 };
const morning = (pain: { severity: number; location: "calf"; repeat?: boolean } | null): ReminderContent => ({
  ...envelope,
  kind: "morning-check",
  pain: pain && { repeat: false, ...pain },
  drill: "straight-leg",
  level: 3,
});

const labels = (message: ReturnType<typeof renderReminder>) =>
  message.components.flatMap((row) =>
    row.components.map((button) => ("label" in button ? button.label : "")),
  );

describe("the reminder DM", () => {
  it("in English names the drill, its level and reps, with Done / Pain / Snooze", () => {
    const message = renderReminder(drill, translator("en-US"));
    expect(message.content).toBe("Ankle time: one set of the flexed-knee matrix, 8 reps each way.");
    expect(message.embeds[0]?.title).toBe("Flexed-knee matrix · Level 2 · split stance at a wall");
    expect(message.embeds[0]?.footer?.text).toMatch(/^8 slow reps each way, one leg then the other\. /);
    expect(labels(message)).toEqual(["Done", "Pain", "Snooze"]);
    expect(JSON.stringify(message.components)).toContain('"custom_id":"rem-snooze:42"');
  });

  it("in French says the same as a French coach would", () => {
    const message = renderReminder(drill, translator("fr"));
    expect(message.content).toBe(
      "C'est l'heure des chevilles : une série de la matrice genou fléchi, 8 répétitions dans chaque direction.",
    );
    expect(message.embeds[0]?.title).toBe("Matrice genou fléchi · Niveau 2 · fente face au mur");
    expect(message.embeds[0]?.footer?.text).toMatch(/^8 répétitions lentes dans chaque direction/);
    expect(labels(message)).toEqual(["Fait", "Douleur", "Plus tard"]);
  });
});

describe("the morning-check DM", () => {
  it("in English recalls last night's pain and offers the five bands", () => {
    const message = renderReminder(morning({ severity: 3, location: "calf" }), translator("en-US"));
    expect(message.content).toBe(
      "Morning check: yesterday you reported 3/10 pain (calf). How does it feel now?",
    );
    expect(labels(message)).toEqual(["No pain", "1-2", "3-5", "6-7", "8-10"]);
    expect(JSON.stringify(message.components)).toContain('"custom_id":"morning:42:8-10"');
  });

  it("on the following mornings asks again about the same pain", () => {
    const again = morning({ severity: 3, location: "calf", repeat: true });
    expect(renderReminder(again, translator("en-US")).content).toBe(
      "Morning check: how is the pain (calf) this morning? I'll ask each morning until it has settled, for up to a week.",
    );
    expect(renderReminder(again, translator("pt-BR")).content).toBe(
      "Check-in da manhã: como está a dor (panturrilha) hoje de manhã? Vou perguntar toda manhã até melhorar, por no máximo uma semana.",
    );
  });

  it("in French names the place in French, on French buttons", () => {
    const message = renderReminder(morning({ severity: 3, location: "calf" }), translator("fr"));
    expect(message.content).toBe(
      "Point du matin : hier, tu as signalé une douleur à 3/10 (mollet). Comment ça va maintenant ?",
    );
    expect(labels(message)).toEqual(["Pas de douleur", "1-2", "3-5", "6-7", "8-10"]);
  });

  it("after a first day at a new level names the level and the drill", () => {
    expect(renderReminder(morning(null), translator("en-US")).content).toBe(
      "Morning check: yesterday was your first day at level 3 of the straight-leg matrix. Any pain this morning?",
    );
    expect(renderReminder(morning(null), translator("de")).content).toBe(
      "Morgen-Check: Gestern war dein erster Tag auf Stufe 3 der Matrix mit gestrecktem Bein. Hast du heute Morgen Schmerzen?",
    );
  });
});

describe("an already answered reminder", () => {
  // "morning-6+" is the answer stored before the bands were split.
  const outcomes = ["done", "pain", "morning-6+", ...MORNING_BANDS.map((band) => `morning-${band}`)];
  const said = (locale: string, outcome: string) =>
    translator(locale).say({ key: "reminders.errors.alreadyAnswered", params: { outcome } });

  it("words how it was answered, in the reader's language", () => {
    expect(said("en-US", "done")).toBe(
      "This reminder was already answered (done), so nothing changed. Use /log for another set.",
    );
    expect(said("de", "morning-6+")).toContain("(Schmerzen 6 oder mehr)");
    expect(said("de", "morning-8-10")).toContain("(Schmerzen 8-10)");
    expect(said("es-ES", "pain")).toContain("(dolor registrado)");
  });

  it("has a word for every stored outcome in every language", () => {
    for (const locale of LOCALES) {
      for (const outcome of outcomes) {
        expect(said(locale, outcome)).not.toMatch(/\$t\(|answeredAs|\(\)/);
      }
    }
  });
});

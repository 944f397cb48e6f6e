import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { painReports } from "../../src/db/schema.js";
import { commands } from "../../src/discord/commands/index.js";
import { type Harness, startHarness } from "../support/harness.js";
import { modalSelect } from "../support/harness-steps.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ start: "2026-11-24T12:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

describe("a member on a fresh bot", () => {
  it("sees all ten commands registered once at start", async () => {
    expect(
      h.double
        .commands()
        .map((command) => command.name)
        .sort(),
    ).toEqual(commands.map((command) => command.data.name).sort());
    expect(h.double.registrationCount).toBe(1);
  });

  it("gets drill suggestions for what they type", async () => {
    const choices = await h.double.autocomplete({
      guildId: h.guildId,
      user: h.runner,
      name: "log",
      focused: { name: "drill", value: "bent" },
    });
    expect(choices[0]).toEqual({ name: expect.stringContaining("lexed"), value: "flexed-knee" });
    const none = await h.double.autocomplete({
      guildId: h.guildId,
      user: h.runner,
      name: "log",
      focused: { name: "drill", value: "zzz" },
    });
    expect(none).toEqual([]);
  });

  it("logs sets with /log and sees the week's total, privately", async () => {
    const first = await h.run("log", { drill: "flexed-knee", sets: 2 });
    expect(first.ephemeral).toBe(true);
    expect(first.content).toContain("Logged 2 sets: Flexed-knee matrix.");
    expect(first.content).toContain("This week: Flexed-knee matrix 2 · Straight-leg matrix 0");
    const both = await h.run("log", { drill: "both" });
    expect(both.content).toContain("This week: Flexed-knee matrix 3 · Straight-leg matrix 1");
  });

  it("sees totals per drill, level and a PNG chart with /progress", async () => {
    const reply = await h.run("progress");
    expect(reply.ephemeral).toBe(true);
    const fields = reply.embeds[0]?.fields ?? [];
    expect(fields.map((field) => field.name)).toEqual(["Flexed-knee matrix", "Straight-leg matrix"]);
    expect(fields[0]?.value).toContain("This week: 3 sets");
    expect(fields[1]?.value).toContain("This week: 1 set");
    expect(fields[0]?.value).toContain("Level 1");
    const [chart] = reply.attachments;
    expect(chart?.filename).toBe("progress.png");
    expect(chart?.data.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  });

  it.each([
    [{ drill: "hamstrings", sets: 1 }, "I don't know the drill"],
    [{ drill: "flexed-knee", sets: 0 }, "from 1 to 20"],
    [{ drill: "flexed-knee", sets: 21 }, "from 1 to 20"],
  ])("is told what to type instead for %j, and nothing is written", async (options, message) => {
    const before = await h.run("progress");
    const reply = await h.run("log", options);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain(message);
    const after = await h.run("progress");
    expect(after.embeds[0]?.fields).toEqual(before.embeds[0]?.fields);
  });

  it("a newcomer's /drills shows both matrices at level 1", async () => {
    const reply = await h.run("drills", {}, h.admin);
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds.map((embed) => embed.title)).toEqual([
      expect.stringMatching(/^Flexed-knee 3-way ankle matrix · Level 1/),
      expect.stringMatching(/^Straight-leg 3-way ankle matrix · Level 1/),
    ]);
    expect(reply.embeds[0]?.fields?.map((field) => field.name)).toEqual(
      expect.arrayContaining(["Set-up", "1 · Forward", "2 · Tilt", "3 · Rotation", "Reps", "Safety"]),
    );
  });

  it("steps up only after pain-free sets spread over the required days", async () => {
    // Level 1, reps 5 needs 6 pain-free sets over 3 distinct days; the admin starts from nothing.
    const day = 24 * 3600_000;
    const first = await h.run("log", { drill: "straight-leg", sets: 3 }, h.admin);
    expect(first.content).toContain("3 more pain-free sets over 2 more days to step up");
    h.clock.advance(day);
    const second = await h.run("log", { drill: "straight-leg", sets: 2 }, h.admin);
    expect(second.content).toContain("1 more pain-free set over 1 more day to step up");
    h.clock.advance(day);
    const third = await h.run("log", { drill: "straight-leg" }, h.admin);
    expect(third.content).toContain(
      "Step up! Straight-leg matrix: 8 reps each way now (was 5), still level 1.",
    );
    const drills = await h.run("drills", { drill: "straight" }, h.admin);
    expect(drills.embeds[0]?.fields?.find((field) => field.name === "Reps")?.value).toContain("8 slow reps");
  });
});

describe("progress that pain and one long session cannot sneak past", () => {
  const HOUR = 3600_000;
  const stamp = (instant: number) => `<t:${Math.floor(instant / 1000)}:f>`;

  it("many sets bunched into one day do not step a member up, and the reply says why", async () => {
    let reply = await h.run("log", { drill: "flexed-knee", sets: 6 }, h.admin);
    for (let i = 0; i < 3; i++) {
      h.clock.advance(HOUR);
      reply = await h.run("log", { drill: "flexed-knee", sets: 6 }, h.admin);
      expect(reply.content).not.toContain("Step up!");
    }
    expect(reply.content).toContain(
      "Flexed-knee matrix, level 1 at 5 reps: 3 more pain-free sets over 2 more days to step up. Only 3 sets a day count toward a step up: little and often beats one long session.",
    );
  });

  it("the back-off names the hold's real end as a Discord timestamp, one sentence per matrix", async () => {
    const reported = h.clock.now().getTime();
    const reply = await h.run("pain", { severity: 4, location: "knee" }, h.admin);
    const end = stamp(reported + 72 * HOUR);
    expect(reply.content.split("\n").slice(0, 3)).toEqual([
      "Thanks for telling me.",
      `Flexed-knee matrix: stays at level 1 at 5 reps, as gentle as it gets, and counting starts again, with no step up before ${end}.`,
      `Straight-leg matrix: stays at level 1 with the reps back to 5, and no step up before ${end}.`,
    ]);
    expect(reply.content).not.toMatch(/down|for \d+ days/);
  });

  it("sets during the hold do not count, so the first set after it cannot step up", async () => {
    const end = h.clock.now().getTime() + 72 * HOUR;
    for (let day = 0; day < 3; day++) {
      const during = await h.run("log", { drill: "flexed-knee", sets: 3 }, h.admin);
      expect(during.content).toContain(
        `on hold until ${stamp(end)} after your pain report, so sets until then don't count`,
      );
      h.clock.advance(24 * HOUR);
    }
    h.clock.set(new Date(end));
    const after = await h.run("log", { drill: "flexed-knee", sets: 3 }, h.admin);
    expect(after.content).toContain(
      "Flexed-knee matrix, level 1 at 5 reps: 3 more pain-free sets over 2 more days",
    );
  });
});

describe("a member whose Discord speaks German or French", () => {
  const as = (locale: string, name: string, options: Record<string, string | number> = {}) =>
    h.double
      .runCommand({ guildId: h.guildId, channelId: h.channelId, user: h.runner, name, options, locale })
      .reply();

  it("logs with /log and reads the reply in German", async () => {
    const reply = await as("de", "log", { drill: "flexed-knee", sets: 1 });
    expect(reply.ephemeral).toBe(true);
    const [headline, outcome, week] = reply.content.split("\n");
    expect(headline).toBe("1 Satz eingetragen: Matrix mit gebeugtem Knie.");
    expect(outcome).toMatch(/^Matrix mit gebeugtem Knie, Stufe 1 mit 5 Wiederholungen: noch /);
    expect(week).toMatch(/^Diese Woche: Matrix mit gebeugtem Knie \d+ · Matrix mit gestrecktem Bein \d+$/);
  });

  it("reads /progress in German, chart included", async () => {
    const reply = await as("de", "progress");
    const [embed] = reply.embeds;
    expect(embed?.title).toBe("Dein Sprunggelenk-Fortschritt");
    expect(embed?.description).toMatch(/^Serie: \*\*\d+ (Tag|Tage)\*\* am Stück/);
    expect(embed?.fields?.map((field) => field.name)).toEqual([
      "Matrix mit gebeugtem Knie",
      "Matrix mit gestrecktem Bein",
    ]);
    expect(embed?.fields?.[0]?.value).toMatch(/^Stufe 1 · Halbkniestand, 5 Wiederholungen: /);
    expect(embed?.fields?.[0]?.value).toMatch(/\nDiese Woche: \d+ Sätze$/);
    expect(reply.attachments[0]?.filename).toBe("progress.png");
  });

  it("is told in French what to type instead", async () => {
    const reply = await as("fr", "log", { drill: "zzz" });
    expect(reply.content).toBe(
      "Je ne connais pas l'exercice « zzz ». Tape flexed-knee, straight-leg ou both (ou choisis-en un dans la liste).",
    );
    const sets = await as("fr", "log", { drill: "flexed-knee", sets: 21 });
    expect(sets.content).toContain("de 1 à 20");
  });
});

describe("a set that hurt", () => {
  it("/log's That hurt opens the Pain form on that drill, and its report backs off that drill only", async () => {
    const logged = await h.run("log", { drill: "straight-leg" });
    const hurtId = `log-hurt:${h.runner.id}:straight-leg`;
    if (!logged.message) throw new Error("no /log reply");
    const foreign = await h.click(logged.message, hurtId, h.admin);
    expect(foreign.ephemeral).toBe(true);
    expect(foreign.modal).toBeNull();

    const opened = await h.click(logged.message, hurtId);
    const modalId = `log-hurt:${h.runner.id}`;
    expect(opened.modal).toMatchObject({ custom_id: modalId, title: "Report pain" });
    expect(modalSelect(opened.modal, "moment").defaults).toEqual(["straight-leg"]);

    const submitted = await h.double
      .submitModal({
        user: h.runner,
        customId: modalId,
        channelId: logged.message.channelId,
        messageId: logged.message.id,
        fields: { severity: "4", place: ["ankle:right"], moment: ["straight-leg"], note: "" },
      })
      .reply();
    expect(submitted.components).toEqual([]);
    const [answer] = submitted.followUps;
    expect(answer?.ephemeral).toBe(true);
    expect(answer?.content).toContain("Straight-leg matrix");
    expect(answer?.content).not.toContain("Flexed-knee matrix");
    const reports = await h.database.db.select().from(painReports).where(eq(painReports.userId, h.runner.id));
    expect(reports).toMatchObject([
      { severity: 4, location: "ankle", side: "right", drill: "straight-leg", context: "drills" },
    ]);
  });

  it("pain on a descent brings the running advice, downhill last", async () => {
    const reply = await h.run("pain", { severity: 3, location: "knee", side: "left", context: "downhill" });
    expect(reply.content).toContain("walk the steep descents");
    expect(reply.content).toContain("Keep the next few runs shorter and on flat ground");
    expect(reply.content).toContain("Descents come back last");
    expect(reply.content.split("\n").at(-1)).toBe("Dorsi is not medical advice.");
  });
});

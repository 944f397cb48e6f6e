import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { guildWelcomes, memberTips } from "../../src/db/welcome-schema.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ start: "2026-11-24T12:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

const MENTION = (name: string) => new RegExp(`</${name}:\\d+>`);

describe("the welcome when a server adds Dorsi", () => {
  it("is posted once in the system channel, in the server's language, even with two processes", async () => {
    const second = await h.startAnother();
    const guild = h.double.addGuild({
      name: "Club Nantais",
      preferredLocale: "fr",
      channels: [{ name: "accueil" }, { name: "général" }],
    });
    const [system, other] = guild.channels.map((channel) => channel.id);
    if (!system || !other) throw new Error("no channels");
    await vi.waitFor(() => expect(h.double.messagesIn(system)).toHaveLength(1));
    // Both processes have seen the server arrive; the second's stop waits for its welcome attempt.
    await vi.waitFor(() => expect(second.client.guilds.cache.has(guild.id)).toBe(true));
    await vi.waitFor(() => expect(h.dorsi.client.guilds.cache.has(guild.id)).toBe(true));
    await second.stop();
    const [post] = h.double.messagesIn(system);
    const lines = post?.content.split("\n") ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Salut, moi c’est Dorsi");
    expect(lines[1]).toMatch(MENTION("schedule"));
    expect(lines[2]).toMatch(MENTION("club"));
    expect(post?.content).not.toMatch(/@everyone|@here/);
    expect(h.double.messagesIn(other)).toHaveLength(0);

    // A restart (a fresh process) remembers it: the row is there, and nothing more is posted.
    const third = await h.startAnother();
    await vi.waitFor(() => expect(third.client.guilds.cache.has(guild.id)).toBe(true));
    await third.stop();
    const rows = await h.database.db.select().from(guildWelcomes).where(eq(guildWelcomes.guildId, guild.id));
    expect(rows).toMatchObject([{ channelId: system }]);
    expect(h.double.messagesIn(system)).toHaveLength(1);
  });
});

describe("/help and the first-command tip", () => {
  it("/help lists the commands in groups as clickable mentions, privately, and says it is not medical advice", async () => {
    const reply = await h.run("help");
    expect(reply.ephemeral).toBe(true);
    const text = reply.embeds[0]?.description ?? "";
    for (const group of ["Start", "Practise", "Pain", "Progress", "Club", "Privacy"]) {
      expect(text).toContain(`**${group}`);
    }
    for (const command of [
      "schedule",
      "log",
      "pain",
      "progress",
      "drills",
      "pause",
      "club-stats",
      "privacy",
    ]) {
      if (command === "club-stats") continue;
      expect(text).toMatch(MENTION(command));
    }
    expect(text).toContain("not medical advice");
  });

  it("a first command gets one tip on what to do next; later commands get none", async () => {
    const first = await h.run("drills", {}, h.admin);
    await vi.waitFor(() => expect(first.followUps.length).toBeGreaterThan(0));
    expect(first.followUps[0]?.content).toMatch(/First time here\? Start with <\/schedule:\d+>/);
    expect(first.followUps[0]?.ephemeral).toBe(true);
    const second = await h.run("drills", {}, h.admin);
    expect(second.followUps).toHaveLength(0);
    const tips = await h.database.db.select().from(memberTips).where(eq(memberTips.userId, h.admin.id));
    expect(tips).toHaveLength(1);
  });
});

describe("Dorsi for a runner with no club (user install)", () => {
  it("registers member commands for both installs and every context; club commands for servers only", () => {
    const registered = new Map(h.double.commands().map((command) => [command.name, command]));
    for (const name of [
      "schedule",
      "log",
      "pain",
      "progress",
      "drills",
      "pause",
      "resume",
      "privacy",
      "help",
      "runs",
      "measure",
      "leaderboard",
    ]) {
      expect(registered.get(name)).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
    }
    for (const name of ["club", "club-stats"]) {
      expect(registered.get(name)).toMatchObject({ integration_types: [0], contexts: [0] });
    }
    // Every command says where it works: none is left to Discord's defaults.
    expect([...registered.values()].filter((command) => !command.contexts)).toEqual([]);
  });

  it("/log and /progress work in a DM with Dorsi; the board there says where it works", async () => {
    const solo = h.double.addUser({ username: "solo", globalName: "Sol O" });
    const dm = (name: string, options = {}) => h.double.runCommand({ user: solo, name, options }).reply();
    const logged = await dm("log", { drill: "flexed-knee", sets: 2 });
    expect(logged.ephemeral).toBe(true);
    expect(logged.content).toContain("2 sets");
    const progress = await dm("progress");
    expect(progress.ephemeral).toBe(true);
    expect(progress.content + JSON.stringify(progress.embeds)).toMatch(/Level 1/);
    const board = await dm("leaderboard");
    expect(board.ephemeral).toBe(true);
    expect(board.content).toContain("server");
  });
});

describe("/club-stats", () => {
  it("shows a captain the club's counts and a chart, privately, with no health data and no names", async () => {
    await h.run("log", { drill: "both", sets: 2 });
    await h.run("pain", { severity: 6, location: "shin" });
    const reply = await h.run("club-stats", {}, h.admin);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("Members on the board: 1, of whom 0 get reminders");
    expect(reply.content).toContain("Active this week: 1");
    expect(reply.content).toContain("Stepped up a level this month: 0% of active members");
    expect(reply.content).toMatch(/Busiest hour of practice: 12:00 \(UTC time\)/);
    expect(reply.content).not.toMatch(/shin|6\/10|severity|Rita|runner/i);
    expect(reply.attachments.map((file) => file.filename)).toEqual(["club-stats.png"]);
  });

  it("outside a server says where it works", async () => {
    const reply = await h.double.runCommand({ user: h.runner, name: "club-stats" }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("run /club-stats in your club's server");
  });
});

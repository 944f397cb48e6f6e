import { once } from "node:events";
import { Events } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ start: "2026-11-24T12:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

// The double's GUILD_CREATE lists every member, as a gateway may; the bot keeps only its own.
describe("members in GUILD_CREATE", () => {
  it("caches only the bot's own member and none of the others' users", () => {
    const guild = h.dorsi.client.guilds.cache.get(h.guildId);
    expect([...(guild?.members.cache.keys() ?? [])]).toEqual([h.double.botUser.id]);
    expect(guild?.members.me?.id).toBe(h.double.botUser.id);
    expect(h.dorsi.client.users.cache.has(h.runner.id)).toBe(false);
    expect(h.dorsi.client.users.cache.has(h.admin.id)).toBe(false);
  });

  it("still answers a member, whom the interaction itself describes", async () => {
    const reply = await h.run("log", { drill: "flexed-knee", sets: 2 });
    expect(reply.content).toContain("Logged 2 sets: Flexed-knee matrix.");
  });

  it("caches no user from the GUILD_CREATE of a server it joins later", async () => {
    const newcomer = h.double.addUser({ username: "newcomer" });
    const joined = once(h.dorsi.client, Events.GuildCreate);
    const guild = h.double.addGuild({
      name: "Hill Club",
      channels: [{ name: "general" }],
      members: [newcomer.id],
    });
    await joined;
    const cached = h.dorsi.client.guilds.cache.get(guild.id);
    expect([...(cached?.members.cache.keys() ?? [])]).toEqual([h.double.botUser.id]);
    expect(h.dorsi.client.users.cache.has(newcomer.id)).toBe(false);
  });
});

import { Routes } from "discord.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { CLAIM_LEASE_MS } from "../../src/app/reminder-delivery.usecases.js";
import { setSchedule } from "../../src/app/set-schedule.usecases.js";
import { parseProxyConfig } from "../../src/config.js";
import { reminders } from "../../src/db/schema.js";
import type { RunningDorsi } from "../../src/dorsi.js";
import { startRestProxy } from "../../src/http/rest-proxy.js";
import { createLogger } from "../../src/logger.js";
import { guildIdOnShard, shardOf } from "../support/discord-double/gateway.js";
import { type DiscordDouble, startDiscordDouble } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";

/**
 * Two bot processes, SHARD_COUNT=2 with SHARD_IDS 0 and 1, on one database, both sending through
 * one proxy (what `npm run proxy` starts) to a Discord that allows 50 bot requests a second.
 */
const GLOBAL_LIMIT = 50;
const MEMBERS = 100;
const DUE = new Date("2026-11-24T09:00:00Z");

let double: DiscordDouble;
let proxy: Awaited<ReturnType<typeof startRestProxy>>;
let h: Harness;
let second: RunningDorsi;
const clubs: { id: string; channelId: string }[] = [];
const runners: string[] = [];

beforeAll(async () => {
  double = await startDiscordDouble({ globalRateLimitPerSecond: GLOBAL_LIMIT });
  for (const shard of [0, 1]) {
    const guild = double.addGuild({
      id: guildIdOnShard(shard, 2),
      name: `Shard ${shard} Striders`,
      members: Array.from({ length: MEMBERS / 2 }, (_, index) => ({ username: `s${shard}runner${index}` })),
    });
    clubs.push({ id: guild.id, channelId: guild.channels[0]?.id ?? "" });
    runners.push(...guild.members.map((member) => member.id));
  }
  proxy = await startRestProxy(
    { ...parseProxyConfig({ DISCORD_TOKEN: double.token, DISCORD_API_URL: double.apiUrl }), port: 0 },
    createLogger("silent"),
  );
  const throughProxy = { discordApiUrl: proxy.url, discordProxy: true };
  h = await startHarness({
    double,
    start: "2026-11-24T06:00:00Z",
    config: { ...throughProxy, shards: { ids: [0], count: 2 } },
  });
  second = await h.startAnother({ shards: { ids: [1], count: 2 } });
});
afterAll(async () => {
  await h?.stop();
  await proxy?.close();
  await double?.stop();
});

describe("shards split over two processes behind one proxy", () => {
  it("each process answers the commands of its own shard's servers, and DMs come to shard 0", async () => {
    const seenBy = [new Set<string>(), new Set<string>()];
    h.dorsi.client.on("interactionCreate", (interaction) => seenBy[0]?.add(interaction.id));
    second.client.on("interactionCreate", (interaction) => seenBy[1]?.add(interaction.id));
    for (const [shard, club] of clubs.entries()) {
      expect(shardOf(club.id, 2)).toBe(shard);
      const handle = double.runCommand({
        guildId: club.id,
        channelId: club.channelId,
        user: runners[shard * (MEMBERS / 2)] ?? "",
        name: "log",
        options: { drill: "both" },
      });
      const reply = await handle.reply();
      expect(reply.content).toContain("Logged");
      expect([...(seenBy[shard] ?? [])]).toContain(handle.id);
      expect([...(seenBy[1 - shard] ?? [])]).not.toContain(handle.id);
    }
    const inDm = double.runCommand({ user: runners[0] ?? "", name: "help" });
    await inDm.reply();
    expect(seenBy[0]?.has(inDm.id)).toBe(true);
    expect(seenBy[1]?.has(inDm.id)).toBe(false);
  });

  it("the proxy retries a 429 and a 500 itself, sending the whole body again", async () => {
    const [club] = clubs;
    if (!club) throw new Error("no club");
    const route = new RegExp(`^/channels/${club.channelId}/messages$`);
    double.failNext({ method: "POST", route, status: 429, retryAfter: 0.05 });
    double.failNext({ method: "POST", route, status: 500 });
    const data = Buffer.from("not really a png");
    await h.dorsi.client.rest.post(Routes.channelMessages(club.channelId), {
      body: { content: "after the storm" },
      files: [{ name: "note.txt", data, contentType: "text/plain" }],
    });
    const statuses = double.requests
      .filter((r) => r.method === "POST" && route.test(r.path))
      .map((r) => r.status);
    expect(statuses.slice(-3)).toEqual([429, 500, 200]);
    const [message] = double.messagesIn(club.channelId).slice(-1);
    expect(message?.content).toBe("after the storm");
    expect(message?.attachments[0]?.data).toEqual(data);
  });

  it("delivers reminders falling due together for every member exactly once, with (almost) no 429", async () => {
    const deps = createAppDeps(h.database.db, h.clock);
    for (const userId of runners) {
      await setSchedule(
        deps,
        { userId, displayName: userId, guild: null },
        { timezone: "UTC", start: "08:00", end: "12:00", perDay: 1 },
      );
    }
    // One reminder each, all due at the same instant: a DM channel to open and a DM to send apiece.
    await h.database.db.update(reminders).set({ dueAt: DUE }).where(eq(reminders.localDate, "2026-11-24"));
    h.clock.set(DUE);
    const limitedBefore = double.rateLimitedCount;
    let sent = 0;
    for (let round = 0; sent < MEMBERS && round < 10; round++) {
      const stats = await Promise.all([h.dorsi.jobs.deliverReminders(), second.jobs.deliverReminders()]);
      sent += stats[0].sent + stats[1].sent;
    }
    expect(sent).toBe(MEMBERS);
    const rows = await h.database.db.select().from(reminders).where(eq(reminders.localDate, "2026-11-24"));
    expect(rows).toHaveLength(MEMBERS);
    expect(rows.every((row) => row.state === "sent")).toBe(true);
    for (const userId of runners) {
      expect(double.dmsTo(userId).filter((message) => !message.ephemeral)).toHaveLength(1);
    }
    // 200 bot requests, two claim batches sent at once by the two processes: paced together by the
    // proxy, not 2 x 47 a second.
    expect(double.rateLimitedCount - limitedBefore).toBeLessThanOrEqual(1);
  }, 30_000);

  it("a proxy restarting in the middle of a burst loses no reminder and sends none twice", async () => {
    const day = "2026-11-25";
    h.clock.set(new Date(`${day}T06:00:00Z`));
    await h.dorsi.jobs.planReminders();
    const due = new Date(`${day}T09:00:00Z`);
    await h.database.db
      .update(reminders)
      .set({ dueAt: due })
      .where(and(eq(reminders.localDate, day), eq(reminders.kind, "drill")));
    h.clock.set(due);
    const dmsBefore = double.allMessages().length;
    const burst = Promise.all([h.dorsi.jobs.deliverReminders(), second.jobs.deliverReminders()]);
    while (double.allMessages().length < dmsBefore + 20)
      await new Promise((resolve) => setTimeout(resolve, 5));
    // Down with requests in flight and queued, then up again where the bots expect it.
    await proxy.close();
    proxy = await startRestProxy(
      {
        ...parseProxyConfig({ DISCORD_TOKEN: double.token, DISCORD_API_URL: double.apiUrl }),
        port: proxy.port,
      },
      createLogger("silent"),
    );
    const first = await burst;
    let sent = first[0].sent + first[1].sent;
    expect(sent).toBeLessThan(MEMBERS);
    for (let round = 0; sent < MEMBERS && round < 10; round++) {
      // What was cut off waits for its lease to run out, then goes again with the same nonce.
      h.clock.advance(CLAIM_LEASE_MS + 1_000);
      const stats = await Promise.all([h.dorsi.jobs.deliverReminders(), second.jobs.deliverReminders()]);
      sent += stats[0].sent + stats[1].sent;
    }
    const rows = await h.database.db
      .select()
      .from(reminders)
      .where(and(eq(reminders.localDate, day), eq(reminders.kind, "drill")));
    expect(rows).toHaveLength(MEMBERS);
    expect(rows.every((row) => row.state === "sent")).toBe(true);
    for (const userId of runners) {
      expect(double.dmsTo(userId).filter((message) => !message.ephemeral)).toHaveLength(2);
    }
  }, 60_000);
});

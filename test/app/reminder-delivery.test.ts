import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import {
  CLAIM_BATCH,
  type DirectMessenger,
  deliverDueReminders,
  SEND_CONCURRENCY,
} from "../../src/app/reminder-delivery.usecases.js";
import { reminders } from "../../src/db/schema.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-05-12T09:00:00Z");
const deps = () => createAppDeps(database.db, clock);

/** `count` enrolled members (m1...) with a stored DM channel (c1...), one drill reminder each, due now. */
async function dueReminders(count: number): Promise<void> {
  await database.db.execute(sql`insert into members (user_id, display_name, jitter_seed, enrolled_at, dm_channel_id)
    select 'm' || i, 'Member ' || i, 's' || i, now() - interval '30 days', 'c' || i
    from generate_series(1, ${count}::int) i`);
  await database.db.execute(sql`insert into reminders (user_id, kind, local_date, slot, due_at, drill)
    select 'm' || i, 'drill', '2026-05-12', 0, ${clock.now().toISOString()}::timestamptz, 'flexed-knee'
    from generate_series(1, ${count}::int) i`);
}

/** A messenger whose sends to held channels wait until released; records the order of sends. */
function scriptedMessenger(
  held: (channelId: string) => boolean,
  fail: (channelId: string) => Error | null = () => null,
) {
  const sent: string[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const messenger: DirectMessenger = {
    openDm: async (userId) => `c${userId.slice(1)}`,
    async send(channelId) {
      if (held(channelId)) await released;
      const error = fail(channelId);
      if (error) throw error;
      sent.push(channelId);
      return { messageId: `message-${channelId}` };
    },
  };
  return { messenger, sent, release };
}

const states = async () => {
  const rows = await database.db.select({ state: reminders.state }).from(reminders);
  return rows.reduce<Record<string, number>>((counts, { state }) => {
    counts[state] = (counts[state] ?? 0) + 1;
    return counts;
  }, {});
};

describe("delivering due reminders", () => {
  it("a slow DM holds up no other: the rest of the burst goes on around it", async () => {
    const count = 3 * CLAIM_BATCH;
    await dueReminders(count);
    const { messenger, sent, release } = scriptedMessenger((channelId) => channelId === "c1");
    const run = deliverDueReminders(deps(), messenger);
    // Everything but the held DM goes out, batches claimed as they run out, before it is released.
    while (sent.length < count - 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sent).not.toContain("c1");
    release();
    const stats = await run;
    expect(stats.sent).toBe(count);
    expect(sent).toHaveLength(count);
    expect(new Set(sent).size).toBe(count);
    expect(await states()).toEqual({ sent: count });
  });

  it("keeps SEND_CONCURRENCY sends in flight, no more", async () => {
    await dueReminders(2 * CLAIM_BATCH);
    // Every send waits until released: the senders pile up, however long their reads take.
    const { messenger, sent, release } = scriptedMessenger(() => true);
    let inFlight = 0;
    const counting: DirectMessenger = {
      openDm: messenger.openDm,
      async send(channelId, content) {
        inFlight++;
        try {
          return await messenger.send(channelId, content);
        } finally {
          inFlight--;
        }
      },
    };
    const run = deliverDueReminders(deps(), counting);
    while (inFlight < SEND_CONCURRENCY) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(inFlight).toBe(SEND_CONCURRENCY);
    release();
    expect((await run).sent).toBe(2 * CLAIM_BATCH);
    expect(sent).toHaveLength(2 * CLAIM_BATCH);
  });

  it("Discord struggling: that reminder waits for its lease, what is claimed still goes, no more is claimed", async () => {
    await dueReminders(3 * CLAIM_BATCH);
    const { messenger, sent } = scriptedMessenger(
      () => false,
      (channelId) => (channelId === "c30" ? new Error("socket hang up") : null),
    );
    const stats = await deliverDueReminders(deps(), messenger);
    expect(stats.retry).toBe(1);
    const counts = await states();
    expect(counts).toMatchObject({ sent: stats.sent, sending: 1 });
    // The next batch may already be claimed when the failure comes back (it is then sent), but no
    // batch after that: the third stays planned for the next tick.
    expect(stats.sent).toBeGreaterThanOrEqual(CLAIM_BATCH - 1);
    expect(counts.planned).toBeGreaterThanOrEqual(CLAIM_BATCH);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it("an unexpected error stops the run, and what was sent before it is still recorded", async () => {
    await dueReminders(CLAIM_BATCH);
    const { messenger, sent } = scriptedMessenger(() => false);
    const real = deps();
    // A fault where no Discord error belongs: the member's own row cannot be read.
    const faulty = {
      ...real,
      members: {
        ...real.members,
        find: async (userId: string) => {
          if (userId === "m30") throw new Error("a bug, not Discord");
          return real.members.find(userId);
        },
      },
    };
    await expect(deliverDueReminders(faulty, messenger)).rejects.toThrow("a bug, not Discord");
    const counts = await states();
    expect(sent.length).toBeGreaterThanOrEqual(SEND_CONCURRENCY);
    expect(counts.sent).toBe(sent.length);
    // The rest keep their lease and go at a later run, once it runs out.
    expect(counts.sending).toBe(CLAIM_BATCH - sent.length);
  });
});

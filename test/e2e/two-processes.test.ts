import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { setSchedule } from "../../src/app/set-schedule.usecases.js";
import { reminders } from "../../src/db/schema.js";
import type { RunningDorsi } from "../../src/dorsi.js";
import { usingPostgres } from "../support/database.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;
let second: RunningDorsi;
const MEMBERS = 24;

beforeAll(async () => {
  h = await startHarness({ start: "2026-11-24T06:00:00Z" });
  second = await h.startAnother();
  // Two dozen members, each with four reminders between 08:00 and 12:00 UTC.
  for (let index = 0; index < MEMBERS; index++) {
    const user = h.double.addUser({ username: `runner${index}` });
    await setSchedule(
      createAppDeps(h.database.db, h.clock),
      { userId: user.id, displayName: user.username, guild: null },
      { timezone: "UTC", start: "08:00", end: "12:00", perDay: 4 },
    );
  }
});
afterAll(async () => {
  await h?.stop();
});

describe("two bot processes on one database", () => {
  it("deliver every reminder exactly once, ticking at the same moments", async () => {
    const planned = (await h.database.db.select().from(reminders)).filter(
      (row) => row.localDate === "2026-11-24",
    );
    expect(planned).toHaveLength(MEMBERS * 4);
    // Both processes tick at the same instants: the 15-second cron ticks at which something falls due
    // (ticks in between find nothing due and change nothing), and the one after each, for a retry.
    const sentBy = [0, 0];
    for (const tick of tickInstants(planned.map((row) => row.dueAt))) {
      h.clock.set(tick);
      const stats = await Promise.all([h.dorsi.jobs.deliverReminders(), second.jobs.deliverReminders()]);
      stats.forEach((tick, process) => {
        sentBy[process] = (sentBy[process] ?? 0) + tick.sent;
      });
    }
    expect((sentBy[0] ?? 0) + (sentBy[1] ?? 0)).toBe(MEMBERS * 4);
    // On PostgreSQL both really work (SKIP LOCKED shares the rows); PGlite runs one statement at a time.
    if (usingPostgres()) expect(Math.min(...sentBy)).toBeGreaterThan(0);
    const rows = (await h.database.db.select().from(reminders)).filter(
      (row) => row.localDate === "2026-11-24",
    );
    expect(rows.every((row) => row.state === "sent")).toBe(true);
    const dms = h.double.allMessages().filter((message) => message.guildId === null && !message.ephemeral);
    expect(dms).toHaveLength(MEMBERS * 4);
    expect(new Set(dms.map((message) => message.nonce)).size).toBe(MEMBERS * 4);
  }, 120_000);
});

/** The 15-second ticks (delivery's cron) at or after each due time, and the tick after each, in order. */
function tickInstants(dueTimes: readonly Date[]): Date[] {
  const step = 15_000;
  const ticks = new Set<number>();
  for (const due of dueTimes) {
    const first = Math.ceil(due.getTime() / step) * step;
    ticks.add(first).add(first + step);
  }
  return [...ticks].sort((a, b) => a - b).map((ms) => new Date(ms));
}

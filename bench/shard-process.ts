/**
 * One bot process of bench/shards.ts: Dorsi started from its environment (one shard of several, one
 * PostgreSQL), jobs off the timer, taking orders on stdin. "warm": one run of the delivery job (what
 * is due then is the process's warm-up reminder), answered {"warmed": n}. "go": the delivery job run
 * back to back, as its 15-second tick would while work is due, until no reminder is left unsent,
 * answered {"sent": n}. SIGTERM, or the end of stdin, stops it.
 */
import { createInterface } from "node:readline";
import { ne } from "drizzle-orm";
import { parseConfig } from "../src/config.js";
import { reminders } from "../src/db/schema.js";
import { type RunningDorsi, startDorsi } from "../src/dorsi.js";
import { createLogger } from "../src/logger.js";
import { sleep } from "./discord-support.js";

async function deliverUntilAllSent(bot: RunningDorsi): Promise<number> {
  const deadline = performance.now() + 10 * 60_000;
  let sent = 0;
  for (;;) {
    const stats = await bot.jobs.deliverReminders();
    sent += stats.sent;
    if (stats.sent + stats.retry > 0) continue;
    const left = await bot.database.db.$count(reminders, ne(reminders.state, "sent"));
    if (left === 0) return sent;
    if (performance.now() > deadline) throw new Error(`delivery stalled with ${left} reminders unsent`);
    await sleep(50);
  }
}

const bot = await startDorsi(parseConfig(process.env), {
  logger: createLogger("silent"),
  runJobsOnTimer: false,
});
const stop = () => void bot.stop().then(() => process.exit(0));
process.once("SIGTERM", stop);
process.stdout.write("shard ready\n");
for await (const order of createInterface({ input: process.stdin })) {
  const answer =
    order === "warm"
      ? { warmed: (await bot.jobs.deliverReminders()).sent }
      : { sent: await deliverUntilAllSent(bot) };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
// The bench is gone (stdin closed): no process is left behind.
stop();

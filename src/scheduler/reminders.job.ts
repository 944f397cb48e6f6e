import type { DeliveryStats } from "../app/reminder-delivery.usecases.js";
import type { Logger } from "../logger.js";
import type { TickJob } from "./ticker.js";

/**
 * Every 10 minutes, and straight after start (a restart may follow a long outage): make sure the
 * next day's reminders exist (idempotent).
 */
export function planRemindersJob(plan: () => Promise<number>, logger: Logger): TickJob {
  return {
    name: "plan-reminders",
    cron: "0 */10 * * * *",
    runAtStart: true,
    async run() {
      const planned = await plan();
      if (planned > 0) logger.info({ planned }, "reminders planned");
    },
  };
}

/** Every 15 seconds: send what is due; the claim makes extra runs in other processes harmless. */
export function deliverRemindersJob(deliver: () => Promise<DeliveryStats>, logger: Logger): TickJob {
  return {
    name: "deliver-reminders",
    cron: "*/15 * * * * *",
    async run() {
      const { sent, failed, skipped, retry } = await deliver();
      if (sent + failed + skipped + retry > 0)
        logger.info({ sent, failed, skipped, retry }, "reminders delivered");
    },
  };
}

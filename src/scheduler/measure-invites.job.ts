import type { Logger } from "../logger.js";
import type { TickJob } from "./ticker.js";

/**
 * Every 10 minutes, and straight after start: store the invitations to measure that fall in the
 * planning horizon (idempotent); the reminder delivery job sends them.
 */
export function planMeasureInvitesJob(plan: () => Promise<number>, logger: Logger): TickJob {
  return {
    name: "plan-measure-invites",
    cron: "30 */10 * * * *",
    runAtStart: true,
    async run() {
      const planned = await plan();
      if (planned > 0) logger.info({ planned }, "measure invitations planned");
    },
  };
}

import type { Logger } from "../logger.js";
import type { TickJob } from "./ticker.js";

/** Hourly: forget cached DM channels, so memory stays flat however many members click. */
export function forgetDmChannelsJob(forget: () => number, logger: Logger): TickJob {
  return {
    name: "forget-dm-channels",
    cron: "0 17 * * * *",
    async run() {
      const forgotten = forget();
      if (forgotten > 0) logger.debug({ forgotten }, "cached DM channels forgotten");
    },
  };
}

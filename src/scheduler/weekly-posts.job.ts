import type { WeeklyPostOutcome } from "../app/weekly-posts.usecases.js";
import type { Logger } from "../logger.js";
import type { TickJob } from "./ticker.js";

/** Every 30 s: post each club's weekly board when it is due (the claim makes extra runs harmless). */
export function weeklyPostsJob(post: () => Promise<readonly WeeklyPostOutcome[]>, logger: Logger): TickJob {
  return {
    name: "weekly-posts",
    cron: "*/30 * * * * *",
    async run() {
      for (const outcome of await post()) {
        if (outcome.result === "posted" || outcome.result === "skipped") logger.info(outcome, "weekly board");
        else logger.warn(outcome, "weekly board not posted");
      }
    },
  };
}

import { schedule } from "node-cron";
import type { Logger } from "../logger.js";

/** A periodic job. Nothing durable lives in memory: each run reads and writes the database. */
export interface TickJob {
  readonly name: string;
  /** A node-cron expression with a seconds field (six fields). */
  readonly cron: string;
  /** Also run once as soon as the ticker starts, without holding up the start. */
  readonly runAtStart?: boolean;
  run(): Promise<void>;
}

export interface Ticker {
  /** Stops scheduling and waits for runs in progress to finish. */
  stop(): Promise<void>;
}

export function startTicker(jobs: readonly TickJob[], logger: Logger): Ticker {
  const running = new Map<string, Promise<void>>();
  // One run per job at a time: a slow run (a Discord outage) is never doubled by the next tick.
  const launch = (job: TickJob): Promise<void> => {
    const current = running.get(job.name);
    if (current) return current;
    const run = job
      .run()
      .catch((error: unknown) => logger.error({ err: error, job: job.name }, "tick failed"))
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
    return run;
  };
  const tasks = jobs.map((job) =>
    schedule(job.cron, () => launch(job), { name: job.name, noOverlap: true, suppressMissedWarning: true }),
  );
  for (const job of jobs) if (job.runAtStart) void launch(job);
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.allSettled([...running.values()]);
    },
  };
}

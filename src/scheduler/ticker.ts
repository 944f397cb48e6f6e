import { schedule } from "node-cron";
import type { Logger } from "../logger.js";

/** A periodic job. Nothing durable lives in memory: each run reads and writes the database. */
export interface TickJob {
  readonly name: string;
  /** A node-cron expression with a seconds field (six fields). */
  readonly cron: string;
  run(): Promise<void>;
}

export interface Ticker {
  /** Stops scheduling and waits for runs in progress to finish. */
  stop(): Promise<void>;
}

export function startTicker(jobs: readonly TickJob[], logger: Logger): Ticker {
  const running = new Set<Promise<void>>();
  const tasks = jobs.map((job) =>
    // noOverlap: a slow run (a Discord outage) is never doubled by the next tick.
    schedule(
      job.cron,
      () => {
        const run = job
          .run()
          .catch((error: unknown) => logger.error({ err: error, job: job.name }, "tick failed"));
        running.add(run);
        return run.finally(() => running.delete(run));
      },
      { name: job.name, noOverlap: true, suppressMissedWarning: true },
    ),
  );
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.allSettled([...running]);
    },
  };
}

import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DeliveryStats } from "../app/reminder-delivery.usecases.js";
import type { WeeklyPostOutcome } from "../app/weekly-posts.usecases.js";
import type { Database } from "../db/db-client.js";

/** What operators watch in Prometheus: deliveries, lateness, interaction time, posts, the pool. */
export interface Metrics {
  readonly registry: Registry;
  recordDelivery(stats: DeliveryStats): void;
  recordInteraction(command: string, seconds: number): void;
  recordWeeklyPosts(outcomes: readonly WeeklyPostOutcome[]): void;
}

export function createMetrics(database: Database): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "dorsi_" });
  const reminders = new Counter({
    name: "dorsi_reminders_total",
    help: "Reminder DMs by outcome (sent, failed, skipped)",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const lateness = new Histogram({
    name: "dorsi_reminder_lateness_seconds",
    help: "How late each reminder went out after its due time",
    buckets: [1, 5, 15, 30, 60, 120, 300, 900, 1800],
    registers: [registry],
  });
  const interactions = new Histogram({
    name: "dorsi_interaction_seconds",
    help: "Time from receiving an interaction to finishing its handler, per command",
    labelNames: ["command"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const weeklyPosts = new Counter({
    name: "dorsi_weekly_posts_total",
    help: "Weekly board posts by result (posted, failed, skipped, retrying)",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "dorsi_db_pool_connections",
    help: "Database pool connections by state (PostgreSQL only)",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = database.poolStats();
      if (!pool) return;
      this.set({ state: "total" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });
  return {
    registry,
    recordDelivery(stats) {
      reminders.inc({ outcome: "sent" }, stats.sent);
      reminders.inc({ outcome: "failed" }, stats.failed);
      reminders.inc({ outcome: "skipped" }, stats.skipped);
      for (const ms of stats.lateness) lateness.observe(ms / 1000);
    },
    recordInteraction(command, seconds) {
      interactions.observe({ command }, seconds);
    },
    recordWeeklyPosts(outcomes) {
      for (const outcome of outcomes) weeklyPosts.inc({ result: outcome.result });
    },
  };
}

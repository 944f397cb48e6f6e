import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;
let base: string;

beforeAll(async () => {
  // Port 0: the system picks a free one.
  h = await startHarness({ healthPort: 0 });
  base = `http://127.0.0.1:${h.dorsi.healthPort}`;
});
afterAll(async () => {
  await h?.stop();
});

describe("operator endpoints", () => {
  it("/healthz is 200 while the database answers and the gateway is connected, with each shard", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    // The ping is -1 until the first heartbeat is acknowledged.
    expect(await response.json()).toEqual({
      ok: true,
      problems: [],
      shards: [{ id: 0, status: "Ready", ping: expect.any(Number) }],
    });
  });

  it("/metrics counts interactions per command and reminders, in Prometheus format", async () => {
    await h.run("log", { drill: "both" });
    await h.dorsi.jobs.deliverReminders();
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/dorsi_interaction_seconds_count\{command="log"\} 1/);
    expect(text).toContain("dorsi_reminders_total");
    expect(text).toContain("dorsi_reminder_lateness_seconds_bucket");
    expect(text).toContain("dorsi_process_resident_memory_bytes");
  });

  it("/healthz is 503 with the reason when the gateway is disconnected", async () => {
    await h.dorsi.client.destroy();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { ok: boolean; problems: string[] };
    expect(body.ok).toBe(false);
    expect(body.problems).toEqual([expect.stringMatching(/^gateway: /)]);
  });
});

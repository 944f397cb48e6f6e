import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startTicker } from "../../src/scheduler/ticker.js";

// Once a year at midnight, 1 January: the cron never fires during the test.
const NEVER_DURING_TEST = "0 0 0 1 1 *";

describe("startTicker", () => {
  it("runs a runAtStart job at once without holding up the start, and stop waits for it", async () => {
    let runs = 0;
    let finish = () => {};
    const ticker = startTicker(
      [
        {
          name: "plan",
          cron: NEVER_DURING_TEST,
          runAtStart: true,
          run: () =>
            new Promise<void>((resolve) => {
              runs++;
              finish = resolve;
            }),
        },
        { name: "other", cron: NEVER_DURING_TEST, run: async () => void runs++ },
      ],
      createLogger("silent"),
    );
    expect(runs).toBe(1);
    let stopped = false;
    const stopping = ticker.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
    expect(runs).toBe(1);
  });

  it("a failing run is logged, not thrown", async () => {
    const ticker = startTicker(
      [
        {
          name: "broken",
          cron: NEVER_DURING_TEST,
          runAtStart: true,
          run: () => Promise.reject(new Error("db down")),
        },
      ],
      createLogger("silent"),
    );
    await expect(ticker.stop()).resolves.toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { paceGlobalRequests } from "../../src/discord/global-pacer.js";

const BOT = { headers: { Authorization: "Bot x" } };

interface Burst {
  readonly count: number;
  readonly limit?: number;
  readonly spanMs?: number;
  /** A request long before the burst: the pacer must not have saved up turns since. */
  readonly idleFirstMs?: number;
  /** The event loop stalls this long inside the request numbered `stallAt`: timers fire late. */
  readonly stallAt?: number;
  readonly stallMs?: number;
}

/** Start times, relative to the burst, of `count` requests made at once through a pacer. */
async function startTimes({ count, limit, spanMs, idleFirstMs = 0, stallAt, stallMs = 0 }: Burst) {
  // A virtual clock: on a busy machine a real one records each turn late, by a varying amount. A
  // stall moves the clock on without firing the timers due meanwhile, as a blocked event loop does.
  vi.useFakeTimers({ toFake: ["setTimeout", "performance"] });
  let stalled = 0;
  const now = () => performance.now() + stalled;
  const times: number[] = [];
  let started = 0;
  const makeRequest = paceGlobalRequests(
    async (url) => {
      const index = Number(url);
      if (index >= 0) times[index] = now() - started;
      if (index === stallAt) stalled += stallMs;
      return new Response(null, { status: 204 }) as never;
    },
    { limit, spanMs, now },
  );
  if (idleFirstMs > 0) {
    await makeRequest("-1", BOT);
    await vi.advanceTimersByTimeAsync(idleFirstMs);
  }
  started = now();
  const all = Promise.all(Array.from({ length: count }, (_, index) => makeRequest(String(index), BOT)));
  await vi.runAllTimersAsync();
  await all;
  return times;
}

/** The shortest time between a start and the start `limit` turns later. */
function shortestSpan(times: readonly number[], limit: number): number {
  return Math.min(...times.slice(limit).map((t, index) => t - (times[index] ?? 0)));
}

describe("paceGlobalRequests' spacing", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("starts one turn every spanMs/limit, in order", async () => {
    const times = await startTimes({ count: 7, limit: 3, spanMs: 300 });
    expect(times).toEqual([0, 100, 200, 300, 400, 500, 600]);
  });

  it("saves no turns while idle, so a burst after a quiet minute is still spaced", async () => {
    const times = await startTimes({ count: 4, limit: 3, spanMs: 300, idleFirstMs: 60_000 });
    expect(times).toEqual([0, 100, 200, 300]);
  });

  it("catches up after a stall, but never lets limit + 1 starts fall within spanMs", async () => {
    const times = await startTimes({ count: 12, limit: 3, spanMs: 300, stallAt: 4, stallMs: 250 });
    // The slots at 500 and 600 were missed, and are caught up as far as the span allows: the last
    // turn starts before 1,100 + 250 ms, where it would without catching up.
    expect(times.slice(0, 6)).toEqual([0, 100, 200, 300, 400, 650]);
    expect(shortestSpan(times, 3)).toBeGreaterThanOrEqual(300);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[11]).toBeLessThan(1_350);
  });

  it("by default, spreads any 51 requests over Discord's second plus 60 ms, even across a stall", async () => {
    const times = await startTimes({ count: 300, stallAt: 20, stallMs: 200 });
    expect(shortestSpan(times, 50)).toBeGreaterThanOrEqual(1_060);
    // ...while still sending more than 45 a second, what a burst of reminders is owed.
    expect(299 / ((times[299] ?? 0) / 1_000)).toBeGreaterThan(45);
  });
});

describe("paceGlobalRequests", () => {
  it("paces bot-authenticated requests only; interaction responses pass straight through", async () => {
    const sent: string[] = [];
    const makeRequest = paceGlobalRequests(
      async (url) => {
        sent.push(url);
        return new Response(null, { status: 204 }) as never;
      },
      { limit: 1, spanMs: 10_000 },
    );
    await makeRequest("/channels/1/messages", { headers: { Authorization: "Bot x" } });
    const paced = makeRequest("/channels/2/messages", { headers: { Authorization: "Bot x" } });
    // The proxy forwards the header in Node's lower case: still the bot's, still paced.
    const forwarded = makeRequest("/channels/3/messages", { headers: { authorization: "Bot x" } });
    await makeRequest("/interactions/1/token/callback", { headers: {} });
    expect(sent).toEqual(["/channels/1/messages", "/interactions/1/token/callback"]);
    void paced;
    void forwarded;
  });
});

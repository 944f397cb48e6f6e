import { afterEach, describe, expect, it, vi } from "vitest";
import { paceGlobalRequests } from "../../src/discord/global-pacer.js";

const BOT = { headers: { Authorization: "Bot x" } };

describe("paceGlobalRequests' sliding window", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets `limit` turns through at once, then one per expiring turn, in order", async () => {
    // A virtual clock: on a busy machine a real one records each turn late, by a varying amount.
    vi.useFakeTimers({ toFake: ["setTimeout", "performance"] });
    const started = performance.now();
    const times: number[] = [];
    const makeRequest = paceGlobalRequests(
      async (url) => {
        times[Number(url)] = performance.now() - started;
        return new Response(null, { status: 204 }) as never;
      },
      3,
      100,
    );
    const all = Promise.all(Array.from({ length: 7 }, (_, index) => makeRequest(String(index), BOT)));
    await vi.runAllTimersAsync();
    await all;
    expect(times.slice(3, 6).every((t) => t >= 99)).toBe(true);
    expect(times[6]).toBeGreaterThanOrEqual(199);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Never more than three turns in any 100 ms.
    for (const [index, t] of times.entries()) {
      expect(
        times.filter((other) => other > t - 100 && other <= t).length,
        `turn ${index}`,
      ).toBeLessThanOrEqual(3);
    }
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
      1,
      10_000,
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

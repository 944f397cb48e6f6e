import type { RESTOptions } from "discord.js";

type MakeRequest = RESTOptions["makeRequest"];

/**
 * Starts at most `limit` bot-authenticated requests in any sliding `windowMs`, in arrival order.
 * Interaction responses and webhooks carry no bot token, are exempt from Discord's global limit and
 * pass straight through, so a burst of reminders never delays an answer to a command.
 */
export function paceGlobalRequests(makeRequest: MakeRequest, limit: number, windowMs: number): MakeRequest {
  const acquire = slidingWindow(limit, windowMs);
  return async (url, init) => {
    const headers = init.headers as Record<string, string> | undefined;
    if (headers?.Authorization !== undefined) await acquire();
    return makeRequest(url, init);
  };
}

/** Resolves each caller's turn once fewer than `limit` turns started in the last `windowMs`. */
function slidingWindow(limit: number, windowMs: number): () => Promise<void> {
  const starts: number[] = [];
  let queue: Promise<void> = Promise.resolve();
  const take = async (): Promise<void> => {
    for (;;) {
      const current = performance.now();
      while (starts.length > 0 && (starts[0] ?? current) <= current - windowMs) starts.shift();
      if (starts.length < limit) {
        starts.push(current);
        return;
      }
      const wait = (starts[0] ?? current) + windowMs - current;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(wait))));
    }
  };
  return () => {
    const turn = queue.then(take);
    queue = turn;
    return turn;
  };
}

import { DefaultRestOptions, type RESTOptions } from "discord.js";

type MakeRequest = RESTOptions["makeRequest"];

/**
 * Bot-authenticated requests allowed to start in any sliding window of GLOBAL_WINDOW_MS. Discord
 * allows 50 a second, but @discordjs/rest counts fixed windows, so a burst across a window's edge
 * reaches Discord within one second and draws 429s; a slightly smaller, longer window leaves room
 * for jitter.
 */
const GLOBAL_REQUESTS_PER_WINDOW = 48;
export const GLOBAL_WINDOW_MS = 1_050;

/**
 * Starts at most `limit` bot-authenticated requests in any sliding `windowMs`, in arrival order:
 * Discord's global limit for everything sent through one REST instance, the bot's own when it talks
 * to Discord alone, or the shared proxy's when several processes talk through it. Interaction
 * responses and webhooks carry no bot token, are exempt from Discord's global limit and pass
 * straight through, so a burst of reminders never delays an answer to a command.
 */
export function paceGlobalRequests(
  makeRequest: MakeRequest = DefaultRestOptions.makeRequest,
  limit = GLOBAL_REQUESTS_PER_WINDOW,
  windowMs = GLOBAL_WINDOW_MS,
): MakeRequest {
  const acquire = slidingWindow(limit, windowMs);
  return async (url, init) => {
    if (carriesToken(init.headers)) await acquire();
    return makeRequest(url, init);
  };
}

/** discord.js writes `Authorization`; the proxy forwards the header as Node received it, `authorization`. */
function carriesToken(headers: RequestInit["headers"]): boolean {
  if (headers === undefined) return false;
  return Object.keys(headers as Record<string, string>).some(
    (name) => name.toLowerCase() === "authorization",
  );
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

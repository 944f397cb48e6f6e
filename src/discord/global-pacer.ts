import { DefaultRestOptions, type RESTOptions } from "discord.js";

type MakeRequest = RESTOptions["makeRequest"];

/**
 * Discord allows 50 bot requests in any second, counted where they arrive. Turns are spaced so that
 * any 50 starts span at least 1,064 ms (47 a second): 64 ms of uneven delay on the way, or of a late
 * timer here, still cannot put 51 into one second. Spacing them evenly, rather than letting a quiet
 * moment's worth go at once, keeps a burst of reminders from arriving as one clump of uploads.
 */
const GLOBAL_LIMIT = 50;
const GLOBAL_SPAN_MS = 1_064;

interface PaceOptions {
  /** Turns allowed to start in any `spanMs`. */
  readonly limit?: number | undefined;
  readonly spanMs?: number | undefined;
  /** A monotonic clock in milliseconds. */
  readonly now?: () => number;
}

/**
 * Starts bot-authenticated requests evenly spaced, in arrival order: Discord's global limit for
 * everything sent through one REST instance, the bot's own when it talks to Discord alone, or the
 * shared proxy's when several processes talk through it. Interaction responses and webhooks carry no
 * bot token, are exempt from Discord's global limit and pass straight through, so a burst of
 * reminders never delays an answer to a command.
 */
export function paceGlobalRequests(
  makeRequest: MakeRequest = DefaultRestOptions.makeRequest,
  { limit = GLOBAL_LIMIT, spanMs = GLOBAL_SPAN_MS, now = () => performance.now() }: PaceOptions = {},
): MakeRequest {
  const acquire = evenlySpaced(limit, spanMs, now);
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

/**
 * Turns one `spanMs / limit` apart, in order. Nothing is saved up while idle, so turns never bunch
 * after a quiet moment; after a stall (a busy event loop firing timers late) the slots missed are
 * caught up, but never so that `limit + 1` actual starts fall within `spanMs`.
 */
function evenlySpaced(limit: number, spanMs: number, now: () => number): () => Promise<void> {
  const interval = spanMs / limit;
  const starts: number[] = [];
  let nextSlot = Number.NEGATIVE_INFINITY;
  let queue: Promise<void> = Promise.resolve();
  const take = async (): Promise<void> => {
    const slot = Math.max(now(), nextSlot);
    nextSlot = slot + interval;
    for (;;) {
      const windowFull = starts.length === limit ? (starts[0] ?? 0) + spanMs : Number.NEGATIVE_INFINITY;
      const wait = Math.max(slot, windowFull) - now();
      if (wait <= 0) break;
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
    }
    starts.push(now());
    if (starts.length > limit) starts.shift();
  };
  return () => {
    const turn = queue.then(take);
    queue = turn;
    return turn;
  };
}

import { createHash } from "node:crypto";
import { ApiError } from "./errors.js";

/** A scripted failure for the next matching request(s). */
export interface FaultSpec {
  /** HTTP method to match (any if omitted). */
  method?: string;
  /** Matched against the path after `/api/v10`, without query: a string must be equal, a RegExp must match. */
  route: RegExp | string;
  status: number;
  /** Discord JSON error code (0 when omitted). */
  code?: number;
  message?: string;
  /** How many matching requests fail; defaults to 1. */
  times?: number;
  /** Seconds, for 429s. */
  retryAfter?: number;
  /** For 429s: mark the limit as global (`X-RateLimit-Global`). */
  global?: boolean;
}

/** What the router should answer instead of running the handler. */
export interface InjectedFailure {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export class Faults {
  private readonly pending: { spec: FaultSpec; remaining: number }[] = [];

  add(spec: FaultSpec): void {
    this.pending.push({ spec, remaining: spec.times ?? 1 });
  }

  /** Consumes one use of the first fault matching this request, if any. */
  take(method: string, path: string): InjectedFailure | undefined {
    const index = this.pending.findIndex(({ spec }) => matches(spec, method, path));
    const entry = this.pending[index];
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) this.pending.splice(index, 1);
    return toFailure(entry.spec);
  }
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false;
  return typeof spec.route === "string" ? spec.route === path : spec.route.test(path);
}

function toFailure(spec: FaultSpec): InjectedFailure {
  if (spec.status === 429) return rateLimited(spec.retryAfter ?? 0.05, spec.global ?? false);
  const message = spec.message ?? `${spec.status}: ${spec.status >= 500 ? "Internal Server Error" : "Error"}`;
  return {
    status: spec.status,
    body: new ApiError(spec.status, spec.code ?? 0, message).toJSON(),
    headers: {},
  };
}

/** Discord's 429 shape; Retry-After keeps fractions so tests need not wait whole seconds. */
export function rateLimited(retryAfter: number, global: boolean): InjectedFailure {
  const headers: Record<string, string> = {
    "Retry-After": String(retryAfter),
    "X-RateLimit-Scope": global ? "global" : "user",
  };
  if (global) headers["X-RateLimit-Global"] = "true";
  return {
    status: 429,
    body: { message: "You are being rate limited.", retry_after: retryAfter, global, code: 0 },
    headers,
  };
}

const BUCKET_WINDOW_MS = 1000;
/** Discord's global limit counts the bot's requests in any sliding second. */
export const GLOBAL_WINDOW_MS = 1000;

/** Per-bucket rate-limit headers and the optional global limit. */
export class RateLimits {
  rateLimitedCount = 0;
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly recent: number[] = [];

  constructor(
    private readonly bucketLimit: number,
    private readonly globalPerSecond: number | undefined,
  ) {}

  /** Seconds until a slot frees up when the global limit is exhausted; counts the request otherwise. */
  checkGlobal(now = Date.now()): number | undefined {
    if (this.globalPerSecond === undefined) return undefined;
    while (this.recent.length && (this.recent[0] ?? 0) <= now - GLOBAL_WINDOW_MS) this.recent.shift();
    if (this.recent.length >= this.globalPerSecond) {
      return Math.max(0.001, ((this.recent[0] ?? now) + GLOBAL_WINDOW_MS - now) / 1000);
    }
    this.recent.push(now);
    return undefined;
  }

  /** `X-RateLimit-*` headers for a route bucket (method + route template) and its major parameter. */
  headers(method: string, template: string, major: string, now = Date.now()): Record<string, string> {
    const bucket = createHash("md5").update(`${method} ${template}`).digest("hex");
    const key = `${bucket}:${major}`;
    let window = this.windows.get(key);
    if (!window || now - window.start >= BUCKET_WINDOW_MS) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    const resetAt = window.start + BUCKET_WINDOW_MS;
    return {
      "X-RateLimit-Limit": String(this.bucketLimit),
      "X-RateLimit-Remaining": String(Math.max(0, this.bucketLimit - window.count)),
      "X-RateLimit-Reset": (resetAt / 1000).toFixed(3),
      "X-RateLimit-Reset-After": ((resetAt - now) / 1000).toFixed(3),
      "X-RateLimit-Bucket": bucket,
    };
  }
}

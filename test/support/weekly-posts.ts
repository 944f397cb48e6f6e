import { createHash } from "node:crypto";
import { MINUTE_MS } from "../../src/domain/time-units.js";

/** How long a weekly post's claim holds before another process may take it over. */
export const WEEKLY_POST_LEASE_MS = 2 * MINUTE_MS;

/**
 * The nonce every attempt at a club week's post must carry, derived here a second time: a change
 * to the derivation in src would let a retry after a deploy post the board twice.
 */
export function weeklyPostNonce(key: { readonly guildId: string; readonly weekStart: string }): string {
  return createHash("sha256")
    .update(`dorsi-weekly:${key.guildId}:${key.weekStart}`)
    .digest("base64url")
    .slice(0, 25);
}

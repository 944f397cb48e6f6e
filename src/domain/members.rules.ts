import { createHash } from "node:crypto";

/** The zone of a member who has not run /schedule yet: local dates and weeks need some zone. */
const DEFAULT_MEMBER_TIME_ZONE = "UTC";

/** A member's IANA zone: the one /schedule stored, else UTC (also for someone never seen). */
export function memberTimeZone(member: { readonly timeZone: string | null } | undefined): string {
  return member?.timeZone ?? DEFAULT_MEMBER_TIME_ZONE;
}

/**
 * The seed of a member's reminder jitter: a hash of their id, so the same member always gets the
 * same minutes (reproducible schedules, e.g. `npm run demo`) while members of a club still differ.
 */
export function jitterSeedOf(userId: string): string {
  return createHash("sha256").update(`dorsi-jitter:${userId}`).digest("hex").slice(0, 32);
}

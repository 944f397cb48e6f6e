import type { Caller } from "../../src/app/deps.js";

/** The test club most app and db tests use. */
export const TEST_CLUB = { id: "400000000000000001", name: "Trail club" };

/** Member number `n` of a club, as a command's caller (ids are snowflake-sized strings). */
export function clubCaller(
  n: number,
  displayName: string,
  guild = TEST_CLUB,
): Caller & { guild: typeof guild } {
  return { userId: `3000000000000000${String(n).padStart(2, "0")}`, displayName, guild };
}

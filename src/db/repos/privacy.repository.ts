import { and, eq } from "drizzle-orm";
import { memberAttention } from "../attention-schema.js";
import type { Db } from "../db-client.js";
import { measures } from "../measures-schema.js";
import { runCheckIns, runs } from "../runs-schema.js";
import {
  boardEntries,
  clubMembers,
  levelChanges,
  members,
  painReports,
  pauses,
  progressions,
  reminders,
  setLogs,
} from "../schema.js";
import { memberTips } from "../welcome-schema.js";

/** Every table that holds rows about a member, by the name used in the export. */
const MEMBER_TABLES = {
  member: members,
  clubMemberships: clubMembers,
  setLogs,
  /** Weekly board lines, summed from setLogs. */
  boardEntries,
  progressions,
  levelChanges,
  painReports,
  /** Knee-to-wall tests: health data. */
  measures,
  pauses,
  reminders,
  /** Planned runs (/runs), removed ones included. */
  runs,
  /** How the knees were after each run: health data. */
  runCheckIns,
  /** When the one-time tip after a first command was shown. */
  firstCommandTip: memberTips,
  /** The latest nudge after unanswered reminders, and when the member answered or logged after it. */
  reminderNudge: memberAttention,
} as const;

export type MemberRows = Record<keyof typeof MEMBER_TABLES, unknown[]>;

/** Everything stored about the member, table by table. */
async function memberRows(db: Db, userId: string): Promise<MemberRows> {
  const entries = await Promise.all(
    Object.entries(MEMBER_TABLES).map(
      async ([name, table]) => [name, await db.select().from(table).where(eq(table.userId, userId))] as const,
    ),
  );
  return Object.fromEntries(entries) as MemberRows;
}

/**
 * Removes every row about the member and returns how many. Each table's rows cascade from the member
 * row; the explicit deletes keep that true even if a future table forgets its foreign key.
 */
async function deleteMemberRows(db: Db, userId: string): Promise<number> {
  let count = 0;
  // Children first, the member row last.
  for (const table of [
    reminders,
    measures,
    runCheckIns,
    runs,
    painReports,
    pauses,
    levelChanges,
    progressions,
    setLogs,
    boardEntries,
    clubMembers,
    memberTips,
    memberAttention,
    members,
  ]) {
    const deleted = await db
      .delete(table)
      .where(eq(table.userId, userId))
      .returning({ userId: table.userId });
    count += deleted.length;
  }
  return count;
}

/** The member's club memberships in one club, or in every club when guildId is null. */
function membershipScope(userId: string, guildId: string | null) {
  return guildId === null
    ? eq(clubMembers.userId, userId)
    : and(eq(clubMembers.userId, userId), eq(clubMembers.guildId, guildId));
}

/** Whether the member is hidden from each board in scope (empty: on no board). */
async function boardHiddenFlags(db: Db, userId: string, guildId: string | null): Promise<boolean[]> {
  const rows = await db
    .select({ hidden: clubMembers.hidden })
    .from(clubMembers)
    .where(membershipScope(userId, guildId));
  return rows.map((row) => row.hidden);
}

async function setBoardHidden(
  db: Db,
  userId: string,
  guildId: string | null,
  hidden: boolean,
): Promise<void> {
  await db.update(clubMembers).set({ hidden }).where(membershipScope(userId, guildId));
}

/** The queries the privacy use cases make, bound to one database handle. */
export function createPrivacyRepository(db: Db) {
  return {
    memberRows: (userId: string) => memberRows(db, userId),
    deleteMemberRows: (userId: string) => deleteMemberRows(db, userId),
    boardHiddenFlags: (userId: string, guildId: string | null) => boardHiddenFlags(db, userId, guildId),
    setBoardHidden: (userId: string, guildId: string | null, hidden: boolean) =>
      setBoardHidden(db, userId, guildId, hidden),
  };
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;

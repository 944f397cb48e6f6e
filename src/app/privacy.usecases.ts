import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-client.js";
import { findMember } from "../db/repos/members.repository.js";
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
} from "../db/schema.js";
import type { AppDeps, Caller } from "./deps.js";
import { UserError } from "./errors.js";
import { enterMember } from "./members.usecases.js";

/** How long a delete confirmation button stays valid. */
export const DELETE_CONFIRMATION_MS = 10 * 60_000;

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
  pauses,
  reminders,
} as const;

export type MemberExport = { exportedAt: string; userId: string } & Record<
  keyof typeof MEMBER_TABLES,
  unknown[]
>;

/** Everything stored about the member, table by table. */
export async function exportMemberData(deps: AppDeps, userId: string): Promise<MemberExport> {
  const entries = await Promise.all(
    Object.entries(MEMBER_TABLES).map(
      async ([name, table]) =>
        [name, await deps.db.select().from(table).where(eq(table.userId, userId))] as const,
    ),
  );
  return {
    exportedAt: deps.clock.now().toISOString(),
    userId,
    ...(Object.fromEntries(entries) as Record<keyof typeof MEMBER_TABLES, unknown[]>),
  };
}

/**
 * Removes every row about the member. Each table's rows cascade from the member row; the explicit
 * deletes keep that true even if a future table forgets its foreign key.
 */
export async function deleteMemberData(
  deps: AppDeps,
  userId: string,
  confirmationIssuedAt: number,
): Promise<{ rowsDeleted: number }> {
  const now = deps.clock.now().getTime();
  if (!Number.isFinite(confirmationIssuedAt) || now - confirmationIssuedAt > DELETE_CONFIRMATION_MS) {
    throw new UserError("privacy.errors.expired");
  }
  if (!(await findMember(deps.db, userId))) {
    throw new UserError("privacy.errors.nothingToDelete");
  }
  return deps.db.transaction(async (tx) => ({ rowsDeleted: await deleteRows(tx, userId) }));
}

async function deleteRows(tx: Db, userId: string): Promise<number> {
  let count = 0;
  // Children first, the member row last.
  for (const table of [
    reminders,
    painReports,
    pauses,
    levelChanges,
    progressions,
    setLogs,
    boardEntries,
    clubMembers,
    members,
  ]) {
    const deleted = await tx
      .delete(table)
      .where(eq(table.userId, userId))
      .returning({ userId: table.userId });
    count += deleted.length;
  }
  return count;
}

/**
 * Leaves (hidden = true) or rejoins a club's leaderboard; from a DM, every club's. Without a value
 * it switches. Returns the new state.
 */
export async function setLeaderboardHidden(
  deps: AppDeps,
  caller: Caller,
  hidden: boolean | null,
): Promise<boolean> {
  const now = deps.clock.now();
  await enterMember(deps.db, caller, now);
  const scope = caller.guild
    ? and(eq(clubMembers.userId, caller.userId), eq(clubMembers.guildId, caller.guild.id))
    : eq(clubMembers.userId, caller.userId);
  const rows = await deps.db.select().from(clubMembers).where(scope);
  if (rows.length === 0) {
    throw new UserError("privacy.errors.notOnBoard");
  }
  const target = hidden ?? !rows.every((row) => row.hidden);
  await deps.db.update(clubMembers).set({ hidden: target }).where(scope);
  return target;
}

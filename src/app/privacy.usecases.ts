import type { MemberRows } from "../db/repos/privacy.repository.js";
import { MINUTE_MS } from "../domain/time-units.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { UserError } from "./errors.js";
import { enterMember } from "./members.usecases.js";

/** How long a delete confirmation button stays valid. */
const DELETE_CONFIRMATION_MS = 10 * MINUTE_MS;

type MemberExport = { exportedAt: string; userId: string } & MemberRows;

/** Everything stored about the member, table by table. */
export async function exportMemberData(deps: AppDeps, userId: string): Promise<MemberExport> {
  const rows = await deps.privacy.memberRows(userId);
  return { exportedAt: deps.clock.now().toISOString(), userId, ...rows };
}

/** Removes every row about the member, once the confirmation is still fresh. */
export async function deleteMemberData(
  deps: AppDeps,
  userId: string,
  confirmationIssuedAt: number,
): Promise<{ rowsDeleted: number }> {
  const now = deps.clock.now().getTime();
  if (!Number.isFinite(confirmationIssuedAt) || now - confirmationIssuedAt > DELETE_CONFIRMATION_MS) {
    throw new UserError("privacy.errors.expired");
  }
  const rowsDeleted = await inTransaction(deps, (tx) => tx.privacy.deleteMemberRows(userId));
  if (rowsDeleted === 0) throw new UserError("privacy.errors.nothingToDelete");
  return { rowsDeleted };
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
  const { privacy } = deps;
  await enterMember(deps.db, caller, deps.clock.now());
  const guildId = caller.guild?.id ?? null;
  const flags = await privacy.boardHiddenFlags(caller.userId, guildId);
  if (flags.length === 0) throw new UserError("privacy.errors.notOnBoard");
  const target = hidden ?? !flags.every(Boolean);
  await privacy.setBoardHidden(caller.userId, guildId, target);
  return target;
}

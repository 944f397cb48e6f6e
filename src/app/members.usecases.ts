import type { Db } from "../db/db-client.js";
import { type MemberClub, type MemberRow, upsertMember } from "../db/repos/members.repository.js";
import { addMemberToBoards } from "./board-entries.usecases.js";
import type { Caller } from "./deps.js";

/** The member as a command sees them, with the clubs they belong to. */
type EnteredMember = MemberRow & { readonly clubs: readonly MemberClub[] };

/**
 * Every command starts here: creates or updates the member and, from a server, their club
 * membership. A member new to the club brings their recent sets onto its boards.
 */
export async function enterMember(db: Db, caller: Caller, now: Date): Promise<EnteredMember> {
  const { member, clubs, joinedClub } = await upsertMember(db, caller, now);
  if (joinedClub) await addMemberToBoards(db, member.userId, joinedClub, now);
  return { ...member, clubs };
}

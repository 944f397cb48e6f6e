import type { Db } from "../db/client.js";
import { type MemberRow, upsertMember } from "../db/repos/members.js";
import { addMemberToBoards } from "./board-entries.js";
import type { Caller } from "./deps.js";

/**
 * Every command starts here: creates or updates the member and, from a server, their club
 * membership. A member new to the club brings their recent sets onto its boards.
 */
export async function enterMember(db: Db, caller: Caller, now: Date): Promise<MemberRow> {
  const { member, joinedClub } = await upsertMember(db, caller, now);
  if (joinedClub) await addMemberToBoards(db, member.userId, joinedClub, now);
  return member;
}

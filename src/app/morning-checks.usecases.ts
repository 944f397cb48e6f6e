import type { Db } from "../db/db-client.js";
import type { MemberRow } from "../db/repos/members.repository.js";
import { createRemindersRepository } from "../db/repos/reminders.repository.js";
import type { Drill } from "../domain/drills.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { morningCheckMinutes, nextMorningCheck } from "../domain/morning-check.rules.js";

/**
 * One morning check per member per local morning (the unique key makes a second one a no-op). Runs
 * inside the transaction `tx` of the /log or /pain that asks for it.
 */
export async function planMorningCheck(
  tx: Db,
  member: MemberRow,
  now: Date,
  about: { painReportId: number | null; drill: Drill | null },
): Promise<Date> {
  const minutes = morningCheckMinutes({
    windowStart: member.windowStart,
    windowEnd: member.windowEnd,
    times: member.explicitTimes,
  });
  const check = nextMorningCheck(now, memberTimeZone(member), minutes);
  await createRemindersRepository(tx).upsertMorningCheck({
    userId: member.userId,
    localDate: check.localDate,
    slot: 0,
    dueAt: check.dueAt,
    drill: about.drill,
    painReportId: about.painReportId,
  });
  return check.dueAt;
}

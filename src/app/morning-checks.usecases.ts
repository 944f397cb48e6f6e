import type { Db } from "../db/db-client.js";
import type { MemberRow } from "../db/repos/members.repository.js";
import { createRemindersRepository } from "../db/repos/reminders.repository.js";
import type { Drill } from "../domain/drills.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { episodeCheckTimes, morningCheckMinutes, nextMorningCheck } from "../domain/morning-check.rules.js";
import type { AppDeps } from "./deps.js";

/** The member's time for morning checks: 08:00, or inside their reminder window. */
function checkMinutes(member: MemberRow): number {
  return morningCheckMinutes({
    windowStart: member.windowStart,
    windowEnd: member.windowEnd,
    times: member.explicitTimes,
  });
}

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
  const check = nextMorningCheck(now, memberTimeZone(member), checkMinutes(member));
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

/**
 * Plans the morning checks of an episode (opened on the local date `openedOn`): each morning to the
 * end of its week, or at least the next one when `atLeastOne`. A check already planned for one of
 * those mornings moves onto this episode. Returns when the first one is due, or null for none.
 */
export async function planEpisodeChecks(
  deps: AppDeps,
  member: MemberRow,
  episode: { readonly id: number; readonly openedOn: string },
  now: Date,
  atLeastOne: boolean,
): Promise<Date | null> {
  const zone = memberTimeZone(member);
  const checks = episodeCheckTimes(now, zone, checkMinutes(member), episode.openedOn, atLeastOne);
  for (const check of checks) {
    await deps.reminders.upsertMorningCheck({
      userId: member.userId,
      localDate: check.localDate,
      slot: 0,
      dueAt: check.dueAt,
      drill: null,
      painReportId: episode.id,
    });
  }
  return checks[0]?.dueAt ?? null;
}

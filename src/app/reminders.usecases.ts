import type { PlannedReminder } from "../db/repos/reminders.repository.js";
import { type MemberSchedule, plannedReminders, scheduledReminders } from "../domain/reminders.rules.js";
import type { AppDeps } from "./deps.js";
import { skipRemindersReplacedByWarmups } from "./run-reminders.usecases.js";

/** Plans a member's reminders for the planning horizon (after /schedule, /resume); idempotent. */
export async function planMemberReminders(
  deps: AppDeps,
  member: Parameters<typeof plannedReminders>[0],
): Promise<number> {
  const planned = await deps.reminders.insertPlanned(plannedReminders(member, deps.clock.now()));
  await skipRemindersReplacedByWarmups(deps, member.userId);
  return planned;
}

/** Members read at a time, rows a planning insert carries, and inserts in flight at once. */
const PLAN_MEMBER_PAGE = 5_000;
const PLAN_INSERT_ROWS = 5_000;
const PLAN_INSERTS_IN_FLIGHT = 4;

/**
 * The planner job: every enrolled member with open DMs, in user id order (so rows reach the unique
 * index and the members key in order, which makes each insert cheaper). Reading the next members and
 * inserting overlap with planning, so neither the CPU nor the database waits for the other.
 */
export async function planAllReminders(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  let inserted = 0;
  let failure: { error: unknown } | undefined;
  const inFlight = new Set<Promise<void>>();
  const flush = async (rows: PlannedReminder[]) => {
    while (inFlight.size >= PLAN_INSERTS_IN_FLIGHT) await Promise.race(inFlight);
    if (failure) return;
    const insert: Promise<void> = deps.reminders
      .insertPlanned(rows)
      .then(
        (count) => {
          inserted += count;
        },
        (error: unknown) => {
          failure ??= { error };
        },
      )
      .finally(() => inFlight.delete(insert));
    inFlight.add(insert);
  };
  let pending: PlannedReminder[] = [];
  for await (const page of plannableMembers(deps)) {
    for (const member of page) {
      pending.push(...scheduledReminders(member, now));
      if (pending.length >= PLAN_INSERT_ROWS) {
        await flush(pending);
        pending = [];
      }
    }
  }
  if (pending.length > 0) await flush(pending);
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  return inserted;
}

/** Enrolled members with open DMs, a page at a time; the next page is read while one is planned. */
async function* plannableMembers(deps: AppDeps): AsyncGenerator<MemberSchedule[]> {
  let next = deps.members.plannable(null, PLAN_MEMBER_PAGE);
  for (;;) {
    const page = await next;
    const last = page.at(-1);
    if (last === undefined) return;
    next =
      page.length < PLAN_MEMBER_PAGE
        ? Promise.resolve([])
        : deps.members.plannable(last.userId, PLAN_MEMBER_PAGE);
    // A page read ahead for a run that then fails is not awaited: its failure is not news.
    next.catch(() => {});
    yield page;
  }
}

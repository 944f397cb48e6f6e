import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { type Db, queryRows } from "../db/db-client.js";
import { findMember, type MemberRow, updateMember } from "../db/repos/members.repository.js";
import {
  type ClaimedReminder,
  claimDueReminders,
  finishReminders,
  insertPlannedReminders,
  type PlannedReminder,
  type ReminderFinish,
  type ReminderRow,
  skipStaleReminders,
} from "../db/repos/reminders.repository.js";
import { members, painReports } from "../db/schema.js";
import { DRILLS, type Drill, type Level, type RepsStep } from "../domain/drills.rules.js";
import type { PainLocation } from "../domain/pain.rules.js";
import { isPaused } from "../domain/pause.rules.js";
import { epochDay, localDatesToPlan, planDates, type ScheduleSettings } from "../domain/schedule.rules.js";
import type { AppDeps } from "./deps.js";

import { currentProgressions } from "./progress.usecases.js";

/** A reminder late by less than this after downtime is still sent; older ones are skipped. */
export const REMINDER_GRACE_MS = 30 * 60_000;
/** How long a claimed row is ours; a process that dies mid-send leaves it to others after this. */
export const CLAIM_LEASE_MS = 60_000;
/** Planning always covers the next day and a bit, so a planner run can be missed safely. */
export const PLAN_HORIZON_HOURS = 26;
export const CLAIM_BATCH = 50;
/** Sends in flight at once: enough to keep the global pacer (src/discord/discord-client.ts) busy at ~45/s. */
export const SEND_CONCURRENCY = 25;

interface ReminderEnvelope {
  readonly reminderId: number;
  readonly nonce: string;
  /** The member's stored locale: the language the DM speaks (null: English). */
  readonly locale: string | null;
}

/** What a direct message needs to say; built at send time so it names the member's current level. */
export type ReminderContent =
  | (ReminderEnvelope & {
      readonly kind: "drill";
      readonly drill: Drill;
      readonly level: Level;
      readonly repsStep: RepsStep;
    })
  | (ReminderEnvelope & {
      readonly kind: "morning-check";
      /** The evening report it follows up, or null after a first day at a new level. */
      readonly pain: { readonly severity: number; readonly location: PainLocation } | null;
      readonly drill: Drill | null;
      readonly level: Level | null;
    });

/** The outside world the pipeline talks to (Discord in production, a test double in tests). */
export interface DirectMessenger {
  /** Opens (or returns) the member's DM channel. */
  openDm(userId: string): Promise<string>;
  /** Sends once per nonce: a retry with the same nonce returns the first message. */
  send(channelId: string, content: ReminderContent): Promise<{ messageId: string }>;
}

/** The member cannot receive DMs from the bot (Discord 50007). */
export class DmsClosedError extends Error {}
/** Discord refused this message for good (a 4xx other than rate limits); retrying will not help. */
export class DeliveryRefusedError extends Error {}

export interface DeliveryStats {
  sent: number;
  skipped: number;
  failed: number;
  /** Left for a later retry (network, 5xx after discord.js's own retries). */
  retry: number;
  /** Per sent reminder: how late it went out, in ms. */
  lateness: number[];
}

/** What planning reads of a member (the planner job reads only members it may plan). */
type PlanningMember = Pick<
  MemberRow,
  "userId" | "timeZone" | "windowStart" | "windowEnd" | "perDay" | "explicitTimes" | "days" | "jitterSeed"
>;

export function scheduleOf(member: PlanningMember): ScheduleSettings | null {
  if (member.timeZone === null || member.perDay === null) return null;
  return {
    timeZone: member.timeZone,
    windowStart: member.windowStart ?? 0,
    windowEnd: member.windowEnd ?? 0,
    perDay: member.perDay,
    times: member.explicitTimes,
    days: member.days ?? [],
  };
}

/** Reminders alternate the two matrices through the day, and start the day on the other one tomorrow. */
export function drillForSlot(localDate: string, slot: number): Drill {
  return DRILLS[(epochDay(localDate) + slot) % DRILLS.length] ?? DRILLS[0];
}

/** Rows for every reminder of this member due in the planning horizon; idempotent. */
export function plannedRows(
  member: PlanningMember & Pick<MemberRow, "enrolledAt" | "dmsClosedAt">,
  now: Date,
): PlannedReminder[] {
  if (member.enrolledAt === null || member.dmsClosedAt !== null) return [];
  return scheduledRows(member, now);
}

/** plannedRows of a member known to be enrolled with open DMs. */
function scheduledRows(member: PlanningMember, now: Date): PlannedReminder[] {
  const settings = scheduleOf(member);
  if (!settings) return [];
  const horizonEnd = now.getTime() + PLAN_HORIZON_HOURS * 3_600_000;
  const dates = localDatesToPlan(now, settings.timeZone, PLAN_HORIZON_HOURS, settings);
  const rows: PlannedReminder[] = [];
  for (const slot of planDates(settings, dates, member.jitterSeed)) {
    if (slot.dueAt.getTime() <= now.getTime() || slot.dueAt.getTime() > horizonEnd) continue;
    rows.push({
      userId: member.userId,
      kind: "drill",
      localDate: slot.localDate,
      slot: slot.slot,
      dueAt: slot.dueAt,
      drill: drillForSlot(slot.localDate, slot.slot),
    });
  }
  return rows;
}

export async function planMemberReminders(
  deps: AppDeps,
  member: Parameters<typeof plannedRows>[0],
): Promise<number> {
  return insertPlannedReminders(deps.db, plannedRows(member, deps.clock.now()));
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
    const insert: Promise<void> = insertPlannedReminders(deps.db, rows)
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
  for await (const page of plannableMembers(deps.db)) {
    for (const member of page) {
      pending.push(...scheduledRows(member, now));
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
async function* plannableMembers(db: Db): AsyncGenerator<PlanningMember[]> {
  let next = plannableMembersAfter(db, null);
  for (;;) {
    const page = await next;
    const last = page.at(-1);
    if (last === undefined) return;
    next = page.length < PLAN_MEMBER_PAGE ? Promise.resolve([]) : plannableMembersAfter(db, last.userId);
    // A page read ahead for a run that then fails is not awaited: its failure is not news.
    next.catch(() => {});
    yield page;
  }
}

/**
 * A page of plannableMembers. Raw SQL with the arrays as JSON: drizzle's row mapping and the driver's
 * array parser were half the cost of reading members.
 */
function plannableMembersAfter(db: Db, afterUserId: string | null): Promise<PlanningMember[]> {
  return queryRows<PlanningMember>(
    db,
    sql`select user_id as "userId", time_zone as "timeZone", window_start as "windowStart",
          window_end as "windowEnd", per_day as "perDay", to_json(explicit_times) as "explicitTimes",
          to_json(days) as "days", jitter_seed as "jitterSeed"
        from members
        where enrolled_at is not null and dms_closed_at is null
          ${afterUserId === null ? sql`` : sql`and user_id > ${afterUserId}`}
        order by user_id
        limit ${PLAN_MEMBER_PAGE}`,
  );
}

/**
 * The delivery job: skips what is too late, claims what is due (safely across processes) and sends
 * each claimed reminder once.
 */
export async function deliverDueReminders(deps: AppDeps, messenger: DirectMessenger): Promise<DeliveryStats> {
  const now = deps.clock.now();
  const stats: DeliveryStats = { sent: 0, skipped: 0, failed: 0, retry: 0, lateness: [] };
  stats.skipped += await skipStaleReminders(deps.db, now, REMINDER_GRACE_MS);
  const claimed = await claimDueReminders(deps.db, now, CLAIM_LEASE_MS, CLAIM_BATCH);
  for (let index = 0; index < claimed.length; index += SEND_CONCURRENCY) {
    const batch = claimed.slice(index, index + SEND_CONCURRENCY);
    const settled = await Promise.allSettled(batch.map((row) => deliverOne(deps, messenger, row, now)));
    const outcomes = settled.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
    // One statement records the batch (a statement per row made the database the bottleneck); what
    // was sent is recorded even when another row of the batch failed unexpectedly.
    await finishReminders(
      deps.db,
      outcomes.flatMap((outcome) => (outcome.finish ? [outcome.finish] : [])),
    );
    const failure = settled.find((outcome) => outcome.status === "rejected");
    if (failure) throw failure.reason;
    outcomes.forEach(({ result }, position) => {
      stats[result] += 1;
      const row = batch[position];
      if (result === "sent" && row) stats.lateness.push(now.getTime() - row.dueAt.getTime());
    });
  }
  return stats;
}

type DeliveryResult = "sent" | "skipped" | "failed" | "retry";

/** What happened to one claimed row, and how to record it (nothing on a retry: the lease runs out). */
interface DeliveryOutcome {
  readonly result: DeliveryResult;
  readonly finish?: ReminderFinish;
}

async function deliverOne(
  deps: AppDeps,
  messenger: DirectMessenger,
  row: ClaimedReminder,
  now: Date,
): Promise<DeliveryOutcome> {
  const member = await findMember(deps.db, row.userId);
  if (!member || member.dmsClosedAt !== null || isPaused(member, now)) {
    const failureReason = member ? "paused or DMs closed" : "member gone";
    return { result: "skipped", finish: { id: row.id, state: "skipped", failureReason } };
  }
  try {
    const channelId = member.dmChannelId ?? (await openAndStoreDm(deps, messenger, member.userId, now));
    const content = await reminderContent(deps, row);
    const { messageId } = await messenger.send(channelId, content);
    return { result: "sent", finish: { id: row.id, state: "sent", channelId, messageId, sentAt: now } };
  } catch (error) {
    if (error instanceof DmsClosedError) {
      await updateMember(deps.db, member.userId, { dmsClosedAt: now, dmsClosedNoticeSentAt: null }, now);
      return {
        result: "failed",
        finish: { id: row.id, state: "failed", failureReason: "DMs closed (50007)" },
      };
    }
    if (error instanceof DeliveryRefusedError) {
      const failureReason = error.message.slice(0, 500);
      return { result: "failed", finish: { id: row.id, state: "failed", failureReason } };
    }
    // Transient: the lease runs out and a later tick retries with the same nonce.
    return { result: "retry" };
  }
}

async function openAndStoreDm(
  deps: AppDeps,
  messenger: DirectMessenger,
  userId: string,
  now: Date,
): Promise<string> {
  const channelId = await messenger.openDm(userId);
  await updateMember(deps.db, userId, { dmChannelId: channelId }, now);
  return channelId;
}

/**
 * Opens and stores the member's DM channel ahead of their first reminder (at /schedule), unless one
 * is stored: a burst of due reminders then costs one request each under the global limit, not two.
 */
export async function openDmChannelAhead(
  deps: AppDeps,
  messenger: DirectMessenger,
  userId: string,
): Promise<void> {
  const member = await findMember(deps.db, userId);
  if (member && member.dmChannelId === null) {
    await openAndStoreDm(deps, messenger, userId, deps.clock.now());
  }
}

/** Discord keeps a nonce for a few minutes: the same reminder (and snooze) always gets the same one. */
export function reminderNonce(row: Pick<ReminderRow, "id" | "snoozes">): string {
  return `dorsi-r${row.id}-${row.snoozes}`;
}

async function reminderContent(deps: AppDeps, row: ClaimedReminder): Promise<ReminderContent> {
  const progressions = await currentProgressions(deps.db, row.userId);
  const envelope = { reminderId: row.id, nonce: reminderNonce(row), locale: row.locale };
  if (row.kind === "morning-check") {
    const [pain] = row.painReportId
      ? await deps.db
          .select({ severity: painReports.severity, location: painReports.location })
          .from(painReports)
          .where(eq(painReports.id, row.painReportId))
      : [];
    const state = row.drill ? progressions.get(row.drill) : undefined;
    return {
      ...envelope,
      kind: "morning-check",
      // Stored reports were validated against the locations when they were written.
      pain: pain ? { severity: pain.severity, location: pain.location as PainLocation } : null,
      drill: row.drill,
      level: state?.level ?? null,
    };
  }
  const drill = row.drill ?? DRILLS[0];
  const state = progressions.get(drill);
  return {
    ...envelope,
    kind: "drill",
    drill,
    level: state?.level ?? 1,
    repsStep: state?.repsStep ?? 1,
  };
}

/** Members whose DMs were found closed and who have not been told yet. */
export async function takeDmsClosedNotice(deps: AppDeps, userId: string): Promise<boolean> {
  const now = deps.clock.now();
  const updated = await deps.db
    .update(members)
    .set({ dmsClosedNoticeSentAt: now })
    .where(
      and(eq(members.userId, userId), isNotNull(members.dmsClosedAt), isNull(members.dmsClosedNoticeSentAt)),
    )
    .returning({ userId: members.userId });
  return updated.length > 0;
}

import type {
  ClaimedReminder,
  PlannedReminder,
  ReminderClaim,
  ReminderFinish,
} from "../db/repos/reminders.repository.js";
import { NUDGE_KIND, STREAK_WARNING_KIND } from "../domain/attention.rules.js";
import { isRepeatCheck } from "../domain/morning-check.rules.js";
import type { PainLocation } from "../domain/pain.rules.js";
import { isPaused } from "../domain/pause.rules.js";
import {
  type MemberSchedule,
  plannedReminders,
  type ReminderContent,
  reminderContent,
  scheduledReminders,
} from "../domain/reminders.rules.js";
import { isRunReminderKind } from "../domain/run-plan.rules.js";
import { MINUTE_MS } from "../domain/time-units.js";
import { nudgeContentOf } from "./attention.usecases.js";
import type { AppDeps } from "./deps.js";
import { measureStandingOf } from "./measure.usecases.js";
import { currentProgressions } from "./progress.usecases.js";
import { runReminderContentOf, skipRemindersReplacedByWarmups } from "./run-reminders.usecases.js";
import { streakWarningContentOf } from "./streak-warning.usecases.js";

/** A reminder late by less than this after downtime is still sent; older ones are skipped. */
export const REMINDER_GRACE_MS = 30 * MINUTE_MS;
/** How long a claimed row is ours; a process that dies mid-send leaves it to others after this. */
export const CLAIM_LEASE_MS = MINUTE_MS;
export const CLAIM_BATCH = 50;
/** Sends in flight at once: enough to keep the global pacer (src/discord/discord-client.ts) busy at ~45/s. */
export const SEND_CONCURRENCY = 25;

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

/**
 * Claims one delivery run makes at most: 1,000 DMs, about 22 s at the global pacer's 45/s. A burst of
 * due reminders goes out at the pacer's pace, not one batch per 15-second tick (3 a second).
 */
const MAX_CLAIMS_PER_RUN = 20;

/**
 * The delivery job: skips what is too late, then claims what is due (safely across processes) and
 * sends each claimed reminder once, batch after batch while batches come back full.
 */
export async function deliverDueReminders(deps: AppDeps, messenger: DirectMessenger): Promise<DeliveryStats> {
  const now = deps.clock.now();
  const stats: DeliveryStats = { sent: 0, skipped: 0, failed: 0, retry: 0, lateness: [] };
  stats.skipped += await deps.reminders.skipStale(now, REMINDER_GRACE_MS);
  stats.skipped += await deps.runs.skipLateWarmups(now);
  for (let claim = 0; claim < MAX_CLAIMS_PER_RUN; claim++) {
    const claimed = await deps.reminders.claimDue(deps.clock.now(), CLAIM_LEASE_MS, CLAIM_BATCH);
    const retriesBefore = stats.retry;
    await sendClaimed(deps, messenger, claimed, stats);
    // A short batch: nothing more is due. Retries: Discord is struggling; the next tick tries again.
    if (claimed.length < CLAIM_BATCH || stats.retry > retriesBefore) break;
  }
  return stats;
}

/** Sends claimed reminders a few at a time, and records each batch in one statement. */
async function sendClaimed(
  deps: AppDeps,
  messenger: DirectMessenger,
  claimed: readonly ClaimedReminder[],
  stats: DeliveryStats,
): Promise<void> {
  const now = deps.clock.now();
  for (let index = 0; index < claimed.length; index += SEND_CONCURRENCY) {
    const batch = claimed.slice(index, index + SEND_CONCURRENCY);
    const settled = await Promise.allSettled(batch.map((row) => deliverOne(deps, messenger, row, now)));
    const outcomes = settled.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
    // One statement records the batch, so the database keeps up with the sends; what was sent is
    // recorded even when another row of the batch failed unexpectedly.
    await deps.reminders.finish(outcomes.flatMap((outcome) => (outcome.finish ? [outcome.finish] : [])));
    const failure = settled.find((outcome) => outcome.status === "rejected");
    if (failure) throw failure.reason;
    outcomes.forEach(({ result }, position) => {
      stats[result] += 1;
      const row = batch[position];
      if (result === "sent" && row) stats.lateness.push(now.getTime() - row.dueAt.getTime());
    });
  }
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
  const claim: ReminderClaim = { id: row.id, leaseUntil: row.leaseUntil, snoozes: row.snoozes };
  const member = await deps.members.find(row.userId);
  if (!member || member.dmsClosedAt !== null || isPaused(member, now)) {
    const failureReason = member ? "paused or DMs closed" : "member gone";
    return { result: "skipped", finish: { ...claim, state: "skipped", failureReason } };
  }
  try {
    const content = await contentOf(deps, row);
    if (content === null) {
      return { result: "skipped", finish: { ...claim, state: "skipped", failureReason: "no longer due" } };
    }
    const channelId = member.dmChannelId ?? (await openAndStoreDm(deps, messenger, member.userId, now));
    const { messageId } = await messenger.send(channelId, content);
    return { result: "sent", finish: { ...claim, state: "sent", channelId, messageId, sentAt: now } };
  } catch (error) {
    if (error instanceof DmsClosedError) {
      await deps.members.update(member.userId, { dmsClosedAt: now, dmsClosedNoticeSentAt: null }, now);
      return {
        result: "failed",
        finish: { ...claim, state: "failed", failureReason: "DMs closed (50007)" },
      };
    }
    if (error instanceof DeliveryRefusedError) {
      const failureReason = error.message.slice(0, 500);
      return { result: "failed", finish: { ...claim, state: "failed", failureReason } };
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
  await deps.members.update(userId, { dmChannelId: channelId }, now);
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
  const member = await deps.members.find(userId);
  if (member && member.dmChannelId === null) {
    await openAndStoreDm(deps, messenger, userId, deps.clock.now());
  }
}

/**
 * The reminder's message, naming the member's current levels and the pain a morning check follows;
 * null when a nudge or a streak warning is no longer due (attention.rules.ts).
 */
async function contentOf(deps: AppDeps, row: ClaimedReminder): Promise<ReminderContent | null> {
  if (isRunReminderKind(row.kind)) return runReminderContentOf(deps, row);
  if (row.kind === NUDGE_KIND) return nudgeContentOf(deps, row);
  if (row.kind === STREAK_WARNING_KIND) return streakWarningContentOf(deps, row);
  const progressions = await currentProgressions(deps.db, row.userId);
  const report =
    row.kind === "morning-check" && row.painReportId
      ? await deps.painReports.latestOfEpisode(row.painReportId)
      : undefined;
  const pain = report
    ? {
        severity: report.severity,
        // Stored reports were validated against the locations when they were written.
        location: report.location as PainLocation,
        repeat: isRepeatCheck({ ...report, morningAnswer: report.source === "morning-check" }, row.localDate),
      }
    : null;
  const measures = row.kind === "morning-check" ? undefined : await measureStandingOf(deps, row.userId);
  return reminderContent(row, progressions, pain, measures);
}

/** True once for a member whose DMs were found closed: they are told at their next command. */
export async function takeDmsClosedNotice(deps: AppDeps, userId: string): Promise<boolean> {
  return deps.members.takeDmsClosedNotice(userId, deps.clock.now());
}

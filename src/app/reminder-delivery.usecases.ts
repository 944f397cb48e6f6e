import type { ClaimedReminder, ReminderClaim, ReminderFinish } from "../db/repos/reminders.repository.js";
import { NUDGE_KIND, STREAK_WARNING_KIND } from "../domain/attention.rules.js";
import { isRepeatCheck } from "../domain/morning-check.rules.js";
import type { PainLocation } from "../domain/pain.rules.js";
import { isPaused } from "../domain/pause.rules.js";
import { type ReminderContent, reminderContent } from "../domain/reminders.rules.js";
import { isRunReminderKind } from "../domain/run-plan.rules.js";
import { MINUTE_MS } from "../domain/time-units.js";
import { nudgeContentOf } from "./attention.usecases.js";
import type { AppDeps } from "./deps.js";
import { measureStandingOf } from "./measure.usecases.js";
import { currentProgressions } from "./progress.usecases.js";
import { runReminderContentOf } from "./run-reminders.usecases.js";
import { streakWarningContentOf } from "./streak-warning.usecases.js";

/** A reminder late by less than this after downtime is still sent; older ones are skipped. */
export const REMINDER_GRACE_MS = 30 * MINUTE_MS;
/** How long a claimed row is ours; a process that dies mid-send leaves it to others after this. */
export const CLAIM_LEASE_MS = MINUTE_MS;
export const CLAIM_BATCH = 50;
/** Sends in flight at once: enough to keep the global pacer (src/discord/discord-client.ts) busy at its 47 a second. */
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

/**
 * Claims one delivery run makes at most: 1,000 DMs, about 21 s at the global pacer's 47 a second. A burst of
 * due reminders goes out at the pacer's pace, not one batch per 15-second tick (3 a second).
 */
const MAX_CLAIMS_PER_RUN = 20;

/**
 * The delivery job: skips what is too late, then claims what is due (safely across processes) and
 * sends each claimed reminder once. SEND_CONCURRENCY sends stay in flight, each taking the next row
 * as it finishes (no batch waits for its slowest DM while the pacer idles), and the next batch is
 * claimed as the last one runs out, while batches come back full.
 */
export async function deliverDueReminders(deps: AppDeps, messenger: DirectMessenger): Promise<DeliveryStats> {
  const now = deps.clock.now();
  const stats: DeliveryStats = { sent: 0, skipped: 0, failed: 0, retry: 0, lateness: [] };
  stats.skipped += await deps.reminders.skipStale(now, REMINDER_GRACE_MS);
  stats.skipped += await deps.runs.skipLateWarmups(now);
  const claims = claimedRows(deps);
  const recorder = finishRecorder(deps);
  let failure: { reason: unknown } | undefined;
  const sender = async () => {
    while (!failure) {
      try {
        const row = await claims.next();
        if (row === undefined) return;
        const sentAt = deps.clock.now();
        const { result, finish } = await deliverOne(deps, messenger, row, sentAt);
        stats[result] += 1;
        if (result === "sent") stats.lateness.push(sentAt.getTime() - row.dueAt.getTime());
        // Retries: Discord is struggling; what is claimed still goes, the next tick claims more.
        if (result === "retry") claims.stop();
        if (finish) await recorder.add(finish);
      } catch (reason) {
        failure ??= { reason };
        claims.stop();
      }
    }
  };
  await Promise.all(Array.from({ length: SEND_CONCURRENCY }, sender));
  // What was sent is recorded even when another row failed unexpectedly.
  await recorder.flush();
  if (failure) throw failure.reason;
  return stats;
}

/**
 * Claimed reminders one at a time, claiming CLAIM_BATCH more when the last batch runs out, up to
 * MAX_CLAIMS_PER_RUN, until a batch comes back short (nothing more is due) or stop() is called.
 */
function claimedRows(deps: AppDeps) {
  const rows: ClaimedReminder[] = [];
  let claims = 0;
  let exhausted = false;
  let claiming: Promise<void> | null = null;
  const claim = async () => {
    const batch = await deps.reminders.claimDue(deps.clock.now(), CLAIM_LEASE_MS, CLAIM_BATCH);
    claims += 1;
    if (batch.length < CLAIM_BATCH || claims >= MAX_CLAIMS_PER_RUN) exhausted = true;
    rows.push(...batch);
  };
  return {
    async next(): Promise<ClaimedReminder | undefined> {
      while (rows.length === 0 && !exhausted) {
        claiming ??= claim().finally(() => {
          claiming = null;
        });
        await claiming;
      }
      return rows.shift();
    },
    stop(): void {
      exhausted = true;
    },
  };
}

/** Records how deliveries ended, SEND_CONCURRENCY at a time in one statement, so the database keeps up. */
function finishRecorder(deps: AppDeps) {
  const pending: ReminderFinish[] = [];
  const flush = async () => {
    const batch = pending.splice(0);
    if (batch.length > 0) await deps.reminders.finish(batch);
  };
  return {
    async add(finish: ReminderFinish): Promise<void> {
      pending.push(finish);
      if (pending.length >= SEND_CONCURRENCY) await flush();
    },
    flush,
  };
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

import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { type AppDeps, createAppDeps, inTransaction } from "../../src/app/deps.js";
import { answerDone, snoozeReminder } from "../../src/app/reminder-answers.usecases.js";
import { queryRows } from "../../src/db/db-client.js";
import { upsertMember } from "../../src/db/repos/members.repository.js";
import {
  type ClaimedReminder,
  createRemindersRepository,
  type ReminderFinish,
} from "../../src/db/repos/reminders.repository.js";
import { reminders, setLogs } from "../../src/db/schema.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase, usingPostgres } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-24T12:00:00Z");
const deps = () => createAppDeps(database.db, clock);
const repository = () => createRemindersRepository(database.db);
const fay = { userId: "300000000000000050", displayName: "Fay", guild: null };
const LEASE = 60_000;
const MINUTE = 60_000;

beforeEach(() => {
  clock.set("2026-11-24T12:00:00Z");
});

/** A reminder due now, claimed by a delivery: its DM may be out, its delivery not yet recorded. */
async function claimedReminder(): Promise<ClaimedReminder> {
  await upsertMember(database.db, fay, clock.now());
  await repository().insertPlanned([
    { userId: fay.userId, localDate: "2026-11-24", slot: 0, dueAt: clock.now(), drill: "straight-leg" },
  ]);
  const [claimed] = await repository().claimDue(clock.now(), LEASE, 10);
  if (!claimed) throw new Error("nothing claimed");
  return claimed;
}

/** What the delivery job records once the DM of `claim` is out. */
const sent = (claim: ClaimedReminder): ReminderFinish => ({
  id: claim.id,
  leaseUntil: claim.leaseUntil,
  snoozes: claim.snoozes,
  state: "sent",
  channelId: "dm-fay",
  messageId: `message-${claim.id}-${claim.snoozes}`,
  sentAt: clock.now(),
});

async function stored(id: number) {
  const [row] = await database.db.select().from(reminders).where(eq(reminders.id, id));
  if (!row) throw new Error("the reminder is gone");
  return row;
}

const snoozedFromNow = () => new Date(clock.now().getTime() + 30 * MINUTE);

describe("a delivery recorded after the member answered", () => {
  it("leaves a snooze and its new due time in place", async () => {
    const claim = await claimedReminder();
    expect(await snoozeReminder(deps(), fay, claim.id)).toEqual(snoozedFromNow());
    expect(await repository().finish([sent(claim)])).toEqual([]);
    expect(await stored(claim.id)).toMatchObject({
      state: "planned",
      dueAt: snoozedFromNow(),
      snoozes: 1,
      leaseUntil: null,
      messageId: null,
    });
  });

  it("leaves Done answered, and still records the message", async () => {
    const claim = await claimedReminder();
    await answerDone(deps(), fay, claim.id, "click-done");
    expect(await repository().finish([sent(claim)])).toEqual([claim.id]);
    expect(await stored(claim.id)).toMatchObject({
      state: "sent",
      outcome: "done",
      messageId: `message-${claim.id}-0`,
      leaseUntil: null,
    });
    expect(await database.db.select().from(setLogs)).toHaveLength(1);
  });

  it("the record of a snoozed reminder's first delivery never touches its next one", async () => {
    const first = await claimedReminder();
    await snoozeReminder(deps(), fay, first.id);
    clock.advanceMinutes(30);
    const [second] = await repository().claimDue(clock.now(), LEASE, 10);
    expect(second).toMatchObject({ id: first.id, snoozes: 1 });
    if (!second) throw new Error("the snoozed reminder was not claimed again");
    expect(await repository().finish([sent(first)])).toEqual([]);
    expect(await stored(first.id)).toMatchObject({ state: "sending", leaseUntil: second.leaseUntil });
    expect(await repository().finish([sent(second)])).toEqual([second.id]);
    expect(await stored(first.id)).toMatchObject({ state: "sent", messageId: `message-${first.id}-1` });
  });
});

/**
 * Runs `first` in a transaction holding the reminder's row lock while `second` is started and made
 * to wait for that lock, then commits: `second` runs on what `first` left.
 */
async function oneThenOther<A, B>(
  id: number,
  first: (tx: AppDeps) => Promise<A>,
  second: () => Promise<B>,
): Promise<[A, B]> {
  let waiting: Promise<B> | undefined;
  const firstResult = await inTransaction(deps(), async (tx) => {
    await tx.reminders.lock(id);
    waiting = second();
    // Settled below; until then a refusal must not count as unhandled.
    waiting.catch(() => {});
    await blockedOnTheLock();
    return first(tx);
  });
  if (!waiting) throw new Error("the second statement never started");
  return [firstResult, await waiting];
}

/**
 * On PostgreSQL, waits until a statement waits for a row lock. The embedded database runs one
 * transaction at a time, so there the second statement simply queues behind the first.
 */
async function blockedOnTheLock(): Promise<void> {
  if (!usingPostgres()) return;
  for (let tries = 0; tries < 500; tries++) {
    const [waiting] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pg_locks where not granted`,
    );
    if ((waiting?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the second statement never waited for the lock");
}

describe("an answer and a delivery record at the same moment", () => {
  it("Snooze first: the record, made to wait, leaves the snooze", async () => {
    const claim = await claimedReminder();
    const [dueAt, recorded] = await oneThenOther(
      claim.id,
      (tx) => snoozeReminder(tx, fay, claim.id),
      () => repository().finish([sent(claim)]),
    );
    expect(dueAt).toEqual(snoozedFromNow());
    expect(recorded).toEqual([]);
    expect(await stored(claim.id)).toMatchObject({ state: "planned", dueAt: snoozedFromNow(), snoozes: 1 });
  });

  it("the record first: Snooze, made to wait, snoozes the recorded delivery", async () => {
    const claim = await claimedReminder();
    const [recorded, dueAt] = await oneThenOther(
      claim.id,
      (tx) => tx.reminders.finish([sent(claim)]),
      () => snoozeReminder(deps(), fay, claim.id),
    );
    expect(recorded).toEqual([claim.id]);
    expect(dueAt).toEqual(snoozedFromNow());
    expect(await stored(claim.id)).toMatchObject({ state: "planned", dueAt: snoozedFromNow(), snoozes: 1 });
  });

  it("Done first: the record, made to wait, records the message and keeps the answer", async () => {
    const claim = await claimedReminder();
    const [, recorded] = await oneThenOther(
      claim.id,
      (tx) => answerDone(tx, fay, claim.id, "click-done"),
      () => repository().finish([sent(claim)]),
    );
    expect(recorded).toEqual([claim.id]);
    expect(await stored(claim.id)).toMatchObject({
      state: "sent",
      outcome: "done",
      messageId: `message-${claim.id}-0`,
    });
  });

  it("the record first: Done, made to wait, answers the recorded delivery", async () => {
    const claim = await claimedReminder();
    const [recorded, done] = await oneThenOther(
      claim.id,
      (tx) => tx.reminders.finish([sent(claim)]),
      () => answerDone(deps(), fay, claim.id, "click-done"),
    );
    expect(recorded).toEqual([claim.id]);
    expect(done.logged.map((entry) => entry.drill)).toEqual(["straight-leg"]);
    expect(await stored(claim.id)).toMatchObject({
      state: "sent",
      outcome: "done",
      messageId: `message-${claim.id}-0`,
    });
  });
});

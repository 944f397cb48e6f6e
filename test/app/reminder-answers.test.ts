import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createAppDeps } from "../../src/app/deps.js";
import { UserError } from "../../src/app/errors.js";
import { answerDone, snoozeReminder } from "../../src/app/reminder-answers.usecases.js";
import { upsertMember } from "../../src/db/repos/members.repository.js";
import { createRemindersRepository } from "../../src/db/repos/reminders.repository.js";
import { reminders, setLogs } from "../../src/db/schema.js";
import { MAX_SNOOZES } from "../../src/domain/reminder-answers.rules.js";
import { ManualClock } from "../support/clock.js";
import { useTestDatabase } from "../support/database.js";

const database = useTestDatabase();
const clock = new ManualClock("2026-11-24T09:00:00Z");
const deps = () => createAppDeps(database.db, clock);
const fay = { userId: "300000000000000020", displayName: "Fay", guild: null };
const gus = { userId: "300000000000000021", displayName: "Gus", guild: null };

/** A reminder as the delivery job leaves it: sent, unanswered. */
async function sentReminder(kind = "drill", painReportId: number | null = null): Promise<number> {
  await upsertMember(database.db, fay, clock.now());
  await createRemindersRepository(database.db).insertPlanned([
    {
      userId: fay.userId,
      kind,
      localDate: "2026-11-24",
      slot: 0,
      dueAt: clock.now(),
      drill: "straight-leg",
      painReportId,
    },
  ]);
  const [row] = await database.db.select().from(reminders).where(eq(reminders.kind, kind));
  if (!row) throw new Error("no reminder");
  await database.db
    .update(reminders)
    .set({ state: "sent", sentAt: clock.now() })
    .where(eq(reminders.id, row.id));
  return row.id;
}

/** The catalog message of the UserError a click ends in. */
async function saidBy(click: Promise<unknown>): Promise<UserError["said"]> {
  const error = await click.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.said;
}

beforeEach(async () => {
  clock.set("2026-11-24T09:00:00Z");
});

describe("reminder buttons", () => {
  it("Done logs one set of the reminder's drill; clicking again, or someone else, changes nothing", async () => {
    const id = await sentReminder();
    const result = await answerDone(deps(), fay, id, "click-1");
    expect(result.logged.map((entry) => entry.drill)).toEqual(["straight-leg"]);
    expect(await saidBy(answerDone(deps(), fay, id, "click-2"))).toEqual({
      key: "reminders.errors.alreadyAnswered",
      params: { outcome: "done" },
    });
    expect(await saidBy(answerDone(deps(), gus, id, "click-3"))).toEqual({
      key: "reminders.errors.notYours",
    });
    expect(await database.db.select().from(setLogs)).toHaveLength(1);
  });

  it("Snooze plans the same reminder 30 minutes later, at most twice", async () => {
    const id = await sentReminder();
    for (let snooze = 1; snooze <= MAX_SNOOZES; snooze++) {
      const dueAt = await snoozeReminder(deps(), fay, id);
      expect(dueAt.getTime() - clock.now().getTime()).toBe(30 * 60_000);
      const [row] = await database.db.select().from(reminders).where(eq(reminders.id, id));
      expect(row).toMatchObject({ state: "planned", snoozes: snooze });
      await database.db.update(reminders).set({ state: "sent" }).where(eq(reminders.id, id));
    }
    expect(await saidBy(snoozeReminder(deps(), fay, id))).toEqual({
      key: "reminders.errors.snoozeLimit",
      params: { count: 2 },
    });
  });
});

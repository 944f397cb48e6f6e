import { describe, expect, it } from "vitest";
import { upsertMember } from "../../src/db/repos/members.repository.js";
import { createRemindersRepository, type ReminderClaim } from "../../src/db/repos/reminders.repository.js";
import { reminders } from "../../src/db/schema.js";
import { useTestDatabase, usingPostgres } from "../support/database.js";

const database = useTestDatabase();
const repository = () => createRemindersRepository(database.db);
const now = new Date("2026-11-24T12:00:00Z");
const LEASE = 60_000;

async function planDueRows(count: number, dueAt = now): Promise<void> {
  const userId = "300000000000000030";
  await upsertMember(database.db, { userId, displayName: "Hal", guild: null }, now);
  await repository().insertPlanned(
    Array.from({ length: count }, (_, slot) => ({
      userId,
      localDate: "2026-11-24",
      slot,
      dueAt,
      drill: "flexed-knee" as const,
    })),
  );
}

describe("claiming due reminders", () => {
  it("planning the same slots twice adds nothing", async () => {
    await planDueRows(3);
    await planDueRows(3);
    expect(await database.db.select().from(reminders)).toHaveLength(3);
  });

  it("planning stores any text exactly and counts only the rows it added", async () => {
    const plain = ['quote " and backslash \\', "NULL", "", "{brace},comma", "ünïcödé 🦶"];
    const withControl = ["tab\tand\nnewline", "\\n is not a newline"];
    const texts = [...plain, ...withControl];
    const rowOf = (text: string) => ({
      userId: `300000000000000031 ${text}`,
      kind: text,
      localDate: "2026-11-24",
      slot: texts.indexOf(text),
      dueAt: new Date(now.getTime() + texts.indexOf(text) * 60_001),
      drill: plain.includes(text) ? null : ("flexed-knee" as const),
    });
    for (const text of texts) {
      await upsertMember(database.db, { userId: rowOf(text).userId, displayName: "Ida", guild: null }, now);
    }
    expect(await repository().insertPlanned(plain.map(rowOf))).toBe(plain.length);
    expect(await repository().insertPlanned(withControl.map(rowOf))).toBe(withControl.length);
    expect(await repository().insertPlanned(texts.map(rowOf))).toBe(0);
    const stored = await database.db.select().from(reminders).orderBy(reminders.slot);
    expect(stored).toEqual(texts.map((text) => expect.objectContaining(rowOf(text))));
  });

  it("claims only due rows, in due order, and not again while leased", async () => {
    await planDueRows(2);
    await repository().insertPlanned([
      {
        userId: "300000000000000030",
        localDate: "2026-11-25",
        slot: 0,
        dueAt: new Date("2026-11-25T12:00:00Z"),
      },
    ]);
    const first = await repository().claimDue(now, LEASE, 10);
    expect(first.map((row) => row.slot)).toEqual([0, 1]);
    expect(first.every((row) => row.state === "sending" && row.attempts === 1)).toBe(true);
    expect(await repository().claimDue(new Date(now.getTime() + LEASE - 1), LEASE, 10)).toEqual([]);
  });

  it("reclaims a row whose lease expired (its sender died), and only its holder can finish it", async () => {
    await planDueRows(1);
    const [claimed] = await repository().claimDue(now, LEASE, 10);
    const later = new Date(now.getTime() + LEASE + 1);
    const [reclaimed] = await repository().claimDue(later, LEASE, 10);
    expect(reclaimed?.id).toBe(claimed?.id);
    expect(reclaimed?.attempts).toBe(2);
    if (!claimed || !reclaimed) throw new Error("nothing claimed");
    const finish = (claim: ReminderClaim) =>
      repository().finish([{ ...claim, state: "sent", sentAt: later }]);
    expect(await finish(reclaimed)).toEqual([reclaimed.id]);
    expect(await finish(claimed)).toEqual([]);
  });

  it("each claimed row carries its member's stored locale, null for one who never gave one", async () => {
    const ana = { userId: "300000000000000032", displayName: "Ana", guild: null, locale: "es-ES" };
    await upsertMember(database.db, ana, now);
    await planDueRows(1);
    await repository().insertPlanned([
      { userId: ana.userId, localDate: "2026-11-24", slot: 0, dueAt: new Date(now.getTime() - 1) },
    ]);
    const claimed = await repository().claimDue(now, LEASE, 10);
    expect(claimed.map((row) => [row.userId, row.locale])).toEqual([
      [ana.userId, "es-ES"],
      ["300000000000000030", null],
    ]);
  });

  it("skips rows later than the grace period instead of sending them", async () => {
    await planDueRows(2, new Date(now.getTime() - 31 * 60_000));
    expect(await repository().skipStale(now, 30 * 60_000)).toBe(2);
    expect(await repository().claimDue(now, LEASE, 10)).toEqual([]);
  });

  it("concurrent workers never both get the same row", async () => {
    await planDueRows(12);
    const workers = await Promise.all(Array.from({ length: 6 }, () => repository().claimDue(now, LEASE, 3)));
    const ids = workers.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    // All rows are handed out once (PostgreSQL skips locked rows; PGlite serialises the statements).
    expect(ids).toHaveLength(12);
    if (usingPostgres()) expect(workers.filter((claimed) => claimed.length > 0).length).toBeGreaterThan(1);
  });
});

import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import type { ReminderRow } from "../../src/db/repos/reminders.repository.js";
import { reminders } from "../../src/db/schema.js";
import type { RecordedMessage } from "./discord-double/index.js";
import type { Harness } from "./harness.js";

/** Enrols the runner in `zone`, plans, and delivers their first drill reminder; returns it and its DM. */
export async function deliverFirstDrillReminder(
  h: Harness,
  zone: string,
): Promise<{ reminder: ReminderRow; dm: RecordedMessage }> {
  await h.run("schedule", { timezone: zone, start: "08:00", end: "20:00", per_day: 4 });
  await h.dorsi.jobs.planReminders();
  const [reminder] = (await h.database.db.select().from(reminders).where(eq(reminders.userId, h.runner.id)))
    .filter((row) => row.state === "planned" && row.kind === "drill")
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  if (!reminder) throw new Error("nothing planned");
  h.clock.set(reminder.dueAt);
  if ((await h.dorsi.jobs.deliverReminders()).sent === 0) throw new Error("the reminder was not sent");
  const dm = h.double.dmsTo(h.runner.id).at(-1);
  if (!dm) throw new Error("no DM");
  return { reminder, dm };
}

/** Moves the clock to next Monday at the given wall time in `zone` (a weekly post's moment). */
export function moveToNextMonday(h: Harness, zone: string, hour: number, minute: number): void {
  const monday = DateTime.fromJSDate(h.clock.now(), { zone })
    .plus({ weeks: 1 })
    .startOf("week")
    .set({ hour, minute });
  h.clock.set(monday.toJSDate());
}

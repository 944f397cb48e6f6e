import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import type { ReminderRow } from "../../src/db/repos/reminders.repository.js";
import { reminders } from "../../src/db/schema.js";
import type { DoubleUser, InteractionReply, RecordedMessage } from "./discord-double/index.js";
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

/** A click made the moment a reminder DM was posted, and what the member saw. */
export interface ArrivalAnswer {
  readonly user: DoubleUser;
  readonly message: RecordedMessage;
  /** How long after the DM was created the click went out, in ms. */
  readonly clickedAfterMs: number;
  readonly reply: InteractionReply;
}

/**
 * Until stop(), clicks a button on each DM the bot posts to one of `users`, as soon as it exists and
 * before the bot hears that it went out (so before it records the delivery). `button` gives the
 * button's custom id prefix for that member ("rem-snooze", "rem-done"), or null to leave the DM.
 */
export function answerDmsOnArrival(
  h: Harness,
  users: readonly DoubleUser[],
  button: (user: DoubleUser) => string | null,
): { readonly answers: ArrivalAnswer[]; stop(): void } {
  const answers: ArrivalAnswer[] = [];
  const stop = h.double.onMessagePosted(async (message) => {
    const user = users.find((candidate) => h.double.dmsTo(candidate.id).some((dm) => dm.id === message.id));
    const prefix = user ? button(user) : null;
    const customId = buttonIds(message).find((id) => id.startsWith(`${prefix}:`));
    if (!user || !customId) return;
    const clickedAfterMs = Date.now() - message.createdAt.getTime();
    const reply = await h.double
      .clickButton({ user, channelId: message.channelId, messageId: message.id, customId })
      .reply({ timeoutMs: 20_000 });
    answers.push({ user, message, clickedAfterMs, reply });
  });
  return { answers, stop };
}

/** The custom ids of a message's buttons. */
export function buttonIds(message: RecordedMessage): string[] {
  return [...JSON.stringify(message.components).matchAll(/"custom_id":"([^"]+)"/g)].map(
    (match) => match[1] ?? "",
  );
}

/** A modal's select menu by its custom id: every option's value, and the ones it starts on. */
export function modalSelect(
  modal: Record<string, unknown> | null,
  customId: string,
): { values: string[]; defaults: string[] } {
  const labels = (modal?.components ?? []) as { component: Record<string, unknown> }[];
  const menu = labels.map((label) => label.component).find((field) => field.custom_id === customId);
  const options = (menu?.options ?? []) as { value: string; default?: boolean }[];
  return {
    values: options.map((option) => option.value),
    defaults: options.filter((option) => option.default).map((option) => option.value),
  };
}

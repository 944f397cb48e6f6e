import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, reminders } from "../../src/db/schema.js";
import type { DoubleUser, RequestLogEntry } from "../support/discord-double/index.js";
import { type Harness, startHarness } from "../support/harness.js";

let h: Harness;

beforeAll(async () => {
  // Tuesday 24 Nov 2026, 12:00 UTC.
  h = await startHarness({ start: "2026-11-24T12:00:00Z" });
});
afterAll(async () => {
  await h?.stop();
});

const OPEN_DM = "/users/@me/channels";

/** Every DM channel open the double answered, refused ones included. */
const dmOpens = () =>
  h.double.requests.filter((request) => request.method === "POST" && request.path === OPEN_DM);

const requestLines = (requests: readonly RequestLogEntry[]) =>
  requests.map((request) => `${request.method} ${request.path}`);

async function storedDmChannel(user: DoubleUser): Promise<string | null | undefined> {
  const [member] = await h.database.db
    .select({ dmChannelId: members.dmChannelId })
    .from(members)
    .where(eq(members.userId, user.id));
  return member?.dmChannelId;
}

/** The channel is opened after the reply, so the reply alone does not say it is open yet. */
async function waitForDmOpens(count: number): Promise<RequestLogEntry> {
  return h.double.waitFor(() => dmOpens()[count - 1], 5_000, `DM channel open #${count}`);
}

/** The id is stored once Discord's answer is back: wait (bounded) for that write. */
async function waitForStoredDmChannel(user: DoubleUser): Promise<string | null | undefined> {
  const deadline = Date.now() + 5_000;
  let stored = await storedDmChannel(user);
  while (stored === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    stored = await storedDmChannel(user);
  }
  return stored;
}

/** Delivers the member's first planned reminder and returns the requests the bot made for it. */
async function deliverFirstReminder(user: DoubleUser): Promise<RequestLogEntry[]> {
  const [first] = await h.database.db
    .select()
    .from(reminders)
    .where(eq(reminders.userId, user.id))
    .orderBy(reminders.dueAt)
    .limit(1);
  if (!first) throw new Error("nothing planned");
  const before = h.double.requests.length;
  h.clock.set(first.dueAt);
  expect((await h.dorsi.jobs.deliverReminders()).sent).toBe(1);
  return h.double.requests.slice(before);
}

describe("the DM channel is opened at /schedule, so the first reminder is one request", () => {
  it("/schedule answers, then opens the member's DM channel and stores its id", async () => {
    const reply = await h.run("schedule", { timezone: "Europe/London", start: "13:00", end: "18:00" });
    expect(reply.content).toContain("You're in!");
    const open = await waitForDmOpens(1);
    expect(open.status).toBe(200);
    const channel = open.body as { id: string; recipients: { id: string }[] };
    expect(channel.recipients.map((recipient) => recipient.id)).toEqual([h.runner.id]);
    expect(await waitForStoredDmChannel(h.runner)).toBe(channel.id);
  });

  it("changing the schedule again keeps the stored channel and opens none", async () => {
    const stored = await storedDmChannel(h.runner);
    const reply = await h.run("schedule", { per_day: 3 });
    expect(reply.content).toContain("3 a day");
    expect(dmOpens()).toHaveLength(1);
    expect(await storedDmChannel(h.runner)).toBe(stored);
  });

  it("the first reminder then goes out with a single request to the stored channel", async () => {
    const channelId = await storedDmChannel(h.runner);
    const requests = await deliverFirstReminder(h.runner);
    expect(requestLines(requests)).toEqual([`POST /channels/${channelId}/messages`]);
    expect(h.double.dmsTo(h.runner.id)).toHaveLength(1);
    expect(dmOpens()).toHaveLength(1);
  });

  it("a refused open is only logged: the reply stands, and the first reminder opens the channel", async () => {
    h.clock.set("2026-11-24T12:00:00Z");
    h.double.failNext({ method: "POST", route: OPEN_DM, status: 403, code: 50007 });
    const reply = await h.run(
      "schedule",
      { timezone: "Europe/London", start: "13:00", end: "18:00" },
      h.admin,
    );
    expect(reply.content).toContain("You're in!");
    // No complaint: the only follow-up is the tip a first command gets.
    expect(reply.followUps.map((message) => message.content)).toEqual([expect.stringContaining("Next step")]);
    expect((await waitForDmOpens(2)).status).toBe(403);
    expect(await storedDmChannel(h.admin)).toBeNull();
    // What members enrolled before DM channels were opened at /schedule also get: open, store, send.
    const requests = await deliverFirstReminder(h.admin);
    const channelId = await storedDmChannel(h.admin);
    expect(requestLines(requests)).toEqual([`POST ${OPEN_DM}`, `POST /channels/${channelId}/messages`]);
    expect(h.double.dmsTo(h.admin.id)).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { answerRefusal, MAX_SNOOZES, snoozedUntil } from "../../src/domain/reminder-answers.rules.js";

const sent = { userId: "fay", kind: "drill", state: "sent", outcome: null, snoozes: 0 };

describe("answerRefusal", () => {
  it("lets the member answer their own reminder once it is out", () => {
    expect(answerRefusal(sent, "fay", "drill")).toBeNull();
  });

  it("lets them answer while the delivery is still being recorded: the DM is out", () => {
    expect(answerRefusal({ ...sent, state: "sending" }, "fay", "drill")).toBeNull();
    expect(
      answerRefusal({ ...sent, state: "sending", kind: "morning-check" }, "fay", "morning-check"),
    ).toBeNull();
  });

  it("refuses someone else's reminder, or a button of the other kind", () => {
    expect(answerRefusal(sent, "gus", "drill")).toEqual({ reason: "not-yours" });
    expect(answerRefusal(sent, "fay", "morning-check")).toEqual({ reason: "not-yours" });
  });

  it("refuses an answered reminder, naming how it was answered", () => {
    expect(answerRefusal({ ...sent, outcome: "morning:1-2" }, "fay", "drill")).toEqual({
      reason: "already-answered",
      outcome: "morning:1-2",
    });
  });

  it.each(["planned", "skipped", "failed"])("refuses a reminder that is %s", (state) => {
    expect(answerRefusal({ ...sent, state }, "fay", "drill")).toEqual({ reason: "inactive" });
  });
});

describe("snoozedUntil", () => {
  const now = new Date("2026-11-24T09:00:00Z");

  it("comes again 30 minutes later, at most twice", () => {
    for (let snoozes = 0; snoozes < MAX_SNOOZES; snoozes++) {
      expect(snoozedUntil({ snoozes }, now)).toEqual(new Date(now.getTime() + 30 * 60_000));
    }
    expect(snoozedUntil({ snoozes: MAX_SNOOZES }, now)).toBeNull();
  });
});

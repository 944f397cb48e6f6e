import { fewerReminders, NUDGE_KIND, NUDGE_PAUSE_DAYS, type NudgeAnswer } from "../domain/attention.rules.js";
import { answerRefusal } from "../domain/reminder-answers.rules.js";
import { scheduleOf } from "../domain/reminders.rules.js";
import { formatClockTime } from "../domain/time-input.rules.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { UserError } from "./errors.js";
import { pauseReminders } from "./pause.usecases.js";
import { setSchedule } from "./set-schedule.usecases.js";

/** What a nudge's button did, for its reply. */
export type NudgeOutcome =
  | { readonly answer: "fewer"; readonly perDay: number }
  | { readonly answer: "times" }
  | { readonly answer: "pause"; readonly until: Date | null };

/**
 * A nudge's button, once: "fewer" halves the member's reminders as /schedule would, "times" is
 * answered with how /schedule changes them, "pause" pauses a week as /pause would. Each one is an
 * answer, so the automatic halving ends at the next planning.
 */
export async function answerNudge(
  deps: AppDeps,
  caller: Caller,
  reminderId: number,
  answer: NudgeAnswer,
): Promise<NudgeOutcome> {
  await inTransaction(deps, async (tx) => {
    const row = await tx.reminders.lock(reminderId);
    const refusal = row ? answerRefusal(row, caller.userId, NUDGE_KIND) : { reason: "not-yours" as const };
    if (refusal?.reason === "already-answered") throw new UserError("attention.errors.alreadyAnswered");
    if (refusal) throw new UserError("attention.errors.notYours");
    await tx.reminders.markAnswered(reminderId, `nudge:${answer}`, deps.clock.now());
  });
  if (answer === "pause") return { answer, ...(await pauseReminders(deps, caller, NUDGE_PAUSE_DAYS)) };
  if (answer === "times") return { answer };
  const member = await deps.members.find(caller.userId);
  const settings = member && scheduleOf(member);
  const fewer = settings && fewerReminders(settings);
  const input = !fewer
    ? {}
    : "times" in fewer
      ? { times: fewer.times.map(formatClockTime).join(",") }
      : fewer;
  const { settings: changed } = await setSchedule(deps, caller, input);
  return { answer, perDay: changed.times?.length ?? changed.perDay };
}

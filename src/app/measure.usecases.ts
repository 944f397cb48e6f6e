import { addDays, localDateAt } from "../domain/local-time.rules.js";
import {
  type DatedMeasure,
  interpretMeasure,
  type MeasureReading,
  type MeasureStanding,
  measureStanding,
  parseMeasureInput,
  sameDayMeasure,
} from "../domain/measure.rules.js";
import { measureInvite, RETEST_DAYS } from "../domain/measure-invite.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { unwrap } from "./errors.js";
import { enterMember } from "./members.usecases.js";

export interface MeasureHistory {
  /** Oldest first. */
  readonly history: readonly DatedMeasure[];
  readonly today: string;
}

export interface RecordedMeasure extends MeasureHistory {
  readonly reading: MeasureReading;
  /** True when it replaced (side by side) a measure from earlier the same day. */
  readonly replaced: boolean;
}

/**
 * Records a knee-to-wall measure (both sides or one) on the member's local date and says what it
 * means. Bad input changes nothing: it is refused before the transaction starts, and the table's
 * checks refuse it again.
 */
export async function recordMeasure(
  deps: AppDeps,
  input: { readonly caller: Caller; readonly left: unknown; readonly right: unknown },
): Promise<RecordedMeasure> {
  const given = unwrap(parseMeasureInput(input));
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const member = await enterMember(tx.db, input.caller, now);
    const today = localDateAt(now, memberTimeZone(member));
    const stored = await tx.measures.history(member.userId);
    const earlier = stored.find((measure) => measure.localDate === today);
    const current = { localDate: today, ...sameDayMeasure(earlier, given) };
    await tx.measures.save({ userId: member.userId, measuredAt: now, ...current });
    // The four weeks start again from this measure.
    await tx.measures.cancelPlannedInvites(member.userId);
    const history = [...stored.filter((measure) => measure.localDate !== today), current];
    return { reading: interpretMeasure(current, history), replaced: earlier !== undefined, history, today };
  });
}

/** The member's measures for /measure without numbers and for /progress. */
export async function measureHistory(deps: AppDeps, userId: string): Promise<MeasureHistory> {
  const [member, history] = await Promise.all([deps.members.find(userId), deps.measures.history(userId)]);
  return { history, today: localDateAt(deps.clock.now(), memberTimeZone(member)) };
}

/** What a reminder needs to know of the member's measures (the stiffer side, the last test). */
export async function measureStandingOf(deps: AppDeps, userId: string): Promise<MeasureStanding> {
  return measureStanding(await deps.measures.history(userId));
}

/** Members read at a time by the invitation planner. */
const INVITE_PAGE = 1_000;

/**
 * The invitation planner (every 10 minutes): stores each due invitation once it falls in the
 * planning horizon; the reminders' unique key makes a second run add nothing.
 */
export async function planMeasureInvites(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  // A day's margin either side of UTC: the rules decide in each member's own zone.
  const measuredBy = addDays(localDateAt(now, "UTC"), 2 - RETEST_DAYS);
  let planned = 0;
  let after: string | null = null;
  for (;;) {
    const page = await deps.measures.inviteCandidates(after, INVITE_PAGE, measuredBy);
    const invites = page.flatMap((member) => measureInvite(member, now) ?? []);
    planned += await deps.reminders.insertPlanned(invites);
    if (page.length < INVITE_PAGE) return planned;
    after = page.at(-1)?.userId ?? null;
  }
}

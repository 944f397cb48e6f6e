import type { Db } from "../db/db-client.js";
import type { MemberRow } from "../db/repos/members.repository.js";
import {
  latestLevelChange,
  lockProgressionAndLog,
  saveProgression,
} from "../db/repos/progressions.repository.js";
import { setsPerDrill } from "../db/repos/set-logs.repository.js";
import { parseDrillInput } from "../domain/drill-input.rules.js";
import { DRILLS, type Drill } from "../domain/drills.rules.js";
import { localDateAt } from "../domain/local-time.rules.js";
import { memberTimeZone } from "../domain/members.rules.js";
import { quote } from "../domain/result.js";
import {
  applySets,
  isFirstDayAtNewLevel,
  mayStartNewLevel,
  type SetsOutcome,
} from "../domain/step-up.rules.js";
import { weekContaining } from "../domain/week.rules.js";
import { refreshMemberBoards } from "./board-entries.usecases.js";
import type { AppDeps, Caller } from "./deps.js";
import { UserError } from "./errors.js";
import { enterMember } from "./members.usecases.js";
import { planMorningCheck } from "./morning-checks.usecases.js";

export const MAX_SETS_PER_LOG = 20;

interface LogSetsInput {
  readonly caller: Caller;
  /** What the member typed or picked: a drill name, an alias, or "both". */
  readonly drill: string;
  readonly sets: number;
  /** The Discord interaction; a retry of the same interaction is recorded once. */
  readonly interactionId: string | null;
  readonly source: "command" | "reminder";
}

interface LoggedDrill {
  readonly drill: Drill;
  /** What the progression made of these sets; null when this interaction was already recorded. */
  readonly outcome: SetsOutcome | null;
}

export interface LogSetsResult {
  readonly sets: number;
  readonly logged: readonly LoggedDrill[];
  /** False when this interaction had been recorded already (a retry changes nothing). */
  readonly recorded: boolean;
  readonly weekSetsByDrill: ReadonlyMap<Drill, number>;
}

/** Validates before any write: a bad value changes nothing. */
function validateLogInput(drill: string, sets: number): Drill[] {
  const parsed = parseDrillInput(drill);
  if (parsed === null) throw new UserError("progress.errors.unknownDrill", { given: quote(drill) });
  if (!Number.isInteger(sets) || sets < 1 || sets > MAX_SETS_PER_LOG) {
    throw new UserError("progress.errors.setsRange", { max: MAX_SETS_PER_LOG });
  }
  return parsed === "both" ? [...DRILLS] : [parsed];
}

/**
 * Records sets and applies the progression, all in one transaction: the log and the level move
 * together or not at all, and a retried interaction is recorded once.
 */
export async function logSets(deps: AppDeps, input: LogSetsInput): Promise<LogSetsResult> {
  const drills = validateLogInput(input.drill, input.sets);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const member = await enterMember(tx, input.caller, now);
    const logged: LoggedDrill[] = [];
    for (const drill of drills) logged.push(await logOneDrill(tx, member, drill, input, now));
    const recorded = logged.some((entry) => entry.outcome !== null);
    if (recorded) await refreshMemberBoards(tx, member, now);
    const week = weekContaining(now, memberTimeZone(member));
    const totals = await setsPerDrill(tx, member.userId, week.start, week.end);
    return {
      sets: input.sets,
      logged,
      recorded,
      weekSetsByDrill: new Map(DRILLS.map((drill) => [drill, totals.get(drill) ?? 0])),
    };
  });
}

async function logOneDrill(tx: Db, member: MemberRow, drill: Drill, input: LogSetsInput, now: Date) {
  const localDate = localDateAt(now, memberTimeZone(member));
  const { before, logged } = await lockProgressionAndLog(
    tx,
    {
      userId: member.userId,
      guildId: input.caller.guild?.id ?? null,
      drill,
      sets: input.sets,
      loggedAt: now,
      localDate,
      source: input.source,
      interactionId: input.interactionId,
    },
    now,
  );
  if (!logged) return { drill, outcome: null };
  const { state, outcome } = applySets(before, { sets: input.sets, localDate, now });
  await saveProgression(tx, member.userId, before, state, "pain-free practice", now);
  // The query runs only where a new level can start (it costs /log a round trip).
  if (
    mayStartNewLevel(before) &&
    isFirstDayAtNewLevel(before, await latestLevelChange(tx, member.userId, drill), localDate)
  ) {
    // The new load must settle overnight too: ask the next morning.
    await planMorningCheck(tx, member, now, { painReportId: null, drill });
  }
  return { drill, outcome };
}

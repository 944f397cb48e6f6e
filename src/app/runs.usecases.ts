import type { RunRow } from "../db/repos/runs.repository.js";
import {
  MAX_RUNS,
  nextOccurrences,
  parseRunWhen,
  parseTerrain,
  parseWarmup,
  type RunWhen,
  runWhenOf,
  type Terrain,
  terrainOf,
} from "../domain/runs.rules.js";
import { type AppDeps, type Caller, inTransaction } from "./deps.js";
import { UserError, unwrap } from "./errors.js";
import { enterMember } from "./members.usecases.js";
import { planRunReminders } from "./run-reminders.usecases.js";

/** The reply to /runs add shows the next two starts. */
const NEXT_SHOWN = 2;

interface AddRunInput {
  readonly when: string;
  readonly terrain: string | null;
  readonly warmup: number | null;
}

/** A member's run as /runs shows it: its schedule, terrain, warm-up and next start. */
export interface RunView {
  readonly id: number;
  readonly when: RunWhen;
  readonly terrain: Terrain;
  readonly warmupMinutes: number;
  readonly timeZone: string;
  /** The next starts (up to two for /runs add, one for a list); empty once a one-off is past. */
  readonly next: readonly Date[];
}

function viewOf(run: RunRow, timeZone: string, now: Date, count: number): RunView {
  const when = runWhenOf(run);
  return {
    id: run.id,
    when,
    terrain: terrainOf(run.terrain),
    warmupMinutes: run.warmupMinutes,
    timeZone,
    next: nextOccurrences(when, timeZone, now, count).map((occurrence) => occurrence.startAt),
  };
}

/** The member's zone from /schedule: runs happen on their wall clock, so there must be one. */
function zoneOf(member: { readonly timeZone: string | null }): string {
  if (member.timeZone === null) throw new UserError("runs.needTimeZone");
  return member.timeZone;
}

/** /runs add: checks everything before writing, then plans the run's warm-ups and check-ins. */
export async function addRun(deps: AppDeps, caller: Caller, input: AddRunInput): Promise<RunView> {
  const now = deps.clock.now();
  const added = await inTransaction(deps, async (tx) => {
    const member = await enterMember(tx.db, caller, now);
    const timeZone = zoneOf(member);
    const when = unwrap(parseRunWhen(input.when, now, timeZone));
    const terrain = unwrap(parseTerrain(input.terrain));
    const warmupMinutes = unwrap(parseWarmup(input.warmup));
    const upcoming = (await tx.runs.active(member.userId)).filter(
      (run) => viewOf(run, timeZone, now, 1).next.length > 0,
    );
    if (upcoming.length >= MAX_RUNS) throw new UserError("runs.tooMany", { max: MAX_RUNS });
    const run = await tx.runs.add({
      userId: member.userId,
      kind: when.kind,
      days: when.kind === "weekly" ? [...when.days] : null,
      localDate: when.kind === "once" ? when.localDate : null,
      minutes: when.minutes,
      terrain,
      warmupMinutes,
      createdAt: now,
    });
    return viewOf(run, timeZone, now, NEXT_SHOWN);
  });
  await planRunReminders(deps, caller.userId);
  return added;
}

/** /runs list (and the remove autocomplete): the member's runs still to come, in the order added. */
export async function listRuns(deps: AppDeps, userId: string): Promise<RunView[]> {
  const member = await deps.members.find(userId);
  if (!member) return [];
  const timeZone = zoneOf(member);
  const now = deps.clock.now();
  const runs = await deps.runs.active(userId);
  return runs.map((run) => viewOf(run, timeZone, now, 1)).filter((run) => run.next.length > 0);
}

/** /runs remove: the run (by the id its autocomplete gave) and its unsent warm-ups and check-ins go. */
export async function removeRun(deps: AppDeps, caller: Caller, run: string): Promise<RunView> {
  const now = deps.clock.now();
  const id = /^\d{1,15}$/.test(run.trim()) ? Number(run.trim()) : null;
  return inTransaction(deps, async (tx) => {
    const member = await enterMember(tx.db, caller, now);
    const removed = id === null ? undefined : await tx.runs.remove(member.userId, id, now);
    if (!removed) throw new UserError("runs.unknownRun");
    return viewOf(removed, member.timeZone ?? "UTC", now, 1);
  });
}

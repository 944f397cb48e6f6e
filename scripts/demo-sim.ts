/**
 * `npm run demo`: a club run through the real app layer and an embedded database on a virtual
 * clock. No Discord: DMs and board posts are recorded by two small doubles of the app's ports, and
 * the members answer them with the same use cases the buttons and commands call.
 *
 * Deterministic for a seed: the clock is a ManualClock, every choice comes from a seeded PRNG, ids
 * are derived from the seed, and nothing printed depends on the wall clock or on random UUIDs.
 */
import { count, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import { configureClub } from "../src/app/club.usecases.js";
import { type AppDeps, type Caller, createAppDeps } from "../src/app/deps.js";
import { UserError } from "../src/app/errors.js";
import { BOARD_TOP } from "../src/app/leaderboard.usecases.js";
import { type LogSetsResult, logSets } from "../src/app/log-sets.usecases.js";
import { answerMorningCheck } from "../src/app/morning-answers.usecases.js";
import { pauseReminders } from "../src/app/pause.usecases.js";
import { answerDone, answerPain, snoozeReminder } from "../src/app/reminder-answers.usecases.js";
import { type DirectMessenger, deliverDueReminders } from "../src/app/reminder-delivery.usecases.js";
import { planAllReminders } from "../src/app/reminders.usecases.js";
import { type PainChange, type ReportPainResult, reportPain } from "../src/app/report-pain.usecases.js";
import { setSchedule } from "../src/app/set-schedule.usecases.js";
import {
  type BoardPoster,
  postDueWeeklyBoards,
  type WeeklyBoardMessage,
} from "../src/app/weekly-posts.usecases.js";
import { openPglite } from "../src/db/db-client.js";
import { reminders } from "../src/db/schema.js";
import { addDays, isoWeekday, localDateAt, wallTimeToInstant } from "../src/domain/local-time.rules.js";
import type { MorningBand } from "../src/domain/morning-check.rules.js";
import type { PainLocation } from "../src/domain/pain.rules.js";
import { MAX_SNOOZES } from "../src/domain/reminder-answers.rules.js";
import type { ReminderContent } from "../src/domain/reminders.rules.js";
import { ManualClock } from "../test/support/clock.js";
import { buildRoster, HABIT_LABELS, type Rng, type SimMember } from "./demo-club.js";

export interface DemoOptions {
  readonly members: number;
  readonly days: number;
  readonly seed: number;
}

export const DEMO_DEFAULTS: DemoOptions = { members: 20, days: 14, seed: 42 };

/** The club: London time, board every Monday 09:00. The run starts on a Wednesday. */
const CLUB = { id: "900000000000000001", name: "Riverside Runners", channelId: "900000000000000002" };
const CLUB_ZONE = "Europe/London";
const START_DATE = "2025-03-05";
const STEP_MINUTES = 15;
const MINUTE_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// The two ports, recorded instead of sent.

interface SentDm {
  readonly channelId: string;
  readonly content: ReminderContent;
}

/** Stores what would have been sent; a DM channel id is derived from the user id. */
class RecordingMessenger implements DirectMessenger {
  private outbox: SentDm[] = [];
  private messages = 0;
  readonly sentByNonce = new Map<string, string>();

  async openDm(userId: string): Promise<string> {
    return `dm-${userId}`;
  }

  async send(channelId: string, content: ReminderContent): Promise<{ messageId: string }> {
    // Once per nonce, as Discord's enforce_nonce does.
    const known = this.sentByNonce.get(content.nonce);
    if (known) return { messageId: known };
    const messageId = `msg-${++this.messages}`;
    this.sentByNonce.set(content.nonce, messageId);
    this.outbox.push({ channelId, content });
    return { messageId };
  }

  /** What was sent since the last call, in reminder order (independent of send concurrency). */
  drain(): SentDm[] {
    const out = this.outbox.sort((a, b) => a.content.reminderId - b.content.reminderId);
    this.outbox = [];
    return out;
  }
}

class RecordingPoster implements BoardPoster {
  private outbox: { channelId: string; message: WeeklyBoardMessage }[] = [];

  async postBoard(channelId: string, message: WeeklyBoardMessage): Promise<{ readonly messageId: string }> {
    this.outbox.push({ channelId, message });
    return { messageId: `board-${message.nonce}` };
  }

  drain() {
    const out = this.outbox;
    this.outbox = [];
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Members' behaviour.

type Action =
  | { readonly kind: "done" }
  | { readonly kind: "snooze" }
  | { readonly kind: "pain"; readonly severity: number; readonly location: PainLocation }
  | { readonly kind: "morning"; readonly band: MorningBand; readonly about: string };

interface Pending {
  readonly at: number;
  readonly seq: number;
  readonly reminderId: number;
  readonly action: Action;
}

interface DayTally {
  sent: number;
  done: number;
  snoozed: number;
  pain: number;
  ignored: number;
  checks: number;
  logged: number;
}

const emptyTally = (): DayTally => ({
  sent: 0,
  done: 0,
  snoozed: 0,
  pain: 0,
  ignored: 0,
  checks: 0,
  logged: 0,
});

interface MemberState {
  readonly member: SimMember;
  readonly caller: Caller;
  readonly startLocalDate: string;
  pending: Pending[];
  /** Reminders this member has seen, and how often they snoozed each. */
  readonly snoozes: Map<number, number>;
  pausedUntil: number | null;
  /** Member-local day numbers (1 = the first) on which a scripted event already happened. */
  readonly scriptsDone: Set<string>;
  tally: DayTally;
}

const chance = (rng: Rng, p: number): boolean => rng() < p;
const delayFrom = (rng: Rng, minutes: readonly number[]): number =>
  minutes[Math.floor(rng() * minutes.length)] ?? 0;

/** How likely each habit is to press Done on a drill reminder (weekend warriors: on weekdays). */
const DONE_CHANCE = {
  diligent: 0.9,
  occasional: 0.4,
  weekend: 0.12,
  sore: 0.8,
  severe: 0.88,
  snoozer: 0.8,
  pauser: 0.75,
} as const;

/** Minutes between a DM and the member's answer. */
const ANSWER_DELAYS = {
  diligent: [0, 0, 15, 15, 30],
  occasional: [15, 45, 60, 90, 120],
  weekend: [15, 30, 60],
  sore: [0, 15, 30],
  severe: [0, 15, 15, 30],
  snoozer: [0, 15],
  pauser: [0, 15, 30, 45],
} as const;

/** The sometimes-sore member's scripted reports (member-local day -> report), on top of chance. */
const SORE_SCRIPT: ReadonlyMap<number, { severity: number; location: PainLocation }> = new Map([
  [2, { severity: 2, location: "ankle" }],
  [5, { severity: 4, location: "knee" }],
]);

// ---------------------------------------------------------------------------------------------

export async function runDemo(options: DemoOptions, write?: (line: string) => void): Promise<string> {
  const lines: string[] = [];
  const out = (line = ""): void => {
    lines.push(line);
    write?.(line);
  };

  const database = await openPglite(undefined);
  try {
    await database.migrate();
    const start = wallTimeToInstant(START_DATE, 0, CLUB_ZONE);
    const end = wallTimeToInstant(addDays(START_DATE, options.days), 0, CLUB_ZONE);
    const clock = new ManualClock(start);
    const deps = createAppDeps(database.db, clock);
    const sim = new Simulation(deps, clock, options, out);
    await sim.setUp();
    for (let at = start.getTime(); at < end.getTime(); at += STEP_MINUTES * MINUTE_MS) {
      clock.set(new Date(at));
      await sim.step();
    }
    sim.endDay();
    await sim.summary();
  } finally {
    await database.close();
  }
  return `${lines.join("\n")}\n`;
}

class Simulation {
  private readonly messenger = new RecordingMessenger();
  private readonly poster = new RecordingPoster();
  private readonly roster: MemberState[];
  private readonly byUser = new Map<string, MemberState>();
  private interactions = 0;
  private seq = 0;
  private currentDate: string | null = null;
  private day = { skipped: 0, sets: 0 };
  private readonly totals = {
    drillDms: 0,
    resent: 0,
    checks: 0,
    done: 0,
    snoozed: 0,
    ignored: 0,
    painReports: 0,
    backOffs: 0,
    escalations: 0,
    morningAnswers: 0,
    setsLogged: 0,
    setsViaLog: 0,
    stepUps: 0,
    newLevels: 0,
    skipped: 0,
    boards: 0,
    refused: 0,
  };

  constructor(
    private readonly deps: AppDeps,
    private readonly clock: ManualClock,
    private readonly options: DemoOptions,
    private readonly out: (line?: string) => void,
  ) {
    const guild = { id: CLUB.id, name: CLUB.name };
    const start = clock.now();
    this.roster = buildRoster(options.members, options.seed).map((member) => ({
      member,
      caller: { userId: member.userId, displayName: member.name, guild },
      startLocalDate: localDateAt(start, member.timeZone),
      pending: [],
      snoozes: new Map(),
      pausedUntil: null,
      scriptsDone: new Set(),
      tally: emptyTally(),
    }));
    for (const state of this.roster) this.byUser.set(state.member.userId, state);
  }

  // -------------------------------------------------------------------------------------------
  // Set-up: /club, then everyone's /schedule.

  async setUp(): Promise<void> {
    const { options, out } = this;
    const first = this.roster[0];
    if (!first) throw new Error("a club needs at least one member");
    out(
      `Dorsi demo · seed ${options.seed} · ${options.members} members · ${options.days} days from ` +
        `${this.clubDateLabel(START_DATE)} (club time ${CLUB_ZONE}) · no Discord, embedded database`,
    );
    const club = await configureClub(this.deps, {
      caller: first.caller,
      canManageServer: true,
      channel: { id: CLUB.channelId, isText: true },
      timeZone: CLUB_ZONE,
      postDay: "mon",
      postTime: "09:00",
    });
    out(
      `/club by ${first.member.name}: "${CLUB.name}" board every Monday 09:00 ${CLUB_ZONE}; ` +
        `next ${this.format(club.nextPostAt, CLUB_ZONE, "ccc d LLL HH:mm")}`,
    );
    out("Members (/schedule):");
    const nameWidth = Math.max(...this.roster.map((s) => s.member.name.length));
    for (const state of this.roster) {
      const { member } = state;
      const result = await setSchedule(this.deps, state.caller, member.schedule);
      const { settings } = result;
      const when = settings.times
        ? `at ${settings.times.map(clockTime).join(", ")}`
        : `${settings.perDay} a day ${clockTime(settings.windowStart)}-${clockTime(settings.windowEnd)}`;
      const dayList = [...settings.days];
      const days = dayList.length === 7 ? "" : ` ${describeDays(dayList)}`;
      const next = result.next[0];
      out(
        `  ${member.name.padEnd(nameWidth)}  ${HABIT_LABELS[member.habit].padEnd(16)} ` +
          `${city(member.timeZone).padEnd(12)} ${`${when}${days}`.padEnd(38)} ` +
          `first ${next ? this.format(next, member.timeZone, "ccc HH:mm") : "-"}`,
      );
    }
    out("Day digests: name done/sent reminders, z snoozes, p pain reports, +n sets logged with /log.");
  }

  // -------------------------------------------------------------------------------------------
  // One step of virtual time: plan (hourly), deliver, members act, boards.

  async step(): Promise<void> {
    const now = this.clock.now();
    const date = localDateAt(now, CLUB_ZONE);
    if (date !== this.currentDate) {
      this.endDay();
      this.currentDate = date;
      this.out();
      this.out(`── day ${this.dayNumber(now)} · ${this.clubDateLabel(date)} ──`);
    }
    this.noticePauseEnds(now);
    const onTheHour = now.getUTCMinutes() === 0;
    if (onTheHour) await planAllReminders(this.deps);
    const stats = await deliverDueReminders(this.deps, this.messenger);
    this.day.skipped += stats.skipped;
    this.totals.skipped += stats.skipped;
    for (const dm of this.messenger.drain()) this.receive(dm, now);
    await this.runDueAnswers(now);
    for (const state of this.roster) await this.routine(state, now);
    // Hourly is enough: the club's board is due on the hour.
    if (onTheHour) await postDueWeeklyBoards(this.deps, this.poster);
    for (const { message } of this.poster.drain()) this.printBoard(message, now);
  }

  /** A DM arrives: the member decides now what they will do and when. */
  private receive(dm: SentDm, now: Date): void {
    const state = this.byUser.get(dm.channelId.replace(/^dm-/, ""));
    if (!state) throw new Error(`a DM to an unknown channel ${dm.channelId}`);
    const { content } = dm;
    const { rng, habit } = state.member;
    if (content.kind === "morning-check") {
      state.tally.checks += 1;
      this.totals.checks += 1;
      const about = content.pain
        ? `after pain ${content.pain.severity}/10 ${content.pain.location}`
        : `after a first day at ${content.drill ?? "a new level"} level ${content.level ?? "?"}`;
      const answers = habit === "occasional" || habit === "weekend" ? chance(rng, 0.6) : chance(rng, 0.9);
      if (!answers) {
        this.event(state, now, `morning check (${about}) → no answer`);
        return;
      }
      const band: MorningBand = content.pain
        ? pickWeighted(rng, [
            ["none", 0.5],
            ["1-2", 0.35],
            ["3-5", 0.15],
          ])
        : chance(rng, 0.85)
          ? "none"
          : "1-2";
      this.schedule(state, now, delayFrom(rng, [0, 15, 30]), content.reminderId, {
        kind: "morning",
        band,
        about,
      });
      return;
    }
    const snoozes = state.snoozes.get(content.reminderId);
    if (snoozes === undefined) {
      state.snoozes.set(content.reminderId, 0);
      state.tally.sent += 1;
      this.totals.drillDms += 1;
    } else {
      this.totals.resent += 1;
    }
    const action = this.decide(state, now, snoozes ?? 0);
    if (!action) {
      state.tally.ignored += 1;
      this.totals.ignored += 1;
      return;
    }
    this.schedule(state, now, delayFrom(rng, ANSWER_DELAYS[habit]), content.reminderId, action);
  }

  private decide(state: MemberState, now: Date, snoozes: number): Action | null {
    const { rng, habit } = state.member;
    const localDay = this.memberDay(state, now);
    if (habit === "sore") {
      const scripted = SORE_SCRIPT.get(localDay);
      const key = `pain-${localDay}`;
      if (scripted && !state.scriptsDone.has(key)) {
        state.scriptsDone.add(key);
        return { kind: "pain", ...scripted };
      }
      if (chance(rng, 0.05)) return { kind: "pain", severity: chance(rng, 0.7) ? 2 : 3, location: "calf" };
    }
    // Anyone can feel a twinge now and then.
    if (habit !== "severe" && chance(rng, 0.008)) return { kind: "pain", severity: 1, location: "shin" };
    if (habit === "snoozer" && snoozes < MAX_SNOOZES && chance(rng, 0.6)) return { kind: "snooze" };
    if (habit === "diligent" && snoozes === 0 && chance(rng, 0.04)) return { kind: "snooze" };
    const weekend = isoWeekday(localDateAt(now, state.member.timeZone)) >= 6;
    const p = habit === "weekend" && weekend ? 0.85 : DONE_CHANCE[habit];
    return chance(rng, p) ? { kind: "done" } : null;
  }

  private schedule(state: MemberState, now: Date, minutes: number, reminderId: number, action: Action): void {
    state.pending.push({ at: now.getTime() + minutes * MINUTE_MS, seq: ++this.seq, reminderId, action });
  }

  private async runDueAnswers(now: Date): Promise<void> {
    const due: { state: MemberState; pending: Pending }[] = [];
    for (const state of this.roster) {
      const [ready, later] = partition(state.pending, (p) => p.at <= now.getTime());
      state.pending = later;
      for (const pending of ready) due.push({ state, pending });
    }
    due.sort((a, b) => a.pending.at - b.pending.at || a.pending.seq - b.pending.seq);
    for (const { state, pending } of due) {
      try {
        await this.answer(state, pending, now);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        this.totals.refused += 1;
        this.event(state, now, `button refused: ${error.message}`);
      }
    }
  }

  private async answer(state: MemberState, { reminderId, action }: Pending, now: Date): Promise<void> {
    const { deps, caller } = { deps: this.deps, caller: state.caller };
    switch (action.kind) {
      case "done": {
        const result = await answerDone(deps, caller, reminderId, this.interactionId());
        state.tally.done += 1;
        this.totals.done += 1;
        this.countSets(state, result, false, now);
        return;
      }
      case "snooze": {
        await snoozeReminder(deps, caller, reminderId);
        state.snoozes.set(reminderId, (state.snoozes.get(reminderId) ?? 0) + 1);
        state.tally.snoozed += 1;
        this.totals.snoozed += 1;
        return;
      }
      case "pain": {
        const raw = { severity: action.severity, location: action.location, context: "drills" };
        const result = await answerPain(deps, caller, reminderId, raw, this.interactionId());
        this.painEvent(state, now, `${action.severity}/10 ${action.location}, Pain button`, result);
        return;
      }
      case "morning": {
        const { result, changes } = await answerMorningCheck(
          deps,
          caller,
          reminderId,
          action.band,
          this.interactionId(),
        );
        this.totals.morningAnswers += 1;
        const what =
          result.outcome === "worse"
            ? `worse: ${describeChanges(changes, (d) => this.format(d, state.member.timeZone, "ccc d LLL HH:mm"))}`
            : result.outcome === "unsettled"
              ? "not settled yet, plan unchanged, asked again"
              : "settled, plan unchanged";
        if (changes.length > 0) this.totals.backOffs += 1;
        this.event(state, now, `morning check (${action.about}) → "${action.band}": ${what}`);
        return;
      }
    }
  }

  /** What members do of their own accord: /log after a run, weekend sessions, a trip, a bad run. */
  private async routine(state: MemberState, now: Date): Promise<void> {
    const { member } = state;
    const local = DateTime.fromJSDate(now, { zone: member.timeZone });
    const hhmm = local.toFormat("HH:mm");
    const localDay = this.memberDay(state, now);
    const paused = state.pausedUntil !== null && now.getTime() < state.pausedUntil;
    const { rng } = member;

    if (member.habit === "weekend" && hhmm === "10:00" && local.weekday >= 6 && chance(rng, 0.9)) {
      await this.log(state, now, "both", 3);
    }
    if (hhmm === "19:30" && !paused) {
      const p = {
        diligent: 0.35,
        occasional: 0.25,
        sore: 0.2,
        snoozer: 0.2,
        pauser: 0.3,
        severe: 0.3,
        weekend: 0,
      };
      if (chance(rng, p[member.habit])) {
        await this.log(state, now, chance(rng, 0.5) ? "both" : "flexed-knee", 1);
      }
    }
    if (member.habit === "pauser" && localDay === 3 && hhmm === "07:00") {
      await this.pause(state, now, 3, "travelling");
    }
    if (member.habit === "severe" && localDay === 4 && hhmm === "19:00") {
      // A bad downhill run: /pain, not a reminder button.
      const result = await reportPain(this.deps, {
        caller: state.caller,
        raw: { severity: 7, location: "knee", context: "downhill" },
        interactionId: this.interactionId(),
        source: "command",
      });
      this.painEvent(state, now, "7/10 knee, downhill run, /pain", result);
      if (result.decision.offerPause) await this.pause(state, now, 3, "accepts the offered pause");
    }
  }

  private async log(state: MemberState, now: Date, drill: string, sets: number): Promise<void> {
    const result = await logSets(this.deps, {
      caller: state.caller,
      drill,
      sets,
      interactionId: this.interactionId(),
      source: "command",
    });
    this.countSets(state, result, true, now);
  }

  private async pause(state: MemberState, now: Date, days: number, why: string): Promise<void> {
    const { until } = await pauseReminders(this.deps, state.caller, days);
    state.pausedUntil = until?.getTime() ?? null;
    const end = until ? this.format(until, state.member.timeZone, "ccc HH:mm") : "/resume";
    this.event(state, now, `/pause ${days} days (${why}): no reminders until ${end}`);
  }

  private noticePauseEnds(now: Date): void {
    for (const state of this.roster) {
      if (state.pausedUntil !== null && now.getTime() >= state.pausedUntil) {
        state.pausedUntil = null;
        this.event(state, now, "pause over, reminders resume");
      }
    }
  }

  private countSets(state: MemberState, result: LogSetsResult, viaLog: boolean, now: Date): void {
    const sets = result.sets * result.logged.filter((entry) => entry.outcome !== null).length;
    this.totals.setsLogged += sets;
    this.day.sets += sets;
    if (viaLog) {
      state.tally.logged += sets;
      this.totals.setsViaLog += sets;
    }
    for (const { drill, outcome } of result.logged) {
      if (outcome?.kind !== "stepped-up") continue;
      this.totals.stepUps += 1;
      if (outcome.newLevel) this.totals.newLevels += 1;
      const flag = outcome.reachedTop ? " (top of the ladder)" : outcome.newLevel ? " (new level)" : "";
      this.event(
        state,
        now,
        `stepped up: ${drill} level ${outcome.to.level}, reps ${outcome.to.reps}${flag}${viaLog ? " after /log" : ""}`,
      );
    }
  }

  private painEvent(state: MemberState, now: Date, what: string, result: ReportPainResult): void {
    state.tally.pain += 1;
    this.totals.painReports += 1;
    const { decision, changes } = result;
    const fmt = (d: Date) => this.format(d, state.member.timeZone, "ccc d LLL HH:mm");
    if (changes.length > 0) this.totals.backOffs += 1;
    const check = result.morningCheckAt ? `; morning check ${fmt(result.morningCheckAt)}` : "";
    this.event(
      state,
      now,
      `pain ${what} → ${decision.band} back-off: ${describeChanges(changes, fmt)}${check}`,
    );
    if (decision.escalation) {
      this.totals.escalations += 1;
      const offer = decision.offerPause ? "; offers to pause reminders" : "";
      this.out(
        `    ↳ escalation (${decision.escalation.reasons.join(", ")}): advises seeing a physician${offer}`,
      );
    } else if (decision.advisePhysician) {
      this.out("    ↳ advises having it looked at by a professional");
    }
  }

  // -------------------------------------------------------------------------------------------
  // Output.

  private event(state: MemberState, now: Date, text: string): void {
    const zone = state.member.timeZone;
    this.out(
      `  day ${this.dayNumber(now)}, ${this.format(now, zone, "ccc HH:mm")} ${city(zone)}: ${state.member.name} ${text}`,
    );
  }

  endDay(): void {
    if (this.currentDate === null) return;
    const tallies = this.roster.map((s) => s.tally);
    const sum = (key: keyof DayTally) => tallies.reduce((total, t) => total + t[key], 0);
    this.out(
      `  digest: ${sum("sent")} reminders sent, ${sum("done")} done, ${sum("snoozed")} snoozed, ` +
        `${sum("pain")} pain, ${sum("ignored")} unanswered · ${plural(sum("checks"), "morning check")} · ` +
        `${this.day.sets} sets logged · ${this.day.skipped} skipped`,
    );
    const tokens = this.roster.map(({ member, tally, pausedUntil }) => {
      if (tally.sent === 0 && tally.logged === 0 && tally.pain === 0) {
        return `${member.name} ${pausedUntil !== null ? "paused" : "-"}`;
      }
      let token = `${member.name} ${tally.done}/${tally.sent}`;
      if (tally.snoozed > 0) token += ` z${tally.snoozed}`;
      if (tally.pain > 0) token += ` p${tally.pain}`;
      if (tally.logged > 0) token += ` +${tally.logged}`;
      return token;
    });
    for (const line of wrap(tokens, " · ", 104)) this.out(`    ${line}`);
    for (const state of this.roster) state.tally = emptyTally();
    this.day = { skipped: 0, sets: 0 };
  }

  private printBoard(message: WeeklyBoardMessage, now: Date): void {
    const { board } = message;
    this.totals.boards += 1;
    const { week, rows, highlights } = board;
    const from = DateTime.fromISO(week.startLocalDate).toFormat("d LLL");
    const to = DateTime.fromISO(week.lastLocalDate).toFormat("d LLL");
    this.out();
    this.out(
      `  ┌ Weekly board · ${board.clubName} · ${week.label} (${from} – ${to}) · posted ` +
        `${this.format(now, board.timeZone, "ccc d LLL HH:mm")} ${board.timeZone}`,
    );
    const nameWidth = Math.max(4, ...rows.map((row) => row.displayName.length));
    this.out(`  │ ${"#".padStart(2)}  ${"name".padEnd(nameWidth)}  points  active days`);
    for (const row of rows.slice(0, BOARD_TOP)) {
      this.out(
        `  │ ${String(row.rank).padStart(2)}  ${row.displayName.padEnd(nameWidth)}  ${String(row.points).padStart(6)}  ${String(row.activeDays).padStart(11)}`,
      );
    }
    if (rows.length > BOARD_TOP) this.out(`  │ … and ${rows.length - BOARD_TOP} more`);
    if (rows.length === 0) this.out("  │ (nobody logged a set this week)");
    const consistent = highlights.mostConsistent
      ? `${highlights.mostConsistent.displayName} (${highlights.mostConsistent.activeDays} days)`
      : "-";
    const improved = highlights.mostImproved
      ? `${highlights.mostImproved.row.displayName} (+${highlights.mostImproved.gain})`
      : "-";
    const steppedUp =
      highlights.steppedUp.length > 0
        ? highlights.steppedUp.map((up) => `${up.displayName} (${up.drill} level ${up.level})`).join(", ")
        : "-";
    this.out(`  │ most consistent: ${consistent} · most improved: ${improved}`);
    this.out(`  └ new levels: ${steppedUp}`);
    this.out();
  }

  async summary(): Promise<void> {
    const t = this.totals;
    const states = await this.deps.db
      .select({ kind: reminders.kind, state: reminders.state, n: count() })
      .from(reminders)
      .groupBy(reminders.kind, reminders.state)
      .orderBy(reminders.kind, reminders.state);
    const dbLine = states.map((row) => `${row.kind} ${row.state} ${row.n}`).join(", ");
    const unanswered = await this.deps.db
      .select({ n: count() })
      .from(reminders)
      .where(sql`${reminders.state} = 'sent' and ${reminders.outcome} is null`);
    this.out();
    this.out(
      `═ Summary · ${this.options.members} members · ${this.options.days} days · seed ${this.options.seed}`,
    );
    this.out(
      `  reminders sent: ${t.drillDms} drill reminders (and ${t.resent} again after a snooze), ` +
        `${plural(t.checks, "morning check")}`,
    );
    this.out(
      `  answers: ${t.done} done, ${t.snoozed} snoozed, ${t.ignored} not answered, ` +
        `${t.morningAnswers} morning checks answered${t.refused ? `, ${t.refused} refused` : ""}`,
    );
    this.out(`  sets logged: ${t.setsLogged} (${t.setsViaLog} with /log)`);
    this.out(`  level-ups: ${t.stepUps} step-ups (${t.newLevels} to a new level)`);
    this.out(
      `  pain reports: ${t.painReports} · back-offs: ${t.backOffs} (pain reports and worse morning checks) · ` +
        `escalations: ${t.escalations}`,
    );
    this.out(`  skipped reminders: ${t.skipped} (paused or too late) · weekly boards posted: ${t.boards}`);
    this.out(`  database: reminders ${dbLine}; ${unanswered[0]?.n ?? 0} sent and never answered`);
  }

  // -------------------------------------------------------------------------------------------
  // Helpers.

  private interactionId(): string {
    this.interactions += 1;
    return `sim-${this.options.seed}-${this.interactions}`;
  }

  private dayNumber(now: Date): number {
    return daysBetween(START_DATE, localDateAt(now, CLUB_ZONE)) + 1;
  }

  private memberDay(state: MemberState, now: Date): number {
    return daysBetween(state.startLocalDate, localDateAt(now, state.member.timeZone)) + 1;
  }

  private clubDateLabel(localDate: string): string {
    return DateTime.fromISO(localDate, { locale: "en-GB" }).toFormat("ccc d LLL yyyy");
  }

  private format(instant: Date, zone: string, pattern: string): string {
    return DateTime.fromJSDate(instant, { zone }).setLocale("en-GB").toFormat(pattern);
  }
}

// ---------------------------------------------------------------------------------------------

function describeChanges(changes: readonly PainChange[], fmt: (d: Date) => string): string {
  if (changes.length === 0) return "nothing to change";
  const parts = changes.map(({ drill, outcome }) => {
    switch (outcome.kind) {
      case "none":
        return `${drill} unchanged`;
      case "hold":
        return `${drill} held at level ${outcome.at.level}, reps ${outcome.at.reps}`;
      case "step-down":
      case "reset":
        return outcome.moved
          ? `${drill} level ${outcome.from.level} reps ${outcome.from.reps} → level ${outcome.to.level} reps ${outcome.to.reps}`
          : `${drill} stays at level ${outcome.to.level}, reps ${outcome.to.reps}`;
    }
    return drill;
  });
  const holds = changes.flatMap(({ outcome }) => ("holdUntil" in outcome ? [outcome.holdUntil] : []));
  const until =
    holds.length > 0 ? `; no step-up before ${fmt(new Date(Math.max(...holds.map(Number))))}` : "";
  return `${parts.join(", ")}${until}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function pickWeighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error("pickWeighted needs options");
  return last[0];
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function city(zone: string): string {
  return (zone.split("/").at(-1) ?? zone).replace(/_/g, " ");
}

function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function describeDays(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  if (sorted.join() === "1,2,3,4,5") return "mon-fri";
  if (sorted.join() === "6,7") return "sat-sun";
  return sorted.map((d) => DAY_NAMES[d - 1] ?? "?").join(",");
}

function wrap(tokens: readonly string[], separator: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const next = line === "" ? token : `${line}${separator}${token}`;
    if (next.length > width && line !== "") {
      lines.push(line);
      line = token;
    } else {
      line = next;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

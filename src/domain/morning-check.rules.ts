/**
 * The morning check: when to ask how a pain has settled, what each answer means, and when to ask
 * again. It repeats each morning until the answer is "settled" (0-2 and not worse than the night
 * before), for up to a week; pain at 3 or more on two mornings running, any "worse", or a week
 * without settling brings the physician advice. This follows the pain-monitoring model (Silbernagel
 * et al. 2007): some pain during activity may be acceptable, but it must settle by the next morning
 * and must not build from one week to the next. Pure.
 */
import { addDays, localDateAt, wallTimeToInstant } from "./local-time.rules.js";
import {
  decidePain,
  type EscalationReason,
  type PainDecision,
  type PainDrill,
  type PainLocation,
  type PastReport,
} from "./pain.rules.js";
import {
  type Episode,
  type EpisodeReport,
  firstReport,
  isUrgentEpisode,
  lastReport,
  type PainSide,
  placeReport,
} from "./pain-episodes.rules.js";
import { HOUR_MS } from "./time-units.js";

/** The quick answers, as the member reads them: no pain, 1-2, 3-5, 6-7 and 8-10 out of 10. */
export const MORNING_BANDS = ["none", "1-2", "3-5", "6-7", "8-10"] as const;
export type MorningBand = (typeof MORNING_BANDS)[number];

const MORNING_RULES = {
  // The severity stored for each answer: its band's lower bound, the least the member told us. Each
  // band keeps its own number, so "8-10" meets the 7+ rule on its own; "6-7" does not claim it, but
  // it is worse than any evening report under 6, which brings the physician advice anyway.
  severity: { none: 0, "1-2": 1, "3-5": 3, "6-7": 6, "8-10": 8 },
  // Settled: pain this low, and not worse than the night before. Mild pain that has eased overnight
  // is what the pain-monitoring model accepts.
  settledMax: 2,
  // At this or more on two mornings running, the pain is not settling overnight.
  unsettledMin: 3,
  // The check repeats each morning up to this many days after the episode began; still not settled
  // on the last one, it has not resolved in a week.
  days: 7,
} as const satisfies { severity: Record<MorningBand, number> } & Record<string, unknown>;

/** Buttons sent before the bands were split (a "6+" still in an old DM) read as the nearest band. */
const OLDER_BANDS: Readonly<Record<string, MorningBand>> = { "6+": "6-7" };

/** The band a button carries, or null for anything else (a stale or forged button). */
export function parseMorningBand(raw: string | undefined): MorningBand | null {
  if (raw === undefined) return null;
  if ((MORNING_BANDS as readonly string[]).includes(raw)) return raw as MorningBand;
  return OLDER_BANDS[raw] ?? null;
}

/** Where a severity falls among the answers' bands: 0 none, 1 "1-2", ... 4 "8-10". */
function bandIndex(severity: number): number {
  return MORNING_BANDS.findLastIndex((band) => MORNING_RULES.severity[band] <= severity);
}

/** An answer at a higher band than the report before it. */
function isWorse(answer: number, night: number): boolean {
  return bandIndex(answer) > bandIndex(night);
}

function isSettled(answer: number, night: number): boolean {
  return answer <= MORNING_RULES.settledMax && !isWorse(answer, night);
}

/** 08:00 local when the member has no reminder window. */
const DEFAULT_MORNING_MINUTES = 8 * 60;
/** Pain must settle overnight: a check sooner than this after the report would ask too early. */
const MIN_HOURS_BEFORE_MORNING_CHECK = 6;

interface ReminderWindow {
  readonly windowStart: number | null;
  readonly windowEnd: number | null;
  readonly times: readonly number[] | null;
}

/** 08:00 moved into the member's reminder window (or their first time), when they expect to hear from Dorsi. */
export function morningCheckMinutes(window: ReminderWindow | null): number {
  const firstTime = window?.times?.length ? Math.min(...window.times) : null;
  if (firstTime !== null) return firstTime;
  if (window?.windowStart == null || window.windowEnd == null) return DEFAULT_MORNING_MINUTES;
  const { windowStart: start, windowEnd: end } = window;
  const inside =
    start <= end
      ? DEFAULT_MORNING_MINUTES >= start && DEFAULT_MORNING_MINUTES <= end
      : DEFAULT_MORNING_MINUTES >= start || DEFAULT_MORNING_MINUTES <= end;
  return inside ? DEFAULT_MORNING_MINUTES : start;
}

export function nextMorningCheck(
  now: Date,
  timeZone: string,
  minutes: number,
): { readonly localDate: string; readonly dueAt: Date } {
  const earliest = now.getTime() + MIN_HOURS_BEFORE_MORNING_CHECK * HOUR_MS;
  let localDate = localDateAt(now, timeZone);
  for (;;) {
    const dueAt = wallTimeToInstant(localDate, minutes, timeZone);
    if (dueAt.getTime() >= earliest) return { localDate, dueAt };
    localDate = addDays(localDate, 1);
  }
}

/** The local date of the last morning an episode opened on `openedOn` is checked. */
function lastCheckMorning(openedOn: string): string {
  return addDays(openedOn, MORNING_RULES.days);
}

/**
 * The checks to plan for an episode that opened on `openedOn`: every morning from the next one
 * (nextMorningCheck) to the last of its week, or just the next one when `atLeastOne` (after "worse",
 * which is asked about again even at the end of the week).
 */
export function episodeCheckTimes(
  now: Date,
  timeZone: string,
  minutes: number,
  openedOn: string,
  atLeastOne: boolean,
): { readonly localDate: string; readonly dueAt: Date }[] {
  const first = nextMorningCheck(now, timeZone, minutes);
  const last = lastCheckMorning(openedOn);
  const checks = [];
  for (let date = first.localDate; date <= last; date = addDays(date, 1)) {
    checks.push({ localDate: date, dueAt: wallTimeToInstant(date, minutes, timeZone) });
  }
  return checks.length === 0 && atLeastOne ? [first] : checks;
}

/**
 * Whether the check of `checkDate` asks again: its episode was answered before, or the last report
 * is older than the night before. A first check names that report instead.
 */
export function isRepeatCheck(
  latest: Pick<EpisodeReport, "localDate" | "morningAnswer">,
  checkDate: string,
): boolean {
  return latest.morningAnswer || checkDate > addDays(latest.localDate, 1);
}

/**
 * The episode still waiting for morning checks on `today`, if any: the most recently reported one
 * whose week is not over and whose last answer did not settle it. Another episode's settling hands
 * the next mornings to it.
 */
export function episodeAwaitingChecks(episodes: readonly Episode[], today: string): Episode | null {
  const waiting = episodes.filter((episode) => {
    const [night, answer] = episode.reports.slice(-2);
    const settled = answer?.morningAnswer === true && night && isSettled(answer.severity, night.severity);
    return !settled && today <= lastCheckMorning(firstReport(episode).localDate);
  });
  return (
    waiting.sort((a, b) => lastReport(b).reportedAt.getTime() - lastReport(a).reportedAt.getTime())[0] ?? null
  );
}

// ---------------------------------------------------------------------------------------------------
// The answer

interface MorningCheckInput {
  readonly band: MorningBand;
  /** The episode the check follows up; null for a check after a first day at a new level. */
  readonly episodeId: number | null;
  /** The matrix the answer is about: the one its episode last named, or the new level's (null: both). */
  readonly drill: PainDrill | null;
  /** The local morning the check asked about, and when the member answered. */
  readonly localDate: string;
  readonly answeredAt: Date;
  /** The member's earlier reports, the episode's among them (the app loads them). */
  readonly recent: readonly PastReport[];
}

type MorningOutcome = "settled" | "unsettled" | "worse";

export interface MorningCheckResult {
  readonly outcome: MorningOutcome;
  /** What to store for the answer: its severity (MORNING_RULES.severity) and place. */
  readonly severity: number;
  readonly location: PainLocation;
  readonly side: PainSide | null;
  /** The episode the answer follows up; null when it opens one (pain after a new level). */
  readonly episodeId: number | null;
  /** What changes and what to advise: only "worse" backs off; the reasons include the morning's. */
  readonly decision: PainDecision;
  /** Ask again the next morning. */
  readonly askAgain: boolean;
  /** The pause offer comes with "keep going" (never on the urgent tier). */
  readonly keepGoing: boolean;
}

const NO_CHANGE = { drills: [], backOff: { kind: "none" } } as const;

/**
 * What an answer means. After a pain report, it is a follow-up of that episode: settled, unsettled
 * (the plan stays as the report left it; asked again tomorrow) or worse (backs off as /pain would,
 * and asked again). After a first day at a new level there was no pain the night before, so pain now
 * is a new report, decided as /pain would decide it. Never raises a level or shortens a hold.
 */
export function decideMorningCheck(input: MorningCheckInput): MorningCheckResult {
  const severity = MORNING_RULES.severity[input.band];
  const at = input.answeredAt;
  const episode = placeReport(input.recent, { location: "other", at, episodeId: input.episodeId }).current;
  const place = { location: episode?.location ?? "other", side: episode?.side ?? null };
  const report = {
    ...place,
    severity,
    drill: input.drill ?? "unknown",
    context: "morning" as const,
    reportedAt: at,
    episodeId: episode?.id ?? null,
  };
  const keepGoing = !(episode && isUrgentEpisode(episode));
  const shared = { severity, ...place, episodeId: episode?.id ?? null, keepGoing };
  if (!episode) {
    const decision = decidePain(report, input.recent);
    return { ...shared, outcome: severity === 0 ? "settled" : "worse", decision, askAgain: severity > 0 };
  }
  const night = lastReport(episode).severity;
  const worse = isWorse(severity, night);
  const settled = isSettled(severity, night);
  // A settled answer needs nothing more: it is judged as a pain-free check-in.
  const decided = decidePain(settled ? { ...report, severity: 0 } : report, input.recent);
  const morning = morningReasons(input, episode, severity, { worse, settled });
  // "Worse than the night before" says what "rising" would, more precisely.
  const general = (decided.escalation?.reasons ?? []).filter((reason) => !(worse && reason === "rising"));
  const reasons = [...new Set([...general, ...morning])];
  const decision: PainDecision = {
    ...decided,
    plan: worse ? decided.plan : NO_CHANGE,
    escalation: reasons.length > 0 ? { reasons } : null,
    advisePhysician: decided.advisePhysician || morning.length > 0,
    offerPause: decided.offerPause || morning.length > 0,
  };
  const outcome = worse ? "worse" : settled ? "settled" : "unsettled";
  const lastMorning = input.localDate >= lastCheckMorning(firstReport(episode).localDate);
  return { ...shared, outcome, decision, askAgain: worse || (!settled && !lastMorning) };
}

function morningReasons(
  input: MorningCheckInput,
  episode: Episode,
  severity: number,
  answer: { readonly worse: boolean; readonly settled: boolean },
): EscalationReason[] {
  if (answer.settled) return [];
  const reasons: EscalationReason[] = [];
  if (answer.worse) reasons.push("worse-overnight");
  const previous = episode.reports.findLast((report) => report.morningAnswer);
  const { unsettledMin } = MORNING_RULES;
  if (severity >= unsettledMin && previous && previous.severity >= unsettledMin) {
    reasons.push("unsettled-two-mornings");
  }
  if (input.localDate >= lastCheckMorning(firstReport(episode).localDate)) reasons.push("not-settling");
  return reasons;
}

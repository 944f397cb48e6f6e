/**
 * Episodes: one pain problem, followed over days. A report opens an episode for its place (location
 * and side); a later report at the same place within 72 h of the episode's last report, and every
 * morning-check answer about it, are follow-ups of it. The rules that count how often pain came back
 * ("three in 14 days") count episodes, so following a pain up never makes it look like a new one.
 *
 * Pure: the reports come in as stored, time as arguments.
 */

import type { PainLocation } from "./pain.rules.js";
import { HOUR_MS } from "./time-units.js";
import type { SignFinding } from "./warning-signs.rules.js";

export const SIDES = ["left", "right", "both"] as const;
export type PainSide = (typeof SIDES)[number];

const EPISODE_RULES = {
  // A report at the same place within this long of the episode's last report is the same problem
  // still going on: three days is the longest hold a moderate pain gets (72 h) to settle.
  followUpHours: 72,
} as const;

/** A stored report as the episode rules read it. */
export interface EpisodeReport {
  readonly id: number;
  /** The episode it follows up; null when it opened one (or, pain-free, stands alone). */
  readonly episodeId: number | null;
  readonly severity: number;
  readonly location: PainLocation;
  readonly side: PainSide | null;
  readonly reportedAt: Date;
  /** The member's local calendar day of the report. */
  readonly localDate: string;
  /** An answer to a morning check (the settling rules read these). */
  readonly morningAnswer: boolean;
  /** The tier of the warning signs reported with it, picked or in its note (null: none). */
  readonly signTier: SignFinding["tier"];
}

export interface Episode {
  /** The id of the report that opened it. */
  readonly id: number;
  readonly location: PainLocation;
  /** The first side any of its reports named (null while none did). */
  readonly side: PainSide | null;
  /** Oldest first; the first one opened it. */
  readonly reports: readonly EpisodeReport[];
}

/** Where a new report is, and when; `episodeId` when it is known to follow one (a morning answer). */
export interface ReportPlace {
  readonly location: PainLocation;
  readonly side?: PainSide | null;
  readonly at: Date;
  readonly episodeId?: number | null;
}

/**
 * Unknown on either side matches any side, and "both" overlaps left and right: the same pain may be
 * named more or less precisely from one report to the next.
 */
function sidesOverlap(a: PainSide | null | undefined, b: PainSide | null | undefined): boolean {
  return a == null || b == null || a === b || a === "both" || b === "both";
}

function byTime(a: EpisodeReport, b: EpisodeReport): number {
  return a.reportedAt.getTime() - b.reportedAt.getTime() || a.id - b.id;
}

/** Pain, or a warning sign: a sign outranks the number, so a sign at 0 counts as much as pain. */
function isTrouble(report: EpisodeReport): boolean {
  return report.severity >= 1 || report.signTier !== null;
}

/**
 * The member's reports grouped into episodes, oldest episode first. A report of pain or a warning
 * sign that follows no episode opens one; a pain-free one that follows none opens nothing. A
 * follow-up whose opening report is not among `reports` still groups with its episode's others.
 */
export function groupEpisodes(reports: readonly EpisodeReport[]): Episode[] {
  const episodes = new Map<number, EpisodeReport[]>();
  for (const report of [...reports].sort(byTime)) {
    const id = report.episodeId ?? (isTrouble(report) ? report.id : null);
    if (id === null) continue;
    const members = episodes.get(id) ?? [];
    members.push(report);
    episodes.set(id, members);
  }
  return [...episodes.entries()].map(([id, members]) => {
    const [first] = members as [EpisodeReport, ...EpisodeReport[]];
    const side = members.find((report) => report.side !== null)?.side ?? null;
    return { id, location: first.location, side, reports: members };
  });
}

export function lastReport(episode: Episode): EpisodeReport {
  const last = episode.reports.at(-1);
  if (!last) throw new RangeError(`episode ${episode.id} has no report`);
  return last;
}

export function firstReport(episode: Episode): EpisodeReport {
  const [first] = episode.reports;
  if (!first) throw new RangeError(`episode ${episode.id} has no report`);
  return first;
}

/**
 * The episode a new report at `place` follows up: the one named, or else the episode at the same
 * location with an overlapping side whose last report is at most 72 h before; the most recently
 * reported when several are. Null: the report opens a new episode (or, pain-free, stands alone).
 */
function followedEpisode(episodes: readonly Episode[], place: ReportPlace): Episode | null {
  if (place.episodeId != null) return episodes.find((episode) => episode.id === place.episodeId) ?? null;
  const at = place.at.getTime();
  const candidates = episodes.filter((episode) => {
    const age = at - lastReport(episode).reportedAt.getTime();
    return (
      episode.location === place.location &&
      sidesOverlap(episode.side, place.side) &&
      age >= 0 &&
      age <= EPISODE_RULES.followUpHours * HOUR_MS
    );
  });
  return candidates.sort((a, b) => byTime(lastReport(b), lastReport(a)))[0] ?? null;
}

/** The member's episodes from their earlier reports, and the one a new report at `place` follows. */
export function placeReport(
  recent: readonly EpisodeReport[],
  place: ReportPlace,
): { readonly episodes: readonly Episode[]; readonly current: Episode | null } {
  const episodes = groupEpisodes(
    recent.filter((report) => report.reportedAt.getTime() <= place.at.getTime()),
  );
  return { episodes, current: followedEpisode(episodes, place) };
}

/** An episode with an urgent warning sign: its pause offer never comes with "keep going". */
export function isUrgentEpisode(episode: Episode): boolean {
  return episode.reports.some((report) => report.signTier === "urgent");
}

/**
 * How many episodes a new painful report at `place` makes within the window of `windowHours`
 * before it: the other episodes with pain or a sign in the window, and the report's own.
 */
export function painfulEpisodesInWindow(
  episodes: readonly Episode[],
  current: Episode | null,
  at: Date,
  windowHours: number,
): number {
  const since = at.getTime() - windowHours * HOUR_MS;
  const others = episodes.filter(
    (episode) =>
      episode.id !== current?.id &&
      episode.reports.some((report) => isTrouble(report) && report.reportedAt.getTime() >= since),
  );
  return others.length + 1;
}

import { readFile } from "node:fs/promises";

/** Helpers for bench/discord.ts: the bot process's memory, percentiles. */

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The node process that runs src/main.ts. `tsx` is a small CLI that re-launches node with its
 * loader, so the bot is the wrapper's child (or the wrapper itself if it ever stops doing that).
 */
export async function botPid(wrapperPid: number): Promise<number> {
  const children = await readFile(`/proc/${wrapperPid}/task/${wrapperPid}/children`, "utf8").catch(() => "");
  const [first] = children.trim().split(/\s+/).filter(Boolean).map(Number);
  return first ?? wrapperPid;
}

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS, kB). */
export async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const match = status.match(/^VmRSS:\s+(\d+)\s+kB/m);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

import { claimTip, claimWelcome, recordWelcomeChannel } from "../db/repos/welcomes.repository.js";
import type { AppDeps } from "./deps.js";

/** Posts the welcome in a server (implemented in discord/, where the channel is chosen). */
export interface WelcomePoster {
  /** The channel the welcome went to, or null when the bot may post in none. */
  postWelcome(): Promise<string | null>;
}

type WelcomeOutcome = "posted" | "nowhere" | "already";

/**
 * Welcomes a server once, ever: the claim comes first, so a second process or a restart that sees
 * the same arrival posts nothing; a post that then fails is not tried again (silence beats a repeat).
 */
export async function welcomeServer(
  deps: AppDeps,
  guildId: string,
  poster: WelcomePoster,
): Promise<WelcomeOutcome> {
  if (!(await claimWelcome(deps.db, guildId, deps.clock.now()))) return "already";
  const channelId = await poster.postWelcome();
  if (channelId === null) return "nowhere";
  await recordWelcomeChannel(deps.db, guildId, channelId);
  return "posted";
}

/** True once per person: their first command of any kind earns a short tip on what to do next. */
export async function takeFirstCommandTip(deps: AppDeps, userId: string): Promise<boolean> {
  return claimTip(deps.db, userId, deps.clock.now());
}

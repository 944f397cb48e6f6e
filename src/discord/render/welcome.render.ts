import type { Translator } from "../../i18n/i18n.js";
import type { CommandMention } from "../command-mentions.js";

/** Nobody is pinged by a welcome: not @everyone, not @here, not a role or a member. */
export const NO_PINGS = { parse: [] } as const;

/** The server welcome: what Dorsi does, the runners' first step, the admins' first step. */
export function renderWelcome(mention: CommandMention, tr: Translator): string {
  return [
    tr.t("welcome.post.what"),
    tr.t("welcome.post.members", {
      schedule: mention("schedule"),
      log: mention("log"),
      help: mention("help"),
    }),
    tr.t("welcome.post.admins", { club: mention("club") }),
  ].join("\n");
}

/** The one-time tip after a first command: the next step, which depends on what that command was. */
export function renderFirstTip(commandName: string, mention: CommandMention, tr: Translator): string {
  const mentions = { schedule: mention("schedule"), log: mention("log"), help: mention("help") };
  return commandName === "schedule"
    ? tr.t("welcome.tip.afterSchedule", mentions)
    : tr.t("welcome.tip.start", mentions);
}

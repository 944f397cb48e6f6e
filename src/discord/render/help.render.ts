import type { Translator } from "../../i18n/i18n.js";
import type { CommandMention } from "../command-mentions.js";

type Group = "start" | "practise" | "pain" | "progress" | "club" | "privacy";
type Line =
  | "schedule"
  | "help"
  | "drills"
  | "log"
  | "runs"
  | "pause"
  | "resume"
  | "pain"
  | "progress"
  | "measure"
  | "leaderboard"
  | "clubStats"
  | "club"
  | "privacy";

/** The commands as a member looks for them: each group, and each line's command. */
const GROUPS: readonly (readonly [Group, readonly (readonly [Line, string])[]])[] = [
  [
    "start",
    [
      ["schedule", "schedule"],
      ["help", "help"],
    ],
  ],
  [
    "practise",
    [
      ["drills", "drills"],
      ["log", "log"],
      ["runs", "runs"],
      ["pause", "pause"],
      ["resume", "resume"],
    ],
  ],
  ["pain", [["pain", "pain"]]],
  [
    "progress",
    [
      ["progress", "progress"],
      ["measure", "measure"],
    ],
  ],
  [
    "club",
    [
      ["leaderboard", "leaderboard"],
      ["clubStats", "club-stats"],
      ["club", "club"],
    ],
  ],
  ["privacy", [["privacy", "privacy"]]],
];

/**
 * /help: what Dorsi is, the commands in groups as clickable mentions (only those Discord knows), and
 * that none of it is medical advice.
 */
export function renderHelp(
  mention: CommandMention,
  registered: (command: string) => boolean,
  tr: Translator,
) {
  const sections = GROUPS.flatMap(([group, lines]) => {
    const known = lines.filter(([, command]) => registered(command));
    if (known.length === 0) return [];
    const items = known.map(
      ([line, command]) => `- ${tr.t(`help.line.${line}`, { command: mention(command) })}`,
    );
    return [`**${tr.t(`help.group.${group}`)}**\n${items.join("\n")}`];
  });
  return [tr.t("help.intro"), ...sections, `-# ${tr.t("help.notMedical")}`].join("\n\n");
}

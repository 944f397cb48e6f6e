import type { ComponentHandler, SlashCommand } from "../command.js";
import { nudgeButtons } from "../components/attention.component.js";
import { logHurtButton } from "../components/log-hurt.component.js";
import { measureHowButton } from "../components/measure-guide.component.js";
import { painKeepButton, painPauseButton } from "../components/pain-escalation.component.js";
import { privacyCancelButton, privacyDeleteButton } from "../components/privacy-delete.component.js";
import {
  morningCheckButtons,
  reminderDoneButton,
  reminderPainButton,
  reminderSnoozeButton,
} from "../components/reminder-buttons.component.js";
import { runCheckButtons, runWarmupButtons } from "../components/run-buttons.component.js";
import { seenButton, warningSignsQuestion } from "../components/warning-signs.component.js";
import { clubCommand } from "./club.command.js";
import { clubStatsCommand } from "./club-stats.command.js";
import { drillsCommand } from "./drills.command.js";
import { helpCommand } from "./help.command.js";
import { leaderboardCommand } from "./leaderboard.command.js";
import { logCommand } from "./log.command.js";
import { measureCommand } from "./measure.command.js";
import { painCommand } from "./pain.command.js";
import { pauseCommand } from "./pause.command.js";
import { privacyCommand } from "./privacy.command.js";
import { progressCommand } from "./progress.command.js";
import { resumeCommand } from "./resume.command.js";
import { runsCommand } from "./runs.command.js";
import { scheduleCommand } from "./schedule.command.js";

/** Every slash command, listed explicitly so a test can check each definition. */
export const commands: readonly SlashCommand[] = [
  scheduleCommand,
  logCommand,
  painCommand,
  progressCommand,
  drillsCommand,
  leaderboardCommand,
  pauseCommand,
  resumeCommand,
  clubCommand,
  privacyCommand,
  measureCommand,
  runsCommand,
  helpCommand,
  clubStatsCommand,
];

/** Buttons, menus and modals (reminder Done / Pain / Snooze, warning signs, confirmations). */
export const components: readonly ComponentHandler[] = [
  painPauseButton,
  painKeepButton,
  warningSignsQuestion,
  seenButton,
  privacyDeleteButton,
  privacyCancelButton,
  reminderDoneButton,
  reminderSnoozeButton,
  reminderPainButton,
  morningCheckButtons,
  logHurtButton,
  measureHowButton,
  runWarmupButtons,
  runCheckButtons,
  nudgeButtons,
];

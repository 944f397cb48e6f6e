import type { ComponentHandler, SlashCommand } from "../command.js";
import { painKeepButton, painPauseButton } from "../components/pain-escalation.js";
import { privacyCancelButton, privacyDeleteButton } from "../components/privacy-delete.js";
import {
  morningCheckButtons,
  reminderDoneButton,
  reminderPainButton,
  reminderSnoozeButton,
} from "../components/reminder-buttons.js";
import { clubCommand } from "./club.js";
import { drillsCommand } from "./drills.js";
import { leaderboardCommand } from "./leaderboard.js";
import { logCommand } from "./log.js";
import { painCommand } from "./pain.js";
import { pauseCommand } from "./pause.js";
import { privacyCommand } from "./privacy.js";
import { progressCommand } from "./progress.js";
import { resumeCommand } from "./resume.js";
import { scheduleCommand } from "./schedule.js";

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
];

/** Buttons and modals (reminder Done / Pain / Snooze, confirmations). */
export const components: readonly ComponentHandler[] = [
  painPauseButton,
  painKeepButton,
  privacyDeleteButton,
  privacyCancelButton,
  reminderDoneButton,
  reminderSnoozeButton,
  reminderPainButton,
  morningCheckButtons,
];

import attention from "./attention.catalog.js";
import board from "./board.catalog.js";
import clubStats from "./club-stats.catalog.js";
import common from "./common.catalog.js";
import drills from "./drills.catalog.js";
import help from "./help.catalog.js";
import measure from "./measure.catalog.js";
import pain from "./pain.catalog.js";
import pictures from "./pictures.catalog.js";
import privacy from "./privacy.catalog.js";
import progress from "./progress.catalog.js";
import reminders from "./reminders.catalog.js";
import runs from "./runs.catalog.js";
import schedule from "./schedule.catalog.js";
import signs from "./signs.catalog.js";
import welcome from "./welcome.catalog.js";

export default {
  common,
  drills,
  pain,
  progress,
  schedule,
  board,
  reminders,
  privacy,
  signs,
  pictures,
  measure,
  runs,
  welcome,
  help,
  clubStats,
  attention,
} as const;

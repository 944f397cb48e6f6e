import board from "./board.js";
import common from "./common.js";
import drills from "./drills.js";
import pain from "./pain.js";
import privacy from "./privacy.js";
import progress from "./progress.js";
import reminders from "./reminders.js";
import schedule from "./schedule.js";

export default { common, drills, pain, progress, schedule, board, reminders, privacy } as const;

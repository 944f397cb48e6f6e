import { pauseReminders } from "../../app/pause.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { ComponentHandler } from "../command.js";
import { buttonOwner } from "../preconditions.js";
import { PAIN_KEEP_PREFIX, PAIN_PAUSE_PREFIX } from "../render/pain.render.js";
import { discordTime } from "../render/time.render.js";

export const painPauseButton: ComponentHandler = {
  prefix: PAIN_PAUSE_PREFIX,
  preconditions: [buttonOwner],
  async button(interaction, [_ownerId, days], { deps }) {
    const { until } = await pauseReminders(deps, callerOf(interaction), Number(days));
    const tr = translator(interaction.locale);
    const paused = until
      ? tr.t("pain.answer.pausedUntil", { until: discordTime(until) })
      : tr.t("pain.answer.pausedOpenEnded");
    await interaction.update({
      content: `${interaction.message.content}\n\n${paused}`,
      components: [],
    });
  },
};

export const painKeepButton: ComponentHandler = {
  prefix: PAIN_KEEP_PREFIX,
  preconditions: [buttonOwner],
  async button(interaction) {
    await interaction.update({
      content: `${interaction.message.content}\n\n${translator(interaction.locale).t("pain.answer.kept")}`,
      components: [],
    });
  },
};

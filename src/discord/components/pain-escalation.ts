import { pauseReminders } from "../../app/pause.js";
import { callerOf } from "../caller.js";
import { assertButtonOwner, type ComponentHandler } from "../command.js";
import { PAIN_KEEP_PREFIX, PAIN_PAUSE_PREFIX } from "../render/pain.js";
import { discordTime } from "../render/time.js";

export const painPauseButton: ComponentHandler = {
  prefix: PAIN_PAUSE_PREFIX,
  async button(interaction, [ownerId, days], { deps }) {
    assertButtonOwner(ownerId, interaction.user.id);
    const { until } = await pauseReminders(deps, callerOf(interaction), Number(days));
    await interaction.update({
      content: `${interaction.message.content}\n\nReminders paused until ${until ? discordTime(until) : "you /resume"}. Your streak is kept. Take care, and /resume when you're ready.`,
      components: [],
    });
  },
};

export const painKeepButton: ComponentHandler = {
  prefix: PAIN_KEEP_PREFIX,
  async button(interaction, [ownerId]) {
    assertButtonOwner(ownerId, interaction.user.id);
    await interaction.update({
      content: `${interaction.message.content}\n\nOK, reminders keep coming at the gentler plan. Stay out of pain, and tell me with /pain if it changes.`,
      components: [],
    });
  },
};

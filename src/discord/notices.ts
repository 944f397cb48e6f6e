import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import { takeDmsClosedNotice } from "../app/reminder-delivery.usecases.js";
import { takeFirstCommandTip } from "../app/welcome.usecases.js";
import { translator } from "../i18n/i18n.js";
import type { HandlerContext } from "./command.js";
import { mentionsOf } from "./command-mentions.js";
import { renderFirstTip } from "./render/welcome.render.js";

/**
 * After a command's reply: tells a member, once, that their reminders stopped because DMs are
 * closed; and gives a person's first command ever a short tip on what to do next.
 */
export async function sendPendingNotices(
  interaction: ChatInputCommandInteraction,
  context: HandlerContext,
): Promise<void> {
  const tr = translator(interaction.locale);
  if (await takeFirstCommandTip(context.deps, interaction.user.id)) {
    const content = renderFirstTip(interaction.commandName, mentionsOf(interaction.client), tr);
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
  }
  if (interaction.commandName === "resume") return;
  if (await takeDmsClosedNotice(context.deps, interaction.user.id)) {
    await interaction.followUp({ content: tr.t("reminders.dmsClosedNotice"), flags: MessageFlags.Ephemeral });
  }
}

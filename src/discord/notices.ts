import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import { takeDmsClosedNotice } from "../app/reminders.usecases.js";
import { translator } from "../i18n/i18n.js";
import type { HandlerContext } from "./command.js";

/** Tells a member, once, at their next command, that their reminders stopped because DMs are closed. */
export async function sendPendingNotices(
  interaction: ChatInputCommandInteraction,
  context: HandlerContext,
): Promise<void> {
  if (interaction.commandName === "resume") return;
  if (await takeDmsClosedNotice(context.deps, interaction.user.id)) {
    const content = translator(interaction.locale).t("reminders.dmsClosedNotice");
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
  }
}

import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import { takeDmsClosedNotice } from "../app/reminders.js";
import type { HandlerContext } from "./command.js";

export const DMS_CLOSED_NOTICE =
  "I couldn't send you a reminder: your direct messages are closed to me, so reminders are stopped. " +
  "To get them again, allow direct messages from this server's members (server name → Privacy Settings → Direct Messages), then run /resume.";

/** Tells a member, once, at their next command, that their reminders stopped because DMs are closed. */
export async function sendPendingNotices(
  interaction: ChatInputCommandInteraction,
  context: HandlerContext,
): Promise<void> {
  if (interaction.commandName === "resume") return;
  if (await takeDmsClosedNotice(context.deps, interaction.user.id)) {
    await interaction.followUp({ content: DMS_CLOSED_NOTICE, flags: MessageFlags.Ephemeral });
  }
}

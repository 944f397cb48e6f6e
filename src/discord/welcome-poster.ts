import { ChannelType, type Guild, type GuildTextBasedChannel, PermissionFlagsBits } from "discord.js";
import type { WelcomePoster } from "../app/welcome.usecases.js";
import { translator } from "../i18n/i18n.js";
import { mentionsOf } from "./command-mentions.js";
import { NO_PINGS, renderWelcome } from "./render/welcome.render.js";

const CAN_POST = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages] as const;

/**
 * Posts the welcome in the server's system channel when the bot may post there, else in the first
 * text channel (in the server's own order) where it may, in the server's preferred language.
 */
export function welcomePosterFor(guild: Guild): WelcomePoster {
  return {
    async postWelcome() {
      const channel = await welcomeChannel(guild);
      if (!channel) return null;
      const content = renderWelcome(mentionsOf(guild.client), translator(guild.preferredLocale));
      await channel.send({ content, allowedMentions: NO_PINGS });
      return channel.id;
    },
  };
}

async function welcomeChannel(guild: Guild): Promise<GuildTextBasedChannel | null> {
  const me = await guild.members.fetchMe();
  const canPost = (channel: GuildTextBasedChannel) => channel.permissionsFor(me)?.has([...CAN_POST]) ?? false;
  const system = guild.systemChannel;
  if (system && canPost(system)) return system;
  const texts = [...guild.channels.cache.values()]
    .filter((channel) => channel.type === ChannelType.GuildText)
    .sort((a, b) => a.rawPosition - b.rawPosition || a.id.localeCompare(b.id));
  return texts.find(canPost) ?? null;
}

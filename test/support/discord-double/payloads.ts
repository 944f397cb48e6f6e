import {
  type APIApplication,
  type APIAttachment,
  type APIChannel,
  type APIDMChannel,
  type APIGuildMember,
  type APIMessage,
  type APIRole,
  type APIUser,
  ApplicationFlags,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  type GuildSystemChannelFlags,
  GuildVerificationLevel,
  type Locale,
  MessageType,
  type RoleFlags,
  type UserFlags,
} from "discord.js";
import type {
  DoubleChannel,
  DoubleGuild,
  DoubleMember,
  DoubleRole,
  DoubleState,
  DoubleUser,
  RecordedMessage,
} from "./state.js";

/** Flags a typical verified-intent-free bot application carries. */
export const APPLICATION_FLAGS =
  ApplicationFlags.GatewayGuildMembersLimited |
  ApplicationFlags.GatewayMessageContentLimited |
  ApplicationFlags.ApplicationCommandBadge;

export function apiUser(user: DoubleUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: "0",
    global_name: user.globalName,
    avatar: null,
    ...(user.bot ? { bot: true } : {}),
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
}

export function apiRole(role: DoubleRole): APIRole {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.botId !== null,
    mentionable: false,
    flags: 0 as RoleFlags,
    ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
  };
}

export function apiMember(state: DoubleState, member: DoubleMember): APIGuildMember {
  return {
    user: apiUser(state.requireUser(member.userId)),
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: member.roleIds,
    joined_at: member.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
  };
}

export function apiChannel(channel: DoubleChannel, state: DoubleState): APIChannel {
  if (channel.recipientId !== null) {
    const dm: APIDMChannel = {
      id: channel.id,
      type: ChannelType.DM,
      last_message_id: lastMessageId(state, channel.id),
      recipients: [apiUser(state.requireUser(channel.recipientId))],
      flags: 0 as ChannelFlags,
      name: null,
    };
    return dm;
  }
  return {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId ?? undefined,
    name: channel.name ?? "",
    position: channel.position,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    flags: 0,
    ...(channel.type === ChannelType.GuildCategory
      ? {}
      : { topic: null, last_message_id: lastMessageId(state, channel.id), rate_limit_per_user: 0 }),
  } as unknown as APIChannel;
}

function lastMessageId(state: DoubleState, channelId: string): string | null {
  return state.messagesIn(channelId).at(-1)?.id ?? null;
}

export function apiGuild(guild: DoubleGuild, state: DoubleState): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    region: "",
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: guild.roles.map(apiRole),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.channelIds[0] ?? null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: guild.preferredLocale as Locale,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    // Gateway-only GUILD_CREATE fields.
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.size,
    voice_states: [],
    members: [...guild.members.values()].map((member) => apiMember(state, member)),
    channels: guild.channelIds.map((id) =>
      apiChannel(state.requireChannel(id), state),
    ) as GatewayGuildCreateDispatchData["channels"],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function apiAttachments(message: RecordedMessage, baseUrl: string): APIAttachment[] {
  return message.attachments.map((attachment) => {
    const url = `${baseUrl}/attachments/${message.channelId}/${attachment.id}/${encodeURIComponent(attachment.filename)}`;
    return {
      id: attachment.id,
      filename: attachment.filename,
      size: attachment.size,
      url,
      proxy_url: url,
      content_type: attachment.contentType,
      ...(attachment.description ? { description: attachment.description } : {}),
    };
  });
}

export function apiMessage(message: RecordedMessage, state: DoubleState, baseUrl: string): APIMessage {
  const fromInteraction = message.interactionId ? state.interactions.get(message.interactionId) : undefined;
  return {
    id: message.id,
    channel_id: message.channelId,
    author: apiUser(state.requireUser(message.authorId)),
    content: message.content,
    timestamp: message.createdAt.toISOString(),
    edited_timestamp: message.editedAt?.toISOString() ?? null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: apiAttachments(message, baseUrl),
    embeds: message.embeds,
    components: message.components,
    pinned: false,
    type:
      fromInteraction && message.source === "interaction"
        ? MessageType.ChatInputCommand
        : MessageType.Default,
    flags: message.flags,
    ...(message.nonce !== null ? { nonce: message.nonce } : {}),
    ...(fromInteraction ? { webhook_id: state.applicationId, application_id: state.applicationId } : {}),
    ...(fromInteraction
      ? {
          interaction_metadata: {
            id: fromInteraction.id,
            type: fromInteraction.type,
            user: apiUser(state.requireUser(fromInteraction.userId)),
            authorizing_integration_owners: fromInteraction.payload.authorizing_integration_owners,
          },
        }
      : {}),
  } as APIMessage;
}

export function apiApplication(state: DoubleState): APIApplication {
  return {
    id: state.applicationId,
    name: state.bot.username,
    icon: null,
    description: "",
    bot_public: true,
    bot_require_code_grant: false,
    bot: apiUser(state.bot),
    verify_key: "0".repeat(64),
    flags: APPLICATION_FLAGS,
    flags_new: String(APPLICATION_FLAGS),
    team: null,
    summary: "",
  };
}

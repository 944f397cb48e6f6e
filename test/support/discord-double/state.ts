import { EventEmitter } from "node:events";
import {
  type APIApplicationCommand,
  type APIEmbed,
  type APIInteraction,
  type APIMessageTopLevelComponent,
  ApplicationCommandType,
  ChannelType,
  type InteractionResponseType,
  type InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import { unknownChannel, unknownGuild, unknownMessage, unknownUser } from "./errors.js";
import { snowflake } from "./snowflake.js";

export interface DoubleUser {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  /** The language of the user's Discord client, sent with each of their interactions. */
  locale: string;
}

export interface DoubleChannel {
  id: string;
  type: ChannelType;
  name: string | null;
  guildId: string | null;
  /** Set for DM channels only. */
  recipientId: string | null;
  position: number;
}

export interface DoubleRole {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  /** The bot's integration role carries `tags.bot_id`. */
  botId: string | null;
}

export interface DoubleMember {
  userId: string;
  nick: string | null;
  roleIds: string[];
  joinedAt: string;
}

export interface DoubleGuild {
  id: string;
  name: string;
  ownerId: string;
  roles: DoubleRole[];
  channelIds: string[];
  members: Map<string, DoubleMember>;
  joinedAt: string;
  preferredLocale: string;
}

export interface RecordedAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  description: string | null;
  data: Buffer;
}

/** How a message came to exist: a plain channel send, an interaction's original response or a follow-up. */
export type MessageSource = "channel" | "interaction" | "followup";

export interface RecordedMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  authorId: string;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  attachments: RecordedAttachment[];
  flags: number;
  ephemeral: boolean;
  nonce: string | number | null;
  source: MessageSource;
  interactionId: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  /** Every JSON body the bot sent for this message: the create, then each edit. */
  history: unknown[];
}

export interface CallbackRecord {
  interactionId: string;
  type: InteractionResponseType;
  /** The callback's `data` exactly as the bot sent it (message fields, choices or a modal). */
  data: Record<string, unknown> | undefined;
  at: Date;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string;
  guildId: string | null;
  userId: string;
  payload: APIInteraction;
  /** The message a component (or a modal opened from one) belongs to. */
  sourceMessageId: string | null;
  callbacks: CallbackRecord[];
  originalMessageId: string | null;
  followUpIds: string[];
  lastActivityAt: number;
}

/** Message fields as normalised from a create or edit body; absent fields are left unchanged on edit. */
export interface MessageInput {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  flags?: number;
  /** Attachments to keep or add; absent on edit means "keep all and append the uploaded files". */
  attachments?: RecordedAttachment[];
}

export interface DoubleEvents {
  message: [RecordedMessage];
  messageUpdate: [RecordedMessage];
  callback: [CallbackRecord];
  /** Any state change; `waitFor` re-checks its predicate on each. */
  change: [];
}

const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

const GLOBAL_SCOPE = "global";

export class DoubleState extends EventEmitter<DoubleEvents> {
  readonly users = new Map<string, DoubleUser>();
  readonly guilds = new Map<string, DoubleGuild>();
  readonly channels = new Map<string, DoubleChannel>();
  readonly messages = new Map<string, RecordedMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly dmsClosed = new Set<string>();
  /** Awaited after the bot posts a message and before its request is answered (see onMessagePosted). */
  readonly postedHooks = new Set<(message: RecordedMessage) => Promise<void> | void>();
  private readonly commandsByScope = new Map<string, APIApplicationCommand[]>();
  private readonly dmChannelByUser = new Map<string, string>();
  registrationCount = 0;

  constructor(
    readonly bot: DoubleUser,
    readonly applicationId: string,
    private readonly botPermissions: bigint,
  ) {
    super();
    // Each pending waitFor listens for changes, and a test may wait on many interactions at once.
    this.setMaxListeners(0);
    this.users.set(bot.id, bot);
  }

  changed(): void {
    this.emit("change");
  }

  addUser(input: {
    id?: string;
    username: string;
    globalName?: string;
    bot?: boolean;
    locale?: string;
  }): DoubleUser {
    const user: DoubleUser = {
      id: input.id ?? snowflake(),
      username: input.username,
      globalName: input.globalName ?? null,
      bot: input.bot ?? false,
      locale: input.locale ?? "en-US",
    };
    this.users.set(user.id, user);
    return user;
  }

  requireUser(id: string): DoubleUser {
    const user = this.users.get(id);
    if (!user) throw unknownUser();
    return user;
  }

  addGuild(input: {
    id?: string;
    name: string;
    ownerId?: string;
    memberIds: string[];
    preferredLocale?: string;
  }): DoubleGuild {
    const id = input.id ?? snowflake();
    const now = new Date().toISOString();
    const botRole: DoubleRole = {
      id: snowflake(),
      name: this.bot.username,
      permissions: this.botPermissions,
      position: 1,
      botId: this.bot.id,
    };
    const everyone: DoubleRole = {
      id,
      name: "@everyone",
      permissions: DEFAULT_EVERYONE_PERMISSIONS,
      position: 0,
      botId: null,
    };
    const ownerId = input.ownerId ?? input.memberIds[0] ?? this.addUser({ username: "owner" }).id;
    const guild: DoubleGuild = {
      id,
      name: input.name,
      ownerId,
      roles: [everyone, botRole],
      channelIds: [],
      members: new Map(),
      joinedAt: now,
      preferredLocale: input.preferredLocale ?? "en-US",
    };
    for (const userId of new Set([ownerId, ...input.memberIds])) {
      guild.members.set(userId, { userId, nick: null, roleIds: [], joinedAt: now });
    }
    guild.members.set(this.bot.id, { userId: this.bot.id, nick: null, roleIds: [botRole.id], joinedAt: now });
    this.guilds.set(id, guild);
    return guild;
  }

  addChannel(input: { id?: string; name: string; type?: ChannelType; guildId: string }): DoubleChannel {
    const guild = this.requireGuild(input.guildId);
    const channel: DoubleChannel = {
      id: input.id ?? snowflake(),
      type: input.type ?? ChannelType.GuildText,
      name: input.name,
      guildId: guild.id,
      recipientId: null,
      position: guild.channelIds.length,
    };
    this.channels.set(channel.id, channel);
    guild.channelIds.push(channel.id);
    return channel;
  }

  requireGuild(id: string): DoubleGuild {
    const guild = this.guilds.get(id);
    if (!guild) throw unknownGuild();
    return guild;
  }

  requireChannel(id: string): DoubleChannel {
    const channel = this.channels.get(id);
    if (!channel) throw unknownChannel();
    return channel;
  }

  /** The bot's DM channel with a user; Discord keeps one stable channel per recipient. */
  dmChannel(userId: string): DoubleChannel {
    this.requireUser(userId);
    const existing = this.dmChannelByUser.get(userId);
    if (existing) return this.requireChannel(existing);
    const channel: DoubleChannel = {
      id: snowflake(),
      type: ChannelType.DM,
      name: null,
      guildId: null,
      recipientId: userId,
      position: 0,
    };
    this.channels.set(channel.id, channel);
    this.dmChannelByUser.set(userId, channel.id);
    return channel;
  }

  /** Permissions as Discord computes them at guild level: owner gets everything, Administrator implies all. */
  memberPermissions(guild: DoubleGuild, userId: string): bigint {
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    const roleIds = new Set([guild.id, ...(guild.members.get(userId)?.roleIds ?? [])]);
    const granted = guild.roles
      .filter((role) => roleIds.has(role.id))
      .reduce((all, role) => all | role.permissions, 0n);
    return granted & PermissionFlagsBits.Administrator ? ALL_PERMISSIONS : granted;
  }

  createMessage(
    channel: DoubleChannel,
    input: MessageInput,
    meta: { source: MessageSource; nonce?: string | number | null; interactionId?: string | null },
  ): RecordedMessage {
    const flags = input.flags ?? 0;
    const message: RecordedMessage = {
      id: snowflake(),
      channelId: channel.id,
      guildId: channel.guildId,
      authorId: this.bot.id,
      content: input.content ?? "",
      embeds: input.embeds ?? [],
      components: input.components ?? [],
      attachments: input.attachments ?? [],
      flags,
      ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
      nonce: meta.nonce ?? null,
      source: meta.source,
      interactionId: meta.interactionId ?? null,
      createdAt: new Date(),
      editedAt: null,
      deleted: false,
      history: [input],
    };
    this.messages.set(message.id, message);
    this.emit("message", message);
    this.changed();
    return message;
  }

  /** Applies an edit; `markEdited` is false when a deferred "thinking" placeholder gets its first content. */
  editMessage(message: RecordedMessage, input: MessageInput, markEdited = true): RecordedMessage {
    if (input.content !== undefined) message.content = input.content;
    if (input.embeds !== undefined) message.embeds = input.embeds;
    if (input.components !== undefined) message.components = input.components;
    if (input.attachments !== undefined) message.attachments = input.attachments;
    // Only the loading/suppress bits change after creation; ephemerality is fixed.
    message.flags &= ~MessageFlags.Loading;
    if (input.flags !== undefined) {
      const mutable = MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;
      message.flags = (message.flags & ~mutable) | (input.flags & mutable);
    }
    if (markEdited) message.editedAt = new Date();
    message.history.push(input);
    this.emit("messageUpdate", message);
    this.changed();
    return message;
  }

  requireMessage(channelId: string, messageId: string): RecordedMessage {
    const message = this.messages.get(messageId);
    if (!message || message.deleted || message.channelId !== channelId) throw unknownMessage();
    return message;
  }

  deleteMessage(message: RecordedMessage): void {
    message.deleted = true;
    this.changed();
  }

  messagesIn(channelId: string): RecordedMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId && !m.deleted);
  }

  /** The first message sent with this nonce in the channel within the window (Discord's `enforce_nonce`). */
  findByNonce(channelId: string, nonce: string | number, windowMs: number): RecordedMessage | undefined {
    const since = Date.now() - windowMs;
    return this.messagesIn(channelId).find((m) => m.nonce === nonce && m.createdAt.getTime() >= since);
  }

  commands(guildId?: string): APIApplicationCommand[] {
    return this.commandsByScope.get(guildId ?? GLOBAL_SCOPE) ?? [];
  }

  /** Bulk overwrite: commands keep their id (and version, if unchanged) when name and type match. */
  overwriteCommands(
    guildId: string | undefined,
    bodies: RESTPostAPIApplicationCommandsJSONBody[],
  ): APIApplicationCommand[] {
    const previous = this.commands(guildId);
    const next = bodies.map((body) => this.toCommand(guildId, body, previous));
    this.commandsByScope.set(guildId ?? GLOBAL_SCOPE, next);
    this.registrationCount++;
    this.changed();
    return next;
  }

  upsertCommand(
    guildId: string | undefined,
    body: RESTPostAPIApplicationCommandsJSONBody,
  ): { command: APIApplicationCommand; created: boolean } {
    const previous = this.commands(guildId);
    const command = this.toCommand(guildId, body, previous);
    const created = !previous.some((c) => c.id === command.id);
    this.commandsByScope.set(guildId ?? GLOBAL_SCOPE, [
      ...previous.filter((c) => c.id !== command.id),
      command,
    ]);
    this.changed();
    return { command, created };
  }

  deleteCommand(guildId: string | undefined, commandId: string): boolean {
    const previous = this.commands(guildId);
    const remaining = previous.filter((c) => c.id !== commandId);
    this.commandsByScope.set(guildId ?? GLOBAL_SCOPE, remaining);
    this.changed();
    return remaining.length !== previous.length;
  }

  /** A registered chat-input command as a user in this guild (or DM) would see it: guild commands shadow global ones. */
  findCommand(name: string, guildId: string | null): APIApplicationCommand | undefined {
    const isChatInput = (c: APIApplicationCommand) =>
      c.name === name && c.type === ApplicationCommandType.ChatInput;
    return (
      (guildId ? this.commands(guildId).find(isChatInput) : undefined) ?? this.commands().find(isChatInput)
    );
  }

  private toCommand(
    guildId: string | undefined,
    body: RESTPostAPIApplicationCommandsJSONBody,
    previous: APIApplicationCommand[],
  ): APIApplicationCommand {
    const type = body.type ?? ApplicationCommandType.ChatInput;
    const definition = {
      type,
      name: body.name,
      name_localizations: body.name_localizations ?? null,
      description: "description" in body ? (body.description ?? "") : "",
      description_localizations:
        "description_localizations" in body ? (body.description_localizations ?? null) : null,
      ...("options" in body && body.options?.length ? { options: body.options } : {}),
      default_member_permissions: body.default_member_permissions ?? null,
      nsfw: body.nsfw ?? false,
      integration_types: body.integration_types ?? [0],
      contexts: body.contexts ?? null,
    } as Omit<APIApplicationCommand, "id" | "application_id" | "version">;
    const existing = previous.find((c) => c.name === body.name && c.type === type);
    const unchanged = existing && JSON.stringify(stripIdentity(existing)) === JSON.stringify(definition);
    return {
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      ...definition,
      version: unchanged ? existing.version : snowflake(),
    };
  }
}

function stripIdentity(
  command: APIApplicationCommand,
): Omit<APIApplicationCommand, "id" | "application_id" | "version"> {
  const { id: _id, application_id: _app, version: _version, guild_id: _guild, ...definition } = command;
  return definition;
}

import { randomBytes } from "node:crypto";
import {
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type APIInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  type Locale,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import { apiChannel, apiMember, apiMessage, apiRole, apiUser } from "./payloads.js";
import { snowflake } from "./snowflake.js";
import type {
  CallbackRecord,
  DoubleState,
  InteractionRecord,
  RecordedAttachment,
  RecordedMessage,
} from "./state.js";

export type OptionValue = string | number | boolean;

/** Who acts and where: omit `guildId` for a DM with the bot. */
export interface InteractionContext {
  user: string | { id: string };
  guildId?: string;
  /** Defaults to the guild's first text channel, or the user's DM channel. */
  channelId?: string;
  /** Overrides the member's computed guild permissions. */
  memberPermissions?: bigint;
  /** Overrides the user's own locale (any string: tests use a pseudo-locale too). */
  locale?: string;
}

export interface CommandInput extends InteractionContext {
  name: string;
  options?: Record<string, OptionValue>;
  subcommandGroup?: string;
  subcommand?: string;
}

export interface AutocompleteInput extends Omit<CommandInput, "options"> {
  focused: { name: string; value: string };
  options?: Record<string, OptionValue>;
}

export interface ComponentInput extends InteractionContext {
  channelId: string;
  messageId: string;
  customId: string;
  /** Selected values, for select menus. */
  values?: string[];
}

export interface ModalInput extends InteractionContext {
  customId: string;
  /** Text input values by custom id (string arrays for selects inside labels). */
  fields: Record<string, string | string[]>;
  /** The message whose component opened the modal; lets the bot update it. */
  messageId?: string;
}

/** Permissions Discord grants an app inside a DM. */
const DM_APP_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.MentionEveryone;

const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

type Resolved = Record<string, Record<string, unknown>>;

/** Builds realistic interaction payloads and registers them in the state before dispatch. */
export class InteractionFactory {
  constructor(
    private readonly state: DoubleState,
    private readonly baseUrl: string,
  ) {}

  command(input: CommandInput): InteractionRecord {
    const base = this.base(InteractionType.ApplicationCommand, input);
    const command = this.requireCommand(input.name, base.guildId);
    const resolved: Resolved = {};
    const options = this.commandOptions(command, input, resolved, base.guildId, false);
    return this.register(base, {
      data: {
        id: command.id,
        name: command.name,
        type: ApplicationCommandType.ChatInput,
        ...(options.length ? { options } : {}),
        ...(Object.keys(resolved).length ? { resolved } : {}),
        ...(command.guild_id ? { guild_id: command.guild_id } : {}),
      },
    });
  }

  autocomplete(input: AutocompleteInput): InteractionRecord {
    const base = this.base(InteractionType.ApplicationCommandAutocomplete, input);
    const command = this.requireCommand(input.name, base.guildId);
    const withFocused = {
      ...input,
      options: { ...input.options, [input.focused.name]: input.focused.value },
    };
    const options = this.commandOptions(command, withFocused, {}, base.guildId, true);
    markFocused(options, input.focused.name);
    return this.register(base, {
      data: { id: command.id, name: command.name, type: ApplicationCommandType.ChatInput, options },
    });
  }

  component(input: ComponentInput): InteractionRecord {
    const base = this.base(InteractionType.MessageComponent, input);
    const message = this.state.requireMessage(base.channelId, input.messageId);
    const component = findComponent(message.components, input.customId);
    if (component === undefined)
      throw new Error(`message ${message.id} has no component with custom_id "${input.customId}"`);
    const componentType = component.type as ComponentType;
    if (componentType === ComponentType.StringSelect) checkSelected(component, input.values, input.customId);
    else if (input.values) throw new Error(`"${input.customId}" is not a select menu: it takes no values`);
    return this.register(
      base,
      {
        message: apiMessage(message, this.state, this.baseUrl),
        data: {
          custom_id: input.customId,
          component_type: componentType,
          ...(input.values ? { values: input.values } : {}),
        },
      },
      message.id,
    );
  }

  modal(input: ModalInput): InteractionRecord {
    const opener = this.latestModal(input.customId);
    const base = this.base(InteractionType.ModalSubmit, {
      ...input,
      ...(input.channelId === undefined && opener ? { channelId: opener.interaction.channelId } : {}),
    });
    const messageId = input.messageId ?? opener?.interaction.sourceMessageId ?? undefined;
    const message = messageId ? this.state.requireMessage(base.channelId, messageId) : undefined;
    const components = modalComponents(opener?.callback, input.fields);
    return this.register(
      base,
      {
        ...(message ? { message: apiMessage(message, this.state, this.baseUrl) } : {}),
        data: { custom_id: input.customId, components },
      },
      message?.id ?? null,
    );
  }

  private latestModal(
    customId: string,
  ): { interaction: InteractionRecord; callback: CallbackRecord } | undefined {
    const opened = [...this.state.interactions.values()]
      .flatMap((interaction) => interaction.callbacks.map((callback) => ({ interaction, callback })))
      .filter(
        ({ callback }) =>
          callback.type === InteractionResponseType.Modal && callback.data?.custom_id === customId,
      );
    return opened.at(-1);
  }

  private requireCommand(name: string, guildId: string | null): APIApplicationCommand {
    const command = this.state.findCommand(name, guildId);
    if (!command)
      throw new Error(
        `/${name} is not registered ${guildId ? `in guild ${guildId} or globally` : "globally"}`,
      );
    return command;
  }

  /** The fields every interaction shares, resolved for the acting user and place. */
  private base(type: InteractionType, input: InteractionContext) {
    const user = this.state.requireUser(typeof input.user === "string" ? input.user : input.user.id);
    // A guild channel implies its guild, so tests may pass just the channel.
    const guildId =
      input.guildId ?? (input.channelId ? this.state.requireChannel(input.channelId).guildId : null);
    const guild = guildId ? this.state.requireGuild(guildId) : undefined;
    const channel = guild
      ? this.state.requireChannel(
          input.channelId ??
            guild.channelIds.find((id) => this.state.channels.get(id)?.type === ChannelType.GuildText) ??
            "",
        )
      : input.channelId
        ? this.state.requireChannel(input.channelId)
        : this.state.dmChannel(user.id);
    const locale = (input.locale ?? user.locale) as Locale;
    const common = {
      id: snowflake(),
      application_id: this.state.applicationId,
      type,
      token: `aW50ZXJhY3Rpb24${randomBytes(48).toString("base64url")}`,
      version: 1,
      channel_id: channel.id,
      channel: apiChannel(channel, this.state),
      locale,
      entitlements: [],
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    };
    if (!guild) {
      return {
        guildId: null,
        channelId: channel.id,
        userId: user.id,
        payload: {
          ...common,
          user: apiUser(user),
          app_permissions: DM_APP_PERMISSIONS.toString(),
          authorizing_integration_owners: { 0: "0" },
          context: InteractionContextType.BotDM,
        },
      };
    }
    const member = guild.members.get(user.id) ?? {
      userId: user.id,
      nick: null,
      roleIds: [],
      joinedAt: new Date().toISOString(),
    };
    const permissions = input.memberPermissions ?? this.state.memberPermissions(guild, user.id);
    return {
      guildId: guild.id,
      channelId: channel.id,
      userId: user.id,
      payload: {
        ...common,
        guild_id: guild.id,
        guild: { id: guild.id, locale: guild.preferredLocale as Locale, features: [] },
        guild_locale: guild.preferredLocale as Locale,
        member: { ...apiMember(this.state, member), permissions: permissions.toString() },
        app_permissions: this.state.memberPermissions(guild, this.state.bot.id).toString(),
        authorizing_integration_owners: { 0: guild.id },
        context: InteractionContextType.Guild,
      },
    };
  }

  private register(
    base: ReturnType<InteractionFactory["base"]>,
    extra: Record<string, unknown>,
    sourceMessageId: string | null = null,
  ): InteractionRecord {
    const payload = { ...base.payload, ...extra } as unknown as APIInteraction;
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      channelId: base.channelId,
      guildId: base.guildId,
      userId: base.userId,
      payload,
      sourceMessageId,
      callbacks: [],
      originalMessageId: null,
      followUpIds: [],
      lastActivityAt: Date.now(),
    };
    this.state.interactions.set(record.id, record);
    return record;
  }

  /** Typed `data.options` for the registered definition, nesting under the subcommand (group). */
  private commandOptions(
    command: APIApplicationCommand,
    input: CommandInput,
    resolved: Resolved,
    guildId: string | null,
    partial: boolean,
  ): Record<string, unknown>[] {
    let definitions = command.options ?? [];
    const path: { name: string; type: ApplicationCommandOptionType }[] = [];
    for (const [name, type] of [
      [input.subcommandGroup, ApplicationCommandOptionType.SubcommandGroup],
      [input.subcommand, ApplicationCommandOptionType.Subcommand],
    ] as const) {
      if (name === undefined) continue;
      const nested = definitions.find((o) => o.name === name && o.type === type);
      if (!nested) throw new Error(`/${command.name} has no ${ApplicationCommandOptionType[type]} "${name}"`);
      // A subcommand without options (e.g. /privacy export) has no "options" key at all.
      definitions = ("options" in nested ? (nested.options ?? []) : []) as APIApplicationCommandOption[];
      path.push({ name, type });
    }
    let options = this.leafOptions(
      command.name,
      definitions,
      input.options ?? {},
      resolved,
      guildId,
      partial,
    );
    for (const { name, type } of path.reverse()) options = [{ name, type, options }];
    return options;
  }

  private leafOptions(
    commandName: string,
    definitions: APIApplicationCommandOption[],
    values: Record<string, OptionValue>,
    resolved: Resolved,
    guildId: string | null,
    partial: boolean,
  ): Record<string, unknown>[] {
    for (const definition of definitions) {
      if (
        !partial &&
        "required" in definition &&
        definition.required &&
        values[definition.name] === undefined
      ) {
        throw new Error(`/${commandName} requires option "${definition.name}"`);
      }
    }
    return Object.entries(values).map(([name, value]) => {
      const definition = definitions.find((o) => o.name === name);
      if (!definition) throw new Error(`/${commandName} has no option "${name}"`);
      const typed = partial ? value : this.typedValue(commandName, definition, value, resolved, guildId);
      return { name, type: definition.type, value: typed };
    });
  }

  private typedValue(
    commandName: string,
    definition: APIApplicationCommandOption,
    value: OptionValue,
    resolved: Resolved,
    guildId: string | null,
  ): OptionValue {
    const choices = "choices" in definition ? definition.choices : undefined;
    if (choices?.length && !choices.some((choice) => choice.value === value)) {
      throw new Error(
        `/${commandName} option "${definition.name}" must be one of its choices, got ${JSON.stringify(value)}`,
      );
    }
    switch (definition.type) {
      case ApplicationCommandOptionType.String:
        return String(value);
      case ApplicationCommandOptionType.Integer:
      case ApplicationCommandOptionType.Number:
        return Number(value);
      case ApplicationCommandOptionType.Boolean:
        return value === true || value === "true";
      case ApplicationCommandOptionType.User:
      case ApplicationCommandOptionType.Channel:
      case ApplicationCommandOptionType.Role:
      case ApplicationCommandOptionType.Mentionable:
        this.resolve(String(value), resolved, guildId);
        return String(value);
      default:
        throw new Error(
          `option type ${ApplicationCommandOptionType[definition.type]} is not supported by the double`,
        );
    }
  }

  /** Adds a user, member, channel or role id to `data.resolved`, as Discord does for entity options. */
  private resolve(id: string, resolved: Resolved, guildId: string | null): void {
    const guild = guildId ? this.state.requireGuild(guildId) : undefined;
    const user = this.state.users.get(id);
    const channel = this.state.channels.get(id);
    const role = guild?.roles.find((r) => r.id === id);
    if (user) {
      entry(resolved, "users")[id] = apiUser(user);
      const member = guild?.members.get(id);
      if (guild && member) {
        const { user: _user, ...rest } = apiMember(this.state, member);
        entry(resolved, "members")[id] = {
          ...rest,
          permissions: this.state.memberPermissions(guild, id).toString(),
        };
      }
    } else if (channel) {
      entry(resolved, "channels")[id] = {
        id,
        type: channel.type,
        name: channel.name,
        permissions: (guild
          ? this.state.memberPermissions(guild, this.state.bot.id)
          : DM_APP_PERMISSIONS
        ).toString(),
        ...(channel.guildId ? { guild_id: channel.guildId, parent_id: null } : {}),
      };
    } else if (role) {
      entry(resolved, "roles")[id] = apiRole(role);
    } else {
      throw new Error(`no user, channel or role with id ${id} to resolve`);
    }
  }
}

function entry(
  resolved: Resolved,
  kind: "users" | "members" | "channels" | "roles",
): Record<string, unknown> {
  resolved[kind] ??= {};
  return resolved[kind];
}

function markFocused(options: Record<string, unknown>[], name: string): void {
  for (const option of options) {
    if (Array.isArray(option.options)) markFocused(option.options as Record<string, unknown>[], name);
    else if (option.name === name) {
      option.focused = true;
      option.value = String(option.value);
    }
  }
}

function findComponent(components: unknown[], customId: string): Record<string, unknown> | undefined {
  for (const component of components as Record<string, unknown>[]) {
    if (component.custom_id === customId) return component;
    const children = [component.components, component.accessory, component.component].flat().filter(Boolean);
    const nested = findComponent(children, customId);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

/**
 * What Discord's client lets a member send from a string select: only its options, as many as its
 * min_values/max_values allow (1 and 1 by default); in a modal, none at all when it is not required.
 */
function checkSelected(
  select: Record<string, unknown>,
  values: readonly string[] | undefined,
  id: string,
): void {
  if (values === undefined) throw new Error(`select menu "${id}" needs values`);
  const options = (select.options as { value: string }[] | undefined) ?? [];
  const unknown = values.filter((value) => !options.some((option) => option.value === value));
  if (unknown.length) throw new Error(`select menu "${id}" has no option ${unknown.join(", ")}`);
  const min = select.required === false ? 0 : ((select.min_values as number | undefined) ?? 1);
  const max = (select.max_values as number | undefined) ?? 1;
  if (values.length < min || values.length > max || new Set(values).size !== values.length) {
    throw new Error(`select menu "${id}" takes ${min}-${max} distinct values, got ${values.length}`);
  }
}

const SELECT_TYPES: readonly ComponentType[] = [
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
];

/** Mirrors the modal the bot showed (action rows or labels); plain text-input rows if it showed none. */
function modalComponents(
  opened: CallbackRecord | undefined,
  fields: Record<string, string | string[]>,
): unknown[] {
  const submitted = (component: Record<string, unknown>): Record<string, unknown> => {
    const id = String(component.custom_id);
    // A select left empty in a modal comes back with no values.
    const value = fields[id] ?? (SELECT_TYPES.includes(component.type as ComponentType) ? [] : undefined);
    if (component.type === ComponentType.StringSelect) checkSelected(component, value as string[], id);
    return Array.isArray(value)
      ? { type: component.type, id: component.id, custom_id: id, values: value }
      : { type: component.type, id: component.id, custom_id: id, value: value ?? "" };
  };
  const shown = (opened?.data?.components ?? []) as Record<string, unknown>[];
  if (shown.length === 0) {
    return Object.entries(fields).map(([customId, value]) => ({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.TextInput, custom_id: customId, value: String(value) }],
    }));
  }
  const known = new Set<string>();
  const result = shown.map((top) => {
    if (top.type === ComponentType.ActionRow) {
      const children = (top.components as Record<string, unknown>[]).map((c) => {
        known.add(String(c.custom_id));
        return submitted(c);
      });
      return { type: top.type, id: top.id, components: children };
    }
    if (top.type === ComponentType.Label) {
      const child = top.component as Record<string, unknown>;
      known.add(String(child.custom_id));
      return { type: top.type, id: top.id, component: submitted(child) };
    }
    return { type: top.type, id: top.id };
  });
  const unknown = Object.keys(fields).filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`the modal the bot showed has no inputs ${unknown.join(", ")}`);
  return result;
}

/** The user-visible result of an interaction once the bot has finished responding. */
export interface InteractionReply {
  /** The first callback's type (4 reply, 5 deferred, 6 deferred update, 7 update, 9 modal). */
  type: InteractionResponseType;
  content: string;
  embeds: RecordedMessage["embeds"];
  components: RecordedMessage["components"];
  attachments: RecordedAttachment[];
  ephemeral: boolean;
  flags: number;
  /** The original response message (the updated message for component updates); null for modals. */
  message: RecordedMessage | null;
  followUps: RecordedMessage[];
  /** The modal's data when the bot answered with one. */
  modal: Record<string, unknown> | null;
}

export type Waiter = <T>(
  check: () => T | undefined | null | false,
  timeoutMs: number,
  what: string,
) => Promise<T>;

export interface SettleOptions {
  timeoutMs?: number;
  /** How long the interaction must see no further bot activity to count as settled. */
  quietMs?: number;
}

/** What a test holds after dispatching an interaction. */
export class InteractionHandle {
  constructor(
    readonly record: InteractionRecord,
    private readonly state: DoubleState,
    private readonly waitFor: Waiter,
  ) {}

  get id(): string {
    return this.record.id;
  }

  /** The first callback the bot sent (type and data). */
  response(timeoutMs = 5000): Promise<CallbackRecord> {
    return this.waitFor(() => this.record.callbacks[0], timeoutMs, `a callback for interaction ${this.id}`);
  }

  /** Waits for the response, for a deferred reply to be filled, then for the bot to go quiet. */
  async settled({ timeoutMs = 5000, quietMs = 150 }: SettleOptions = {}): Promise<InteractionReply> {
    const deadline = Date.now() + timeoutMs;
    const callback = await this.response(timeoutMs);
    if (callback.type === InteractionResponseType.DeferredChannelMessageWithSource) {
      await this.waitFor(
        () => {
          const original = this.original();
          return original && (original.deleted || (original.flags & MessageFlags.Loading) === 0);
        },
        deadline - Date.now(),
        `the deferred reply to ${this.id} to be edited`,
      );
    }
    while (Date.now() - this.record.lastActivityAt < quietMs && Date.now() < deadline) {
      await new Promise((resolve) =>
        setTimeout(resolve, quietMs - (Date.now() - this.record.lastActivityAt)),
      );
    }
    return this.snapshot(callback);
  }

  /** Shorthand for `settled()`: the final reply as the user sees it. */
  reply(options?: SettleOptions): Promise<InteractionReply> {
    return this.settled(options);
  }

  private original(): RecordedMessage | undefined {
    return this.record.originalMessageId ? this.state.messages.get(this.record.originalMessageId) : undefined;
  }

  private snapshot(callback: CallbackRecord): InteractionReply {
    const message = this.original();
    const visible = message && !message.deleted ? message : undefined;
    return {
      type: callback.type,
      content: visible?.content ?? "",
      embeds: visible?.embeds ?? [],
      components: visible?.components ?? [],
      attachments: visible?.attachments ?? [],
      ephemeral: visible?.ephemeral ?? false,
      flags: visible?.flags ?? 0,
      message: visible ?? null,
      followUps: this.record.followUpIds.flatMap((id) => {
        const followUp = this.state.messages.get(id);
        return followUp && !followUp.deleted ? [followUp] : [];
      }),
      modal: callback.type === InteractionResponseType.Modal ? (callback.data ?? null) : null,
    };
  }
}

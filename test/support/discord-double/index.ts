import { randomBytes } from "node:crypto";
import type { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIApplicationCommand,
  type APIApplicationCommandOptionChoice,
  type ChannelType,
  GatewayDispatchEvents,
  InteractionResponseType,
  PermissionFlagsBits,
} from "discord.js";
import { Gateway } from "./gateway.js";
import { interactionRoutes } from "./interaction-routes.js";
import {
  type AutocompleteInput,
  type CommandInput,
  type ComponentInput,
  InteractionFactory,
  InteractionHandle,
  type ModalInput,
} from "./interactions.js";
import { type FaultSpec, Faults, RateLimits } from "./limits.js";
import { apiGuild } from "./payloads.js";
import { API_PREFIX, type RequestLogEntry, RestRouter } from "./rest.js";
import { commandRoutes, coreRoutes, messageRoutes } from "./routes.js";
import { snowflake } from "./snowflake.js";
import {
  type DoubleEvents,
  type DoubleGuild,
  DoubleState,
  type DoubleUser,
  type RecordedMessage,
} from "./state.js";

export type { InteractionReply, OptionValue, SettleOptions } from "./interactions.js";
export { InteractionHandle } from "./interactions.js";
export { type FaultSpec, GLOBAL_WINDOW_MS } from "./limits.js";
export type { RequestLogEntry } from "./rest.js";
export type {
  CallbackRecord,
  DoubleEvents,
  DoubleUser,
  RecordedAttachment,
  RecordedMessage,
} from "./state.js";

export interface DiscordDoubleOptions {
  token?: string;
  botUsername?: string;
  /** Permissions of the bot's managed role in every guild. */
  botPermissions?: bigint;
  /** Answer 429 (global) once more than this many bot-authenticated requests arrive within a second. */
  globalRateLimitPerSecond?: number;
  /** `X-RateLimit-Limit` per route bucket and 1 s window; purely informational unless discord.js runs it down. */
  bucketLimit?: number;
  heartbeatIntervalMs?: number;
  /** How long `enforce_nonce` deduplicates sends in a channel. */
  nonceWindowMs?: number;
}

export interface GuildSpec {
  id?: string;
  name: string;
  ownerId?: string;
  /** The server's language (Discord's preferred_locale); en-US when left out. */
  preferredLocale?: string;
  channels?: { id?: string; name: string; type?: ChannelType }[];
  /** Existing user ids, or users to create. */
  members?: (string | { id?: string; username: string })[];
}

export interface ChannelView {
  id: string;
  name: string;
  type: ChannelType;
}

export interface GuildView {
  id: string;
  name: string;
  ownerId: string;
  channels: ChannelView[];
  members: DoubleUser[];
}

const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands;

/** Starts the double on 127.0.0.1 with an ephemeral port. */
export async function startDiscordDouble(options: DiscordDoubleOptions = {}): Promise<DiscordDouble> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return new DiscordDouble(server, options);
}

/** A local Discord (REST API v10 + gateway) that an unmodified discord.js Client can log in to. */
export class DiscordDouble {
  readonly baseUrl: string;
  /** Pass as `rest: { api }`; discord.js appends `/v10`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: DoubleUser;
  /** Emits `message`, `messageUpdate`, `callback` and `change`. */
  readonly events: EventEmitter<DoubleEvents>;
  private readonly state: DoubleState;
  private readonly gateway: Gateway;
  private readonly router: RestRouter;
  private readonly faults = new Faults();
  private readonly limits: RateLimits;
  private readonly factory: InteractionFactory;

  constructor(
    private readonly server: Server,
    options: DiscordDoubleOptions,
  ) {
    const { port } = server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.apiUrl = `${this.baseUrl}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    const botId = snowflake();
    this.token =
      options.token ??
      `${Buffer.from(botId).toString("base64url")}.${randomBytes(4).toString("base64url")}.${randomBytes(27).toString("base64url")}`;
    this.applicationId = botId;
    this.botUser = {
      id: botId,
      username: options.botUsername ?? "Dorsi",
      globalName: null,
      bot: true,
      locale: "en-US",
    };
    this.state = new DoubleState(
      this.botUser,
      this.applicationId,
      options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
    );
    this.events = this.state;
    this.limits = new RateLimits(options.bucketLimit ?? 50, options.globalRateLimitPerSecond);
    this.factory = new InteractionFactory(this.state, this.baseUrl);
    this.gateway = new Gateway(
      this.state,
      this.token,
      options.heartbeatIntervalMs ?? 41_250,
      () => this.gatewayUrl,
    );
    const context = {
      state: this.state,
      baseUrl: this.baseUrl,
      gatewayUrl: this.gatewayUrl,
      nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
    };
    this.router = new RestRouter(
      [
        ...coreRoutes(context),
        ...commandRoutes(context),
        ...messageRoutes(context),
        ...interactionRoutes(context),
      ],
      this.token,
      this.faults,
      this.limits,
      () => this.state.changed(),
    );
    server.on("request", (req, res) => void this.serve(req, res));
    server.on("upgrade", (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
  }

  // --- world setup ---------------------------------------------------------

  addUser(input: { id?: string; username: string; globalName?: string; locale?: string }): DoubleUser {
    return this.state.addUser(input);
  }

  /** Adds a guild the bot is in; a connected client receives GUILD_CREATE. */
  addGuild(spec: GuildSpec): GuildView {
    const memberIds = (spec.members ?? []).map((member) =>
      typeof member === "string" ? this.state.requireUser(member).id : this.state.addUser(member).id,
    );
    const guild = this.state.addGuild({
      ...(spec.id ? { id: spec.id } : {}),
      name: spec.name,
      ...(spec.ownerId ? { ownerId: spec.ownerId } : {}),
      ...(spec.preferredLocale ? { preferredLocale: spec.preferredLocale } : {}),
      memberIds,
    });
    for (const channel of spec.channels ?? [{ name: "general" }])
      this.state.addChannel({ ...channel, guildId: guild.id });
    this.gateway.dispatch(GatewayDispatchEvents.GuildCreate, apiGuild(guild, this.state), guild.id);
    return this.guildView(guild);
  }

  setDmsClosed(userId: string, closed: boolean): void {
    if (closed) this.state.dmsClosed.add(userId);
    else this.state.dmsClosed.delete(userId);
  }

  /**
   * Runs `hook` on each new message the bot posts to a channel or DM, once the message exists (the
   * member can read and click it) and before the bot's request is answered, which waits for the
   * hook: the moment between a message going out and the bot learning that it did. Returns a
   * function that removes the hook.
   */
  onMessagePosted(hook: (message: RecordedMessage) => Promise<void> | void): () => void {
    this.state.postedHooks.add(hook);
    return () => {
      this.state.postedHooks.delete(hook);
    };
  }

  /** Fails the next matching request(s), e.g. `{ route: /\/channels\/\d+\/messages/, status: 403, code: 50007 }`. */
  failNext(spec: FaultSpec): void {
    this.faults.add(spec);
  }

  // --- interactions --------------------------------------------------------

  /** Resolves once a client has identified and received READY plus its GUILD_CREATEs. */
  waitForReady(timeoutMs = 5000): Promise<void> {
    return this.waitFor(
      () => this.gateway.readyCount > 0 && this.gateway.connected,
      timeoutMs,
      "a client to identify",
    ).then(() => undefined);
  }

  /** Dispatches a slash command typed against the registered definition. */
  runCommand(input: CommandInput): InteractionHandle {
    return this.dispatchInteraction(this.factory.command(input));
  }

  /** Dispatches an autocomplete interaction and resolves with the choices the bot returned. */
  async autocomplete(
    input: AutocompleteInput & { timeoutMs?: number },
  ): Promise<APIApplicationCommandOptionChoice[]> {
    const callback = await this.dispatchInteraction(this.factory.autocomplete(input)).response(
      input.timeoutMs,
    );
    if (callback.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) {
      throw new Error(`autocomplete answered with callback type ${callback.type}`);
    }
    return (callback.data?.choices ?? []) as APIApplicationCommandOptionChoice[];
  }

  clickButton(input: Omit<ComponentInput, "values">): InteractionHandle {
    return this.dispatchInteraction(this.factory.component(input));
  }

  selectMenu(input: ComponentInput & { values: string[] }): InteractionHandle {
    return this.dispatchInteraction(this.factory.component(input));
  }

  submitModal(input: ModalInput): InteractionHandle {
    return this.dispatchInteraction(this.factory.modal(input));
  }

  /**
   * Delivers an interaction's INTERACTION_CREATE again, as Discord may after a gateway resume; the
   * handle of the first delivery still reads the callbacks.
   */
  redeliver(handle: InteractionHandle): void {
    this.gateway.dispatch(
      GatewayDispatchEvents.InteractionCreate,
      handle.record.payload,
      guildOf(handle.record),
    );
  }

  private dispatchInteraction(record: InteractionHandle["record"]): InteractionHandle {
    const guildId = guildOf(record);
    if (!this.gateway.reaches(guildId)) {
      throw new Error(
        this.gateway.connected
          ? `no client connected to the gateway holds the shard of ${guildId ?? "DMs"}`
          : "no client is connected to the gateway",
      );
    }
    this.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, record.payload, guildId);
    return new InteractionHandle(record, this.state, this.waitFor);
  }

  // --- inspection ----------------------------------------------------------

  messagesIn(channelId: string): RecordedMessage[] {
    return this.state.messagesIn(channelId);
  }

  /** The id of the bot's DM channel with a user, as POST /users/@me/channels would answer it. */
  dmChannelId(userId: string): string {
    return this.state.dmChannel(userId).id;
  }

  dmsTo(userId: string): RecordedMessage[] {
    return this.state.messagesIn(this.state.dmChannel(userId).id);
  }

  /** Every message the bot created, in order, including deleted and ephemeral ones. */
  allMessages(): RecordedMessage[] {
    return [...this.state.messages.values()];
  }

  commands(options: { guildId?: string } = {}): APIApplicationCommand[] {
    return this.state.commands(options.guildId);
  }

  /** Number of bulk-overwrite (PUT) registrations, global and guild. */
  get registrationCount(): number {
    return this.state.registrationCount;
  }

  /** 429 responses sent, injected or from the global limit. */
  get rateLimitedCount(): number {
    return this.limits.rateLimitedCount;
  }

  /** Every REST request answered, in order. */
  get requests(): readonly RequestLogEntry[] {
    return this.router.log;
  }

  /** Resolves with the first truthy value of `check`, re-evaluated on every state change. */
  readonly waitFor = <T>(
    check: () => T | undefined | null | false,
    timeoutMs = 5000,
    what = "condition",
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const evaluate = () => {
        const value = check();
        if (value === undefined || value === null || value === false) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(
        () => {
          cleanup();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
        },
        Math.max(0, timeoutMs),
      );
      const cleanup = () => {
        clearTimeout(timer);
        this.state.off("change", evaluate);
      };
      this.state.on("change", evaluate);
      evaluate();
    });

  /** Closes every socket and the server. */
  async stop(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private guildView(guild: DoubleGuild): GuildView {
    return {
      id: guild.id,
      name: guild.name,
      ownerId: guild.ownerId,
      channels: guild.channelIds.map((id) => {
        const channel = this.state.requireChannel(id);
        return { id, name: channel.name ?? "", type: channel.type };
      }),
      members: [...guild.members.keys()]
        .filter((id) => id !== this.botUser.id)
        .map((id) => this.state.requireUser(id)),
    };
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", this.baseUrl).pathname;
    if (path.startsWith("/attachments/")) return this.serveAttachment(path, res);
    if (!path.startsWith(API_PREFIX)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    await this.router.handle(req, res);
  }

  private serveAttachment(path: string, res: ServerResponse): void {
    const [, , , attachmentId] = path.split("/");
    const attachment = this.allMessages()
      .flatMap((message) => message.attachments)
      .find((a) => a.id === attachmentId);
    res.statusCode = attachment ? 200 : 404;
    if (attachment) res.setHeader("Content-Type", attachment.contentType);
    res.end(attachment?.data);
  }
}

/** The server an interaction happens in; null in DMs. */
function guildOf(record: InteractionHandle["record"]): string | null {
  return "guild_id" in record.payload && record.payload.guild_id !== undefined
    ? record.payload.guild_id
    : null;
}

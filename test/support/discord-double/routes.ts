import {
  ApplicationCommandType,
  MessageFlags,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import { ApiError, cannotMessageUser, invalidFormBody, unknownCommand, unknownMember } from "./errors.js";
import { parseMessageBody } from "./message-body.js";
import { apiApplication, apiChannel, apiMember, apiMessage, apiRole, apiUser } from "./payloads.js";
import type { RestReply, RestRequest, RouteDefinition } from "./rest.js";
import type { DoubleState } from "./state.js";

export interface RouteContext {
  state: DoubleState;
  /** `http://127.0.0.1:PORT`, for attachment URLs. */
  baseUrl: string;
  gatewayUrl: string;
  nonceWindowMs: number;
}

const ok = (body: unknown): RestReply => ({ status: 200, body });
const noContent: RestReply = { status: 204 };
const missingAccess = () => new ApiError(403, 50001, "Missing Access");

export function coreRoutes(ctx: RouteContext): RouteDefinition[] {
  const { state } = ctx;
  const gateway = { url: ctx.gatewayUrl };
  return [
    { method: "GET", template: "/gateway", auth: false, handler: () => ok(gateway) },
    {
      method: "GET",
      template: "/gateway/bot",
      auth: true,
      handler: () =>
        ok({
          ...gateway,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        }),
    },
    { method: "GET", template: "/users/@me", auth: true, handler: () => ok(apiUser(state.bot)) },
    {
      method: "GET",
      template: "/users/:userId",
      auth: true,
      handler: (r) => ok(apiUser(state.requireUser(param(r, "userId")))),
    },
    {
      method: "POST",
      template: "/users/@me/channels",
      auth: true,
      handler: (r) =>
        ok(apiChannel(state.dmChannel(String((r.json as { recipient_id?: unknown })?.recipient_id)), state)),
    },
    { method: "GET", template: "/applications/@me", auth: true, handler: () => ok(apiApplication(state)) },
    {
      method: "GET",
      template: "/oauth2/applications/@me",
      auth: true,
      handler: () => ok(apiApplication(state)),
    },
    {
      method: "GET",
      template: "/channels/:channelId",
      auth: true,
      handler: (r) => ok(apiChannel(state.requireChannel(param(r, "channelId")), state)),
    },
    {
      method: "GET",
      template: "/guilds/:guildId",
      auth: true,
      handler: (r) => ok(guildSummary(state, param(r, "guildId"))),
    },
    {
      method: "GET",
      template: "/guilds/:guildId/channels",
      auth: true,
      handler: (r) =>
        ok(
          state
            .requireGuild(param(r, "guildId"))
            .channelIds.map((id) => apiChannel(state.requireChannel(id), state)),
        ),
    },
    {
      method: "GET",
      template: "/guilds/:guildId/roles",
      auth: true,
      handler: (r) => ok(state.requireGuild(param(r, "guildId")).roles.map(apiRole)),
    },
    {
      method: "GET",
      template: "/guilds/:guildId/members/:userId",
      auth: true,
      handler: (r) => {
        const member = state.requireGuild(param(r, "guildId")).members.get(param(r, "userId"));
        if (!member) throw unknownMember();
        return ok(apiMember(state, member));
      },
    },
  ];
}

function guildSummary(state: DoubleState, guildId: string): unknown {
  const guild = state.requireGuild(guildId);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: guild.ownerId,
    roles: guild.roles.map(apiRole),
    emojis: [],
    features: [],
    stickers: [],
  };
}

export function commandRoutes({ state }: RouteContext): RouteDefinition[] {
  const scope = (r: RestRequest): string | undefined => {
    if (param(r, "appId") !== state.applicationId) throw missingAccess();
    return r.params.guildId === undefined ? undefined : state.requireGuild(r.params.guildId).id;
  };
  const routes: RouteDefinition[] = [];
  for (const base of ["/applications/:appId/commands", "/applications/:appId/guilds/:guildId/commands"]) {
    routes.push(
      {
        method: "GET",
        template: base,
        auth: true,
        handler: (r) => {
          const commands = state.commands(scope(r));
          return ok(r.query.get("with_localizations") === "true" ? commands : commands.map(unlocalized));
        },
      },
      {
        method: "PUT",
        template: base,
        auth: true,
        handler: (r) => {
          const guildId = scope(r);
          const bodies = Array.isArray(r.json) ? (r.json as RESTPostAPIApplicationCommandsJSONBody[]) : [];
          for (const [index, body] of bodies.entries()) validateCommand(body, `${index}.`);
          return ok(state.overwriteCommands(guildId, bodies));
        },
      },
      {
        method: "POST",
        template: base,
        auth: true,
        handler: (r) => {
          const guildId = scope(r);
          const body = r.json as RESTPostAPIApplicationCommandsJSONBody;
          validateCommand(body, "");
          const { command, created } = state.upsertCommand(guildId, body);
          return { status: created ? 201 : 200, body: command };
        },
      },
      {
        method: "GET",
        template: `${base}/:commandId`,
        auth: true,
        handler: (r) => {
          const command = state.commands(scope(r)).find((c) => c.id === r.params.commandId);
          if (!command) throw unknownCommand();
          return ok(command);
        },
      },
      {
        method: "DELETE",
        template: `${base}/:commandId`,
        auth: true,
        handler: (r) => {
          if (!state.deleteCommand(scope(r), param(r, "commandId"))) throw unknownCommand();
          return noContent;
        },
      },
    );
  }
  return routes;
}

/**
 * A command as Discord lists it without `with_localizations=true`: no name or description
 * localization maps on the command, its options or their choices.
 */
function unlocalized<T extends object>(node: T): T {
  const {
    name_localizations: _names,
    description_localizations: _descriptions,
    ...rest
  } = node as Record<string, unknown>;
  for (const list of ["options", "choices"] as const) {
    const children = rest[list];
    if (Array.isArray(children)) rest[list] = children.map((child: object) => unlocalized(child));
  }
  return rest as T;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The checks Discord applies that a bot is most likely to trip over. */
function validateCommand(body: RESTPostAPIApplicationCommandsJSONBody, prefix: string): void {
  const chatInput = (body.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
  if (
    typeof body.name !== "string" ||
    (chatInput && (!COMMAND_NAME.test(body.name) || body.name !== body.name.toLowerCase()))
  ) {
    throw invalidFormBody({
      [`${prefix}name`]: { code: "APPLICATION_COMMAND_INVALID_NAME", message: "Command name is invalid" },
    });
  }
  const description = "description" in body ? body.description : undefined;
  if (chatInput && (typeof description !== "string" || description.length < 1 || description.length > 100)) {
    throw invalidFormBody({
      [`${prefix}description`]: {
        code: "BASE_TYPE_BAD_LENGTH",
        message: "Must be between 1 and 100 in length.",
      },
    });
  }
}

export function messageRoutes(ctx: RouteContext): RouteDefinition[] {
  const { state } = ctx;
  const render = (message: Parameters<typeof apiMessage>[0]) => ok(apiMessage(message, state, ctx.baseUrl));
  return [
    {
      method: "POST",
      template: "/channels/:channelId/messages",
      auth: true,
      handler: async (r) => {
        const channel = state.requireChannel(param(r, "channelId"));
        if (channel.recipientId !== null && state.dmsClosed.has(channel.recipientId))
          throw cannotMessageUser();
        const { input, nonce, enforceNonce } = parseMessageBody(r.json, r.files);
        // Only interaction responses can be ephemeral; Discord ignores the bit here.
        if (input.flags !== undefined) input.flags &= ~MessageFlags.Ephemeral;
        const duplicate =
          enforceNonce && nonce !== null
            ? state.findByNonce(channel.id, nonce, ctx.nonceWindowMs)
            : undefined;
        if (duplicate) return render(duplicate);
        const message = state.createMessage(channel, input, { source: "channel", nonce });
        for (const hook of state.postedHooks) await hook(message);
        return render(message);
      },
    },
    {
      method: "GET",
      template: "/channels/:channelId/messages",
      auth: true,
      handler: (r) => {
        const channel = state.requireChannel(param(r, "channelId"));
        const limit = Number(r.query.get("limit") ?? 50);
        const newestFirst = state.messagesIn(channel.id).reverse();
        return ok(newestFirst.slice(0, limit).map((m) => apiMessage(m, state, ctx.baseUrl)));
      },
    },
    {
      method: "GET",
      template: "/channels/:channelId/messages/:messageId",
      auth: true,
      handler: (r) => render(state.requireMessage(param(r, "channelId"), param(r, "messageId"))),
    },
    {
      method: "PATCH",
      template: "/channels/:channelId/messages/:messageId",
      auth: true,
      handler: (r) => {
        const message = state.requireMessage(param(r, "channelId"), param(r, "messageId"));
        if (message.authorId !== state.bot.id)
          throw new ApiError(403, 50005, "Cannot edit a message authored by another user");
        return render(
          state.editMessage(message, parseMessageBody(r.json, r.files, message.attachments).input),
        );
      },
    },
    {
      method: "DELETE",
      template: "/channels/:channelId/messages/:messageId",
      auth: true,
      handler: (r) => {
        state.deleteMessage(state.requireMessage(param(r, "channelId"), param(r, "messageId")));
        return noContent;
      },
    },
    {
      method: "POST",
      template: "/channels/:channelId/typing",
      auth: true,
      handler: (r) => {
        state.requireChannel(param(r, "channelId"));
        return noContent;
      },
    },
  ];
}

export function param(request: RestRequest, key: string): string {
  const value = request.params[key];
  if (value === undefined) throw new Error(`route has no :${key}`);
  return value;
}

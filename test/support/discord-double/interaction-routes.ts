import { InteractionResponseType, InteractionType, MessageFlags } from "discord.js";
import {
  alreadyAcknowledged,
  invalidFormBody,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from "./errors.js";
import { parseMessageBody } from "./message-body.js";
import { apiMessage } from "./payloads.js";
import type { RestReply, RestRequest, RouteDefinition } from "./rest.js";
import { param, type RouteContext } from "./routes.js";
import type { InteractionRecord, RecordedMessage } from "./state.js";

interface CallbackBody {
  type: InteractionResponseType;
  data?: Record<string, unknown>;
}

/** Which callback types Discord accepts for each interaction type. */
const ALLOWED_CALLBACKS: Record<number, InteractionResponseType[]> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

export function interactionRoutes(ctx: RouteContext): RouteDefinition[] {
  const { state } = ctx;
  const render = (message: RecordedMessage): RestReply => ({
    status: 200,
    body: apiMessage(message, state, ctx.baseUrl),
  });

  const byToken = (r: RestRequest): InteractionRecord => {
    const token = param(r, "token");
    const interaction = [...state.interactions.values()].find((i) => i.token === token);
    if (param(r, "webhookId") !== state.applicationId || !interaction) throw unknownWebhook();
    return interaction;
  };

  /** `@original` or one of this interaction's follow-ups. */
  const ownMessage = (interaction: InteractionRecord, messageId: string): RecordedMessage => {
    const id = messageId === "@original" ? interaction.originalMessageId : messageId;
    const owned =
      id !== null && (id === interaction.originalMessageId || interaction.followUpIds.includes(id));
    const message = owned ? state.messages.get(id) : undefined;
    if (!message || message.deleted) throw unknownMessage();
    return message;
  };

  const touch = (interaction: InteractionRecord) => {
    interaction.lastActivityAt = Date.now();
  };

  const respond = (r: RestRequest): RestReply => {
    const interaction = state.interactions.get(param(r, "interactionId"));
    if (!interaction || interaction.token !== param(r, "token")) throw unknownInteraction();
    if (interaction.callbacks.length > 0) throw alreadyAcknowledged();
    const body = r.json as CallbackBody;
    if (!ALLOWED_CALLBACKS[interaction.type]?.includes(body.type)) {
      throw invalidFormBody({
        type: { code: "INTERACTION_RESPONSE_TYPE_INVALID", message: "Interaction response type is invalid" },
      });
    }
    const message = applyCallback(interaction, body, r);
    const callback = { interactionId: interaction.id, type: body.type, data: body.data, at: new Date() };
    interaction.callbacks.push(callback);
    touch(interaction);
    state.emit("callback", callback);
    state.changed();
    if (r.query.get("with_response") !== "true") return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: interaction.id,
          type: interaction.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: (message.flags & MessageFlags.Loading) !== 0,
                response_message_ephemeral: message.ephemeral,
              }
            : {}),
        },
        resource: {
          type: body.type,
          ...(message ? { message: apiMessage(message, state, ctx.baseUrl) } : {}),
        },
      },
    };
  };

  /** Creates or updates the message a callback implies, returning it (none for autocomplete and modals). */
  const applyCallback = (
    interaction: InteractionRecord,
    body: CallbackBody,
    r: RestRequest,
  ): RecordedMessage | undefined => {
    const channel = state.requireChannel(interaction.channelId);
    const meta = { source: "interaction" as const, interactionId: interaction.id };
    switch (body.type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const message = state.createMessage(channel, parseMessageBody(body.data, r.files).input, meta);
        interaction.originalMessageId = message.id;
        return message;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const ephemeral = Number(body.data?.flags ?? 0) & MessageFlags.Ephemeral;
        const message = state.createMessage(channel, { flags: ephemeral | MessageFlags.Loading }, meta);
        interaction.originalMessageId = message.id;
        return message;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        if (!interaction.sourceMessageId) throw unknownMessage();
        const source = state.requireMessage(interaction.channelId, interaction.sourceMessageId);
        interaction.originalMessageId = source.id;
        if (body.type === InteractionResponseType.DeferredMessageUpdate) return source;
        return state.editMessage(source, parseMessageBody(body.data, r.files, source.attachments).input);
      }
      default:
        return undefined;
    }
  };

  /** The first follow-up after a deferred reply fills the "thinking" message instead of posting a new one. */
  const followUp = (r: RestRequest): RestReply => {
    const interaction = byToken(r);
    if (interaction.callbacks.length === 0) throw unknownWebhook();
    touch(interaction);
    const original = interaction.originalMessageId
      ? state.messages.get(interaction.originalMessageId)
      : undefined;
    if (original && original.flags & MessageFlags.Loading) {
      return render(
        state.editMessage(original, parseMessageBody(r.json, r.files, original.attachments).input, false),
      );
    }
    const { input } = parseMessageBody(r.json, r.files);
    const channel = state.requireChannel(interaction.channelId);
    const message = state.createMessage(channel, input, {
      source: "followup",
      interactionId: interaction.id,
    });
    interaction.followUpIds.push(message.id);
    return render(message);
  };

  const edit = (r: RestRequest): RestReply => {
    const interaction = byToken(r);
    const message = ownMessage(interaction, param(r, "messageId"));
    touch(interaction);
    const wasLoading = (message.flags & MessageFlags.Loading) !== 0;
    return render(
      state.editMessage(message, parseMessageBody(r.json, r.files, message.attachments).input, !wasLoading),
    );
  };

  const webhookMessage = "/webhooks/:webhookId/:token/messages/:messageId";
  return [
    {
      method: "POST",
      template: "/interactions/:interactionId/:token/callback",
      auth: false,
      handler: respond,
    },
    { method: "POST", template: "/webhooks/:webhookId/:token", auth: false, handler: followUp },
    {
      method: "GET",
      template: webhookMessage,
      auth: false,
      handler: (r) => render(ownMessage(byToken(r), param(r, "messageId"))),
    },
    { method: "PATCH", template: webhookMessage, auth: false, handler: edit },
    {
      method: "DELETE",
      template: webhookMessage,
      auth: false,
      handler: (r) => {
        const interaction = byToken(r);
        touch(interaction);
        state.deleteMessage(ownMessage(interaction, param(r, "messageId")));
        return { status: 204 };
      },
    },
  ];
}

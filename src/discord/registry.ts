import { type Interaction, MessageFlags, type RepliableInteraction } from "discord.js";
import { UserError } from "../app/errors.js";
import { translator } from "../i18n/i18n.js";
import type { ComponentHandler, HandlerContext, SlashCommand } from "./command.js";
import { sendPendingNotices } from "./notices.js";
import type { Precondition } from "./preconditions.js";

/** How many interaction ids the router remembers to drop a second delivery (minutes of traffic). */
const RECENT_INTERACTIONS = 10_000;

/** A bounded set of the latest ids: add() is false for an id it already holds. */
function recentIds(limit: number): { add(id: string): boolean } {
  const ids = new Set<string>();
  return {
    add(id) {
      if (ids.has(id)) return false;
      ids.add(id);
      if (ids.size > limit) ids.delete(ids.values().next().value as string);
      return true;
    },
  };
}

interface Router {
  readonly commands: ReadonlyMap<string, SlashCommand>;
  /** Routes one interaction; never throws, whatever the handler or Discord does. */
  handle(interaction: Interaction): Promise<void>;
}

export function createRouter(
  commands: readonly SlashCommand[],
  components: readonly ComponentHandler[],
  context: HandlerContext,
  /** Told how long each interaction took, by command or component (for metrics). */
  observe: (name: string, seconds: number) => void = () => {},
): Router {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const byPrefix = new Map(components.map((component) => [component.prefix, component]));

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) throw new UserError("common.unknownCommand");
      check(command.preconditions, interaction, []);
      await command.execute(interaction, context);
      // The reply is out; a failed notice must not turn it into an apology.
      await sendPendingNotices(interaction, context).catch((error: unknown) =>
        context.logger.warn({ err: error, interactionId: interaction.id }, "could not send a notice"),
      );
    } else if (interaction.isAutocomplete()) {
      await byName.get(interaction.commandName)?.autocomplete?.(interaction, context);
    } else if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
      const [prefix = "", ...args] = interaction.customId.split(":");
      const component = byPrefix.get(prefix);
      const handles = interaction.isButton()
        ? component?.button
        : interaction.isStringSelectMenu()
          ? component?.select
          : component?.modal;
      if (!component || !handles) throw new UserError("common.buttonInactive");
      check(component.preconditions, interaction, args);
      if (interaction.isButton()) await component.button?.(interaction, args, context);
      else if (interaction.isStringSelectMenu()) await component.select?.(interaction, args, context);
      else await component.modal?.(interaction, args, context);
    }
  }

  /** A bounded label for metrics: a known command or component prefix, never free text. */
  function labelOf(interaction: Interaction): string {
    if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
      const known = byName.has(interaction.commandName) ? interaction.commandName : "unknown";
      return interaction.isAutocomplete() ? `${known}:autocomplete` : known;
    }
    if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
      const prefix = interaction.customId.split(":")[0] ?? "";
      return byPrefix.has(prefix) ? prefix : "unknown";
    }
    return "other";
  }

  const seen = recentIds(RECENT_INTERACTIONS);
  return {
    commands: byName,
    async handle(interaction) {
      // Discord may deliver an event twice (a resumed gateway session replays what it thinks the
      // client missed): a second run would answer "already answered" over the first one's reply.
      if (!seen.add(interaction.id)) {
        context.logger.debug({ interactionId: interaction.id }, "interaction delivered twice; ignored");
        return;
      }
      const started = performance.now();
      try {
        await dispatch(interaction);
      } catch (error) {
        await reportError(interaction, error, context);
      } finally {
        observe(labelOf(interaction), (performance.now() - started) / 1000);
      }
    },
  };
}

/** Throws the first refusal among a handler's preconditions, before the handler runs. */
function check(
  preconditions: readonly Precondition[] | undefined,
  interaction: Interaction,
  args: readonly string[],
): void {
  for (const precondition of preconditions ?? []) {
    const refusal = precondition(interaction, args);
    if (refusal) throw refusal;
  }
}

/** The one error boundary: a UserError's sentence, or an apology; a failed error reply is only logged. */
async function reportError(interaction: Interaction, error: unknown, context: HandlerContext): Promise<void> {
  const expected = error instanceof UserError;
  if (!expected) {
    context.logger.error({ err: error, interactionId: interaction.id }, "interaction failed");
  }
  if (!interaction.isRepliable()) return;
  const { say } = translator(interaction.locale);
  const content = say(expected ? error.said : { key: "common.apology" });
  try {
    await replyEphemeral(interaction, content);
  } catch (replyError) {
    context.logger.warn({ err: replyError, interactionId: interaction.id }, "could not send the error reply");
  }
}

/** Replies, edits or follows up as the interaction's state requires. */
async function replyEphemeral(interaction: RepliableInteraction, content: string): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({ content, embeds: [], components: [], files: [] });
  } else if (interaction.replied) {
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  }
}

import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from "discord.js";
import type { AppDeps } from "../app/deps.js";
import type { Logger } from "../logger.js";
import type { Precondition } from "./preconditions.js";

/** What every handler receives: the app layer's dependencies and a logger. */
export interface HandlerContext {
  readonly deps: AppDeps;
  readonly logger: Logger;
}

/** One slash command: its definition (sent to Discord as is) and its handlers. */
export interface SlashCommand {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Checked by the router, in order, before execute (not before autocomplete). */
  readonly preconditions?: readonly Precondition[];
  execute(interaction: ChatInputCommandInteraction, context: HandlerContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: HandlerContext): Promise<void>;
}

/**
 * Buttons, select menus and modals. A custom id is "<prefix>:<args...>"; the router picks the component whose
 * prefix matches and hands it the remaining arguments.
 */
export interface ComponentHandler {
  readonly prefix: string;
  /** Checked by the router, in order, before the button or modal handler. */
  readonly preconditions?: readonly Precondition[];
  button?(interaction: ButtonInteraction, args: readonly string[], context: HandlerContext): Promise<void>;
  select?(
    interaction: StringSelectMenuInteraction,
    args: readonly string[],
    context: HandlerContext,
  ): Promise<void>;
  modal?(
    interaction: ModalSubmitInteraction,
    args: readonly string[],
    context: HandlerContext,
  ): Promise<void>;
}

export function customId(prefix: string, ...args: readonly (string | number)[]): string {
  return [prefix, ...args].join(":");
}

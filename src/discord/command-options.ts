import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** What each option type reads as; a type missing here reads as `never`, so using it fails the typecheck. */
interface OptionValues {
  [ApplicationCommandOptionType.String]: string;
  [ApplicationCommandOptionType.Integer]: number;
  [ApplicationCommandOptionType.Number]: number;
  [ApplicationCommandOptionType.Boolean]: boolean;
  [ApplicationCommandOptionType.Channel]: NonNullable<CommandInteractionOption["channel"]>;
}

type ValueOf<Option> = Option extends { readonly type: infer Type extends keyof OptionValues }
  ? OptionValues[Type] | (Option extends { readonly required: true } ? never : null)
  : never;

type Named<Options> = Options extends readonly (infer Option)[]
  ? {
      readonly [O in Option as O extends { readonly name: infer Name extends string }
        ? Name
        : never]: ValueOf<O>;
    }
  : Record<never, never>;

type SubcommandArgs<Option> = Option extends {
  readonly type: ApplicationCommandOptionType.Subcommand;
  readonly name: infer Name extends string;
}
  ? {
      readonly subcommand: Name;
      readonly options: Named<Option extends { readonly options: infer Inner } ? Inner : []>;
    }
  : never;

/**
 * A command's option values by name, typed from its definition: `| null` where the option is
 * optional; for a command made of subcommands, one `{ subcommand, options }` per subcommand.
 */
type ArgsOf<D extends Definition> = D extends { readonly options: readonly (infer Option)[] }
  ? [Option] extends [{ readonly type: ApplicationCommandOptionType.Subcommand }]
    ? SubcommandArgs<Option>
    : Named<D["options"]>
  : Record<never, never>;

/**
 * The definition as written, with its option names, types and required flags kept as literals, so
 * that `optionsOf` can type what each handler reads and a renamed option fails the typecheck.
 */
export function commandDefinition<const D extends Definition>(definition: D): D {
  return definition;
}

/** Reads every option the definition declares from the interaction, by the definition's own names and types. */
export function optionsOf<const D extends Definition>(
  definition: D,
  interaction: ChatInputCommandInteraction,
): ArgsOf<D> {
  const options = definition.options ?? [];
  if (!options.some((option) => option.type === ApplicationCommandOptionType.Subcommand)) {
    return valuesOf(options, interaction) as ArgsOf<D>;
  }
  const subcommand = interaction.options.getSubcommand(true);
  const chosen = options.find(
    (option) => option.type === ApplicationCommandOptionType.Subcommand && option.name === subcommand,
  );
  const inner = chosen && "options" in chosen ? (chosen.options ?? []) : [];
  const args: unknown = { subcommand, options: valuesOf(inner, interaction) };
  return args as ArgsOf<D>;
}

function valuesOf(
  options: readonly APIApplicationCommandOption[],
  interaction: ChatInputCommandInteraction,
): Record<string, unknown> {
  return Object.fromEntries(options.map((option) => [option.name, readOption(option, interaction)]));
}

function readOption(option: APIApplicationCommandOption, interaction: ChatInputCommandInteraction): unknown {
  const required = "required" in option && option.required === true;
  const read = interaction.options;
  switch (option.type) {
    case ApplicationCommandOptionType.String:
      return read.getString(option.name, required);
    case ApplicationCommandOptionType.Integer:
      return read.getInteger(option.name, required);
    case ApplicationCommandOptionType.Number:
      return read.getNumber(option.name, required);
    case ApplicationCommandOptionType.Boolean:
      return read.getBoolean(option.name, required);
    case ApplicationCommandOptionType.Channel:
      return read.getChannel(option.name, required);
    default:
      throw new Error(`option type ${ApplicationCommandOptionType[option.type]} is not read by optionsOf`);
  }
}

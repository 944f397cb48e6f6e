import { type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from "discord.js";

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Whether the commands were registered again, and each command's id by name (for `</name:id>` mentions). */
interface SyncedCommands {
  readonly outcome: "unchanged" | "updated";
  readonly ids: ReadonlyMap<string, string>;
}

/**
 * Registers the commands only when they differ from what Discord has, because every overwrite
 * re-syncs clients and global registration is rate limited.
 */
export async function syncCommands(
  rest: REST,
  applicationId: string,
  guildId: string | undefined,
  definitions: readonly Definition[],
): Promise<SyncedCommands> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  // Without with_localizations Discord leaves the translations out, and every start would differ.
  const registered = (await rest.get(route, {
    query: new URLSearchParams({ with_localizations: "true" }),
  })) as Definition[];
  if (sameCommands(registered, definitions)) return { outcome: "unchanged", ids: idsOf(registered) };
  const updated = (await rest.put(route, { body: definitions })) as Definition[];
  return { outcome: "updated", ids: idsOf(updated) };
}

function idsOf(registered: readonly Definition[]): ReadonlyMap<string, string> {
  return new Map(
    registered.flatMap((command) => {
      const { id } = command as { id?: unknown };
      return typeof id === "string" ? [[command.name, id] as const] : [];
    }),
  );
}

function sameCommands(registered: readonly Definition[], wanted: readonly Definition[]): boolean {
  const key = (list: readonly Definition[]) =>
    JSON.stringify([...list].map(normalize).sort((a, b) => String(a.name).localeCompare(String(b.name))));
  return key(registered) === key(wanted);
}

/**
 * Discord echoes definitions back with ids, versions and defaults filled in; compare only what we
 * send, with Discord's defaults made explicit on both sides.
 */
function normalize(command: object): Record<string, unknown> {
  const source = command as Record<string, unknown>;
  return {
    name: source.name,
    description: source.description,
    description_localizations: sortedMap(source.description_localizations),
    type: source.type ?? 1,
    default_member_permissions: source.default_member_permissions ?? null,
    contexts: source.contexts ?? null,
    integration_types: source.integration_types ?? [0],
    nsfw: source.nsfw ?? false,
    options: normalizeOptions(source.options),
  };
}

function normalizeOptions(options: unknown): unknown[] {
  if (!Array.isArray(options)) return [];
  return options.map((option: Record<string, unknown>) => ({
    type: option.type,
    name: option.name,
    description: option.description,
    description_localizations: sortedMap(option.description_localizations),
    required: option.required ?? false,
    autocomplete: option.autocomplete ?? false,
    choices: normalizeChoices(option.choices),
    channel_types: option.channel_types ?? [],
    min_value: option.min_value ?? null,
    max_value: option.max_value ?? null,
    min_length: option.min_length ?? null,
    max_length: option.max_length ?? null,
    options: normalizeOptions(option.options),
  }));
}

function normalizeChoices(choices: unknown): unknown[] {
  if (!Array.isArray(choices)) return [];
  return choices.map((choice: Record<string, unknown>) => ({
    name: choice.name,
    name_localizations: sortedMap(choice.name_localizations),
    value: choice.value,
  }));
}

/** A localization map with its locales in one order (Discord may echo them in another); none is null. */
function sortedMap(map: unknown): unknown {
  if (map === null || typeof map !== "object" || Object.keys(map).length === 0) return null;
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

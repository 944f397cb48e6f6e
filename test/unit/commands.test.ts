import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody as Definition,
  REST,
  Routes,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncCommands } from "../../src/discord/command-sync.js";
import { commands } from "../../src/discord/commands/index.js";
import { discordLocalesOf, LOCALES } from "../../src/i18n/locales.js";
import { type DiscordDouble, startDiscordDouble } from "../support/discord-double/index.js";

// Discord's documented limits for chat input commands.
const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;
type Localizations = Partial<Record<string, string | null>> | null | undefined;
type Option = {
  type: number;
  name: string;
  description: string;
  description_localizations?: Localizations;
  required?: boolean;
  choices?: { name: string; name_localizations?: Localizations; value: unknown }[];
  options?: Option[];
};

/** The Discord locales that must read every command text in their own language. */
const TRANSLATED_LOCALES = ["es-ES", "es-419", "de", "fr", "pt-BR"];

/** Each command, option and choice text with its localizations, named by where it is. */
function localizedTexts(
  name: string,
  description: string,
  localizations: Localizations,
  options: readonly Option[],
): { where: string; text: string; localizations: Localizations }[] {
  return [
    { where: name, text: description, localizations },
    ...options.flatMap((option) => [
      ...localizedTexts(
        `${name} ${option.name}`,
        option.description,
        option.description_localizations,
        option.options ?? [],
      ),
      ...(option.choices ?? []).map((choice) => ({
        where: `${name} ${option.name}=${String(choice.value)}`,
        text: choice.name,
        localizations: choice.name_localizations,
      })),
    ]),
  ];
}

/**
 * Discord's combined limit: names, descriptions and values of a command, its options and choices.
 * Localizations count once per locale (each reader sees one language), so the check is per locale.
 */
function combinedCharacters(node: Option, locale: string): number {
  const description = node.description_localizations?.[locale] ?? node.description;
  const choices = (node.choices ?? []).map(
    (choice) => (choice.name_localizations?.[locale] ?? choice.name).length + String(choice.value).length,
  );
  const options = (node.options ?? []).map((option) => combinedCharacters(option, locale));
  return [node.name.length, description.length, ...choices, ...options].reduce((a, b) => a + b, 0);
}

function checkOptions(options: readonly Option[], path: string): void {
  expect(options.length, `${path}: at most 25 options`).toBeLessThanOrEqual(25);
  expect(new Set(options.map((option) => option.name)).size, `${path}: unique option names`).toBe(
    options.length,
  );
  let optionalSeen = false;
  for (const option of options) {
    const where = `${path} ${option.name}`;
    expect(option.name, where).toMatch(NAME);
    expect(option.description.length, where).toBeGreaterThan(0);
    expect(option.description.length, where).toBeLessThanOrEqual(100);
    expect(option.choices?.length ?? 0, where).toBeLessThanOrEqual(25);
    if (option.required) expect(optionalSeen, `${where}: required options come first`).toBe(false);
    else optionalSeen = true;
    if (option.type === ApplicationCommandOptionType.Subcommand) checkOptions(option.options ?? [], where);
  }
}

describe("slash command definitions", () => {
  it("are the commands of the public interface", () => {
    expect(commands.map((command) => command.data.name).sort()).toEqual(
      [
        "club",
        "club-stats",
        "drills",
        "help",
        "leaderboard",
        "log",
        "measure",
        "pain",
        "pause",
        "privacy",
        "progress",
        "resume",
        "runs",
        "schedule",
      ].sort(),
    );
  });

  it.each(commands.map((command) => [command.data.name, command.data] as const))(
    "%s is a valid definition",
    (_name, data) => {
      expect(data.name).toMatch(NAME);
      expect(data.description.length).toBeGreaterThan(0);
      expect(data.description.length).toBeLessThanOrEqual(100);
      checkOptions((data.options ?? []) as Option[], data.name);
      for (const locale of ["en-US", ...LOCALES.flatMap(discordLocalesOf)]) {
        expect(combinedCharacters(data as Option, locale), locale).toBeLessThan(4000);
      }
    },
  );

  it("have an autocomplete handler wherever an option asks for autocomplete", () => {
    for (const command of commands) {
      const wantsAutocomplete = JSON.stringify(command.data).includes('"autocomplete":true');
      expect(Boolean(command.autocomplete), command.data.name).toBe(wantsAutocomplete);
    }
  });

  it.each(commands.map((command) => [command.data.name, command.data] as const))(
    "%s reads in Spanish, German, French and Portuguese, option by option and choice by choice",
    (name, data) => {
      const texts = localizedTexts(
        name,
        data.description,
        data.description_localizations,
        (data.options ?? []) as Option[],
      );
      for (const { where, text, localizations } of texts) {
        expect({ where, locales: Object.keys(localizations ?? {}).sort() }).toEqual({
          where,
          locales: [...TRANSLATED_LOCALES].sort(),
        });
        for (const [locale, given] of Object.entries(localizations ?? {})) {
          const translated = given ?? "";
          expect(translated.length, `${where} ${locale}`).toBeGreaterThan(0);
          expect(translated.length, `${where} ${locale}`).toBeLessThanOrEqual(100);
          // Only Spanish texts are shared (es-ES and es-419); no language keeps the English one.
          expect(translated, `${where} ${locale}`).not.toBe(text);
        }
      }
    },
  );

  it("restricts /club to Manage Server", () => {
    const club = commands.find((command) => command.data.name === "club");
    expect(club?.data.default_member_permissions).toBe("32");
  });
});

describe("syncCommands", () => {
  const definitions = commands.map((command) => command.data);
  let double: DiscordDouble;
  let api: REST;
  beforeAll(async () => {
    double = await startDiscordDouble();
    api = new REST({ api: double.apiUrl }).setToken(double.token);
  });
  afterAll(async () => {
    await double?.stop();
  });

  /** Whether a sync leaves alone what Discord has (`registered`, as Discord echoes it) when we want `wanted`. */
  async function sameCommands(
    registered: readonly Definition[],
    wanted: readonly Definition[],
  ): Promise<boolean> {
    await api.put(Routes.applicationCommands(double.applicationId), { body: registered });
    return (await syncCommands(api, double.applicationId, undefined, wanted)).outcome === "unchanged";
  }

  it("sees Discord's echo of our definitions (ids, versions, defaults) as unchanged", async () => {
    const echoed = definitions.map((data, index) => ({
      ...data,
      id: String(1000 + index),
      application_id: "1",
      version: "1",
      type: 1,
      nsfw: false,
      default_member_permissions: data.default_member_permissions ?? null,
      options: (data.options ?? []).map((option) => ({ required: false, ...option })),
    }));
    expect(await sameCommands(echoed.reverse(), definitions)).toBe(true);
  });

  it("notices a changed translation of a command, an option or a choice", async () => {
    const schedule = definitions.find((data) => data.name === "schedule");
    if (!schedule?.options?.[0]) throw new Error("no /schedule option");
    const others = definitions.filter((data) => data !== schedule);
    const retranslated = (change: object) =>
      sameCommands([{ ...schedule, ...change }, ...others], definitions);
    expect(
      await retranslated({
        description_localizations: { ...schedule.description_localizations, de: "Alte Worte" },
      }),
    ).toBe(false);
    const [first, ...rest] = schedule.options;
    expect(
      await retranslated({
        options: [
          { ...first, description_localizations: { ...first.description_localizations, fr: "Vieux" } },
          ...rest,
        ],
      }),
    ).toBe(false);
    expect(await retranslated({ description_localizations: {} })).toBe(false);
    const withChoice = (german: string) => [
      {
        name: "pick",
        description: "Pick one",
        options: [
          {
            type: ApplicationCommandOptionType.String as const,
            name: "colour",
            description: "A colour",
            choices: [{ name: "Red", name_localizations: { de: german }, value: "red" }],
          },
        ],
      },
    ];
    expect(await sameCommands(withChoice("Rot"), withChoice("Rot"))).toBe(true);
    expect(await sameCommands(withChoice("Rot"), withChoice("Rotes"))).toBe(false);
    // The same translations in another order are no change.
    const reordered = Object.fromEntries(Object.entries(schedule.description_localizations ?? {}).reverse());
    expect(await retranslated({ description_localizations: reordered })).toBe(true);
  });

  it("notices a changed description, a new option and a missing command", async () => {
    const [first, ...rest] = definitions;
    if (!first) throw new Error("no commands");
    expect(await sameCommands([{ ...first, description: "old words" }, ...rest], definitions)).toBe(false);
    expect(await sameCommands(rest, definitions)).toBe(false);
    expect(await sameCommands([{ ...first, options: [] }, ...rest], definitions)).toBe(false);
  });
});

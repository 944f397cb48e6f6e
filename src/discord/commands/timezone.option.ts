import type { AutocompleteInteraction } from "discord.js";
import { searchTimeZones } from "../../domain/timezones.rules.js";
import type { HandlerContext } from "../command.js";

/** Autocomplete for every "timezone" option: city and region names, with the current UTC offset. */
export async function respondWithTimeZoneChoices(
  interaction: AutocompleteInteraction,
  { deps }: HandlerContext,
): Promise<void> {
  await interaction.respond(searchTimeZones(interaction.options.getFocused(), 25, deps.clock.now()));
}

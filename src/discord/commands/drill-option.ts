import type { AutocompleteInteraction } from "discord.js";
import { drillAutocomplete } from "../../domain/drills.js";

/** Autocomplete for every "drill" option: forgiving about what people type. */
export async function respondWithDrillChoices(interaction: AutocompleteInteraction): Promise<void> {
  await interaction.respond(drillAutocomplete(interaction.options.getFocused()));
}

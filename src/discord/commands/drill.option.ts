import type { AutocompleteInteraction } from "discord.js";
import { drillAutocomplete } from "../../domain/drill-input.rules.js";
import { translator } from "../../i18n/i18n.js";
import { resolveLocale } from "../../i18n/locales.js";
import { drillChoiceName } from "../render/drill-words.render.js";

/**
 * Autocomplete for every "drill" option: forgiving about what people type, in any language. The
 * values stay flexed-knee / straight-leg / both; the names read in the member's language.
 */
export async function respondWithDrillChoices(interaction: AutocompleteInteraction): Promise<void> {
  const tr = translator(interaction.locale);
  const values = drillAutocomplete(interaction.options.getFocused(), resolveLocale(interaction.locale));
  await interaction.respond(values.map((value) => ({ name: drillChoiceName(value, tr), value })));
}

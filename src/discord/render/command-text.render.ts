import type { LocalizationMap } from "discord.js";
import { type Message, type MessageKey, translator } from "../../i18n/i18n.js";
import { DEFAULT_LOCALE, discordLocalesOf, LOCALES } from "../../i18n/locales.js";

/** One catalog text in English (Discord's default) and in every other language Dorsi speaks. */
function localized(message: Message): { text: string; localizations: LocalizationMap } {
  const localizations: Record<string, string> = {};
  for (const locale of LOCALES) {
    const text = translator(locale).say(message);
    for (const code of discordLocalesOf(locale)) localizations[code] = text;
  }
  return { text: translator(DEFAULT_LOCALE).say(message), localizations };
}

/** `description` and `description_localizations` of a command or option, from one catalog key. */
export function described(
  key: MessageKey,
  params?: Message["params"],
): { description: string; description_localizations: LocalizationMap } {
  const { text, localizations } = localized(params === undefined ? { key } : { key, params });
  return { description: text, description_localizations: localizations };
}

/** A choice whose value stays fixed (it is the interface) and whose name reads in each language. */
export function choice<Value extends string | number>(
  key: MessageKey,
  value: Value,
): { name: string; name_localizations: LocalizationMap; value: Value } {
  const { text, localizations } = localized({ key });
  return { name: text, name_localizations: localizations, value };
}

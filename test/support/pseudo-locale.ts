import type { APIEmbed } from "discord.js";
import type { InteractionReply, RecordedMessage } from "./discord-double/index.js";

/** Keys of component and modal JSON whose strings a member reads. */
const SHOWN = new Set(["content", "title", "label", "placeholder", "description"]);

function componentTexts(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) componentTexts(item, out);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string" && SHOWN.has(key)) out.push(value);
      else if (typeof value === "object") componentTexts(value, out);
    }
  }
}

function embedTexts(embed: APIEmbed): string[] {
  return [
    embed.title,
    embed.description,
    embed.author?.name,
    embed.footer?.text,
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ].filter((text): text is string => typeof text === "string");
}

/** Every text a member reads (or hears) in a reply or message: content, embeds, alt texts, buttons, selects, modals. */
export function shownTexts(reply: InteractionReply | RecordedMessage): string[] {
  const out = [
    reply.content,
    ...reply.embeds.flatMap(embedTexts),
    ...reply.attachments.map((attachment) => attachment.description ?? ""),
  ];
  componentTexts(reply.components, out);
  if ("modal" in reply && reply.modal) componentTexts(reply.modal, out);
  if ("followUps" in reply) for (const followUp of reply.followUps) out.push(...shownTexts(followUp));
  return out.filter((text) => text.length > 0);
}

/** Discord markup that renders in the reader's own language or names a thing: <t:…>, <#…>, <@…>, </cmd:id>. */
const DISCORD_TOKENS = /<(?:t:\d+(?::[a-zA-Z])?|#\d+|@[!&]?\d+|\/[\w -]+:\d+)>/g;

/**
 * What is left of a text once every catalog string (wrapped in ⟦…⟧ by the pseudo-locale), Discord
 * markup and the given names (members, the club, notes they typed) are taken out: words there were
 * written outside the catalogs. Empty when the text is all catalog.
 */
export function wordsOutsideCatalogs(text: string, names: readonly string[] = []): string {
  let rest = text;
  // Innermost first: a catalog string interpolated into another one nests its brackets.
  for (let before = ""; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, " ");
  }
  rest = rest.replace(DISCORD_TOKENS, " ");
  for (const name of names) rest = rest.split(name).join(" ");
  return (rest.match(/\p{L}{2,}/gu) ?? []).join(" ");
}

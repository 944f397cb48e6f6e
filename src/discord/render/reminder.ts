import {
  ActionRowBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
} from "discord.js";
import type { ReminderContent } from "../../app/reminders.js";
import { repsFor } from "../../domain/drills.js";
import { MORNING_BANDS, type MorningBand } from "../../domain/pain.js";
import { translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { BRAND_COLOUR, WARNING_COLOUR } from "./colours.js";
import { drillLabel, drillSteps, levelTitle } from "./drill-words.js";

export const REMINDER_DONE_PREFIX = "rem-done";
export const REMINDER_PAIN_PREFIX = "rem-pain";
export const REMINDER_SNOOZE_PREFIX = "rem-snooze";
export const MORNING_PREFIX = "morning";

export interface ReminderMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: { parse: [] };
}

const MORNING_LABELS: Readonly<Record<MorningBand, string>> = {
  none: "No pain",
  "1-2": "1-2",
  "3-5": "3-5",
  "6+": "6 or more",
};

/** A reminder DM as Discord API JSON: one drill at the member's level, with its buttons. */
export function renderReminder(content: ReminderContent): ReminderMessage {
  return content.kind === "drill" ? renderDrillReminder(content) : renderMorningCheck(content);
}

function renderDrillReminder(content: Extract<ReminderContent, { kind: "drill" }>): ReminderMessage {
  const tr = translator("en-US");
  const card = drillSteps(content.drill, content.level, tr);
  const reps = repsFor(content.level, content.repsStep);
  const embed = new EmbedBuilder()
    .setColor(content.drill === "flexed-knee" ? BRAND_COLOUR : WARNING_COLOUR)
    .setTitle(`${drillLabel(tr, content.drill)} · ${levelTitle(tr, content.drill, content.level)}`)
    .setDescription(card.setup)
    .addFields(card.motions.map((motion) => ({ name: motion.name, value: motion.cue })))
    .setFooter({ text: `${reps} slow reps each way, one leg then the other. ${card.safety}` });
  const id = content.reminderId;
  const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(REMINDER_DONE_PREFIX, id))
      .setLabel("Done")
      .setStyle(ButtonStyle.Success),
    new ButtonBuilder()
      .setCustomId(customId(REMINDER_PAIN_PREFIX, id))
      .setLabel("Pain")
      .setStyle(ButtonStyle.Danger),
    new ButtonBuilder()
      .setCustomId(customId(REMINDER_SNOOZE_PREFIX, id))
      .setLabel("Snooze")
      .setStyle(ButtonStyle.Secondary),
  );
  return {
    content: `Ankle time: one set of the ${drillLabel(tr, content.drill).toLowerCase()}, ${reps} reps each way.`,
    embeds: [embed.toJSON()],
    components: [buttons.toJSON()],
    allowed_mentions: { parse: [] },
  };
}

function renderMorningCheck(content: Extract<ReminderContent, { kind: "morning-check" }>): ReminderMessage {
  const question = content.pain
    ? `Morning check: yesterday you reported ${content.pain.severity}/10 pain (${content.pain.location}). How does it feel now?`
    : `Morning check: yesterday was your first day at level ${content.level ?? "?"}${
        content.drill ? ` of the ${drillLabel(translator("en-US"), content.drill).toLowerCase()}` : ""
      }. Any pain this morning?`;
  const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
    MORNING_BANDS.map((band) =>
      new ButtonBuilder()
        .setCustomId(customId(MORNING_PREFIX, content.reminderId, band))
        .setLabel(MORNING_LABELS[band])
        .setStyle(band === "none" ? ButtonStyle.Success : ButtonStyle.Secondary),
    ),
  );
  return { content: question, embeds: [], components: [buttons.toJSON()], allowed_mentions: { parse: [] } };
}

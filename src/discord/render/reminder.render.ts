import {
  ActionRowBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
} from "discord.js";
import { repsFor } from "../../domain/drills.rules.js";
import { MORNING_BANDS } from "../../domain/morning-check.rules.js";
import type { ReminderContent } from "../../domain/reminders.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { customId } from "../command.js";
import { renderAttention } from "./attention.render.js";
import { BRAND_COLOUR, WARNING_COLOUR } from "./colours.render.js";
import { type PictureAttachment, type PictureRef, pictureAttachments } from "./drill-pictures.render.js";
import { drillLabel, drillSteps, levelTitle } from "./drill-words.render.js";
import { renderMeasureInvite, stifferSideLine } from "./measure.render.js";
import { painPlace } from "./pain.render.js";
import { renderRunReminder } from "./run-reminder.render.js";

export const REMINDER_DONE_PREFIX = "rem-done";
export const REMINDER_PAIN_PREFIX = "rem-pain";
export const REMINDER_SNOOZE_PREFIX = "rem-snooze";
export const MORNING_PREFIX = "morning";

/** A direct message as Discord API JSON: what every reminder kind renders to. */
export interface ReminderMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: { parse: [] };
  /** The drills' pictures, uploaded as the message's files (`files[0]`, `files[1]`). */
  attachments?: PictureAttachment[];
}

/**
 * A reminder DM as Discord API JSON, in the member's language: a drill at their level with its
 * buttons and, when given, its picture; a morning check; an invitation to measure; a warm-up (with
 * its matrices' pictures) or a run's check-in.
 */
export function renderReminder(
  content: ReminderContent,
  tr: Translator,
  pictures: readonly PictureRef[] = [],
): ReminderMessage {
  switch (content.kind) {
    case "drill":
      return renderDrillReminder(content, tr, pictures[0]);
    case "morning-check":
      return renderMorningCheck(content, tr);
    case "measure-invite":
      return renderMeasureInvite(content, tr);
    case "warmup":
    case "run-check":
      return renderRunReminder(content, tr, pictures);
    case "nudge":
    case "streak-warning":
      return renderAttention(content, tr);
  }
}

function renderDrillReminder(
  content: Extract<ReminderContent, { kind: "drill" }>,
  tr: Translator,
  picture: PictureRef | undefined,
): ReminderMessage {
  const card = drillSteps(content.drill, content.level, tr);
  const reps = repsFor(content.level, content.repsStep);
  const embed = new EmbedBuilder()
    .setColor(content.drill === "flexed-knee" ? BRAND_COLOUR : WARNING_COLOUR)
    .setTitle(`${drillLabel(tr, content.drill)} · ${levelTitle(tr, content.drill, content.level)}`)
    .setDescription(card.setup)
    .addFields(card.motions.map((motion) => ({ name: motion.name, value: motion.cue })))
    .setFooter({ text: tr.t("reminders.drill.footer", { reps, safety: card.safety }) });
  if (picture) embed.setImage(`attachment://${picture.name}`);
  const id = content.reminderId;
  const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(REMINDER_DONE_PREFIX, id))
      .setLabel(tr.t("reminders.button.done"))
      .setStyle(ButtonStyle.Success),
    new ButtonBuilder()
      .setCustomId(customId(REMINDER_PAIN_PREFIX, id))
      .setLabel(tr.t("reminders.button.pain"))
      .setStyle(ButtonStyle.Danger),
    new ButtonBuilder()
      .setCustomId(customId(REMINDER_SNOOZE_PREFIX, id))
      .setLabel(tr.t("reminders.button.snooze"))
      .setStyle(ButtonStyle.Secondary),
  );
  return {
    content: [
      tr.t(`reminders.drill.intro.${content.drill}`, { reps }),
      ...(content.stiffer ? [stifferSideLine(content.stiffer, tr)] : []),
    ].join("\n"),
    embeds: [embed.toJSON()],
    components: [buttons.toJSON()],
    allowed_mentions: { parse: [] },
    ...pictureAttachments(picture ? [picture] : []),
  };
}

function renderMorningCheck(
  content: Extract<ReminderContent, { kind: "morning-check" }>,
  tr: Translator,
): ReminderMessage {
  const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
    MORNING_BANDS.map((band) =>
      new ButtonBuilder()
        .setCustomId(customId(MORNING_PREFIX, content.reminderId, band))
        .setLabel(tr.t(`reminders.morning.band.${band}`))
        .setStyle(band === "none" ? ButtonStyle.Success : ButtonStyle.Secondary),
    ),
  );
  return {
    content: morningQuestion(content, tr),
    embeds: [],
    components: [buttons.toJSON()],
    allowed_mentions: { parse: [] },
  };
}

/**
 * After an evening report it names that pain, and asks again on the following mornings; after a
 * first day at a new level, it names the level.
 */
function morningQuestion(
  content: Extract<ReminderContent, { kind: "morning-check" }>,
  tr: Translator,
): string {
  const { pain, drill, level } = content;
  if (pain) {
    const location = painPlace(pain.location, tr);
    if (pain.repeat) return tr.t("reminders.morning.again", { location });
    return tr.t("reminders.morning.afterPain", { severity: pain.severity, location });
  }
  if (drill && level) return tr.t(`reminders.morning.firstDay.${drill}`, { level });
  return tr.t("reminders.morning.anyPain");
}

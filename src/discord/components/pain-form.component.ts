import {
  type BaseMessageOptions,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { NOTE_MAX } from "../../domain/pain.rules.js";
import {
  FORM_MOMENTS,
  FORM_PLACES,
  type FormMoment,
  momentOfPick,
  type PainFormPrefill,
  placeOfPick,
  prefilledMoment,
} from "../../domain/pain-form.rules.js";
import type { RawPainInput } from "../../domain/pain-input.rules.js";
import { SIGN_CHOICES } from "../../domain/warning-signs.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { signOptions } from "../render/signs.render.js";

/** The form's fields; "where" carries the side and "when" the drill or the run (pain-form.rules.ts). */
const FIELD = { severity: "severity", place: "place", moment: "moment", signs: "signs", note: "note" };

function placeLabel({ location, side }: (typeof FORM_PLACES)[number], tr: Translator): string {
  const place = tr.t(`pain.location.${location}`);
  return side ? tr.t(`pain.form.side.${side}`, { location: place }) : place;
}

function momentLabel(moment: FormMoment, tr: Translator): string {
  return moment === "flexed-knee" || moment === "straight-leg"
    ? tr.t(`drills.label.${moment}`)
    : tr.t(`pain.context.${moment}`);
}

function selectField(label: string, menu: StringSelectMenuBuilder): LabelBuilder {
  return new LabelBuilder().setLabel(label).setStringSelectMenuComponent(menu);
}

/**
 * The short pain report opened from a reminder, from /log's "That hurt" or after a run: how bad,
 * where and on which side, when (starting on what opened it, and changeable), the warning signs and
 * a note. It feeds the same rules and code as /pain (report-pain.usecases.ts).
 */
export function painFormModal(
  modalCustomId: string,
  tr: Translator,
  prefill: PainFormPrefill = {},
): ModalBuilder {
  const moment = prefilledMoment(prefill);
  return new ModalBuilder()
    .setCustomId(modalCustomId)
    .setTitle(tr.t("pain.form.title"))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(tr.t("pain.form.severity"))
        .setDescription(tr.t("pain.form.severityHint"))
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(FIELD.severity)
            .setStyle(TextInputStyle.Short)
            .setMinLength(1)
            .setMaxLength(2),
        ),
      selectField(
        tr.t("pain.form.location"),
        new StringSelectMenuBuilder()
          .setCustomId(FIELD.place)
          .addOptions(FORM_PLACES.map((place) => ({ label: placeLabel(place, tr), value: place.value }))),
      ),
      selectField(
        tr.t("pain.form.moment"),
        new StringSelectMenuBuilder()
          .setCustomId(FIELD.moment)
          .setRequired(false)
          .addOptions(
            FORM_MOMENTS.map((pick) => ({
              label: momentLabel(pick, tr),
              value: pick,
              default: pick === moment,
            })),
          ),
      ),
      new LabelBuilder()
        .setLabel(tr.t("signs.form.label"))
        .setDescription(tr.t("signs.form.hint"))
        .setStringSelectMenuComponent(
          new StringSelectMenuBuilder()
            .setCustomId(FIELD.signs)
            .setRequired(false)
            .setMinValues(0)
            .setMaxValues(SIGN_CHOICES.length)
            .addOptions(signOptions(tr, true)),
        ),
      new LabelBuilder()
        .setLabel(tr.t("pain.form.note"))
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(FIELD.note)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(false)
            .setMaxLength(NOTE_MAX),
        ),
    );
}

/** A select's one pick, or undefined when it was left empty or the form had no such field. */
function pickOf(interaction: ModalSubmitInteraction, field: string): string | undefined {
  return interaction.fields.fields.has(field)
    ? interaction.fields.getStringSelectValues(field)[0]
    : undefined;
}

/**
 * The form's answers as the pain rules' raw input (validated there, with the same problems as /pain).
 * No `context` when "when" was left empty: the caller then knows best (a reminder's drill).
 */
export function painFormInput(interaction: ModalSubmitInteraction): RawPainInput {
  const severity = interaction.fields.getTextInputValue(FIELD.severity).trim();
  const place = pickOf(interaction, FIELD.place);
  const moment = pickOf(interaction, FIELD.moment);
  return {
    severity: /^\d+$/.test(severity) ? Number(severity) : severity,
    ...(place === undefined ? { location: undefined } : placeOfPick(place)),
    ...(moment === undefined ? {} : momentOfPick(moment)),
    note: interaction.fields.getTextInputValue(FIELD.note),
    signs: interaction.fields.fields.has(FIELD.signs)
      ? interaction.fields.getStringSelectValues(FIELD.signs)
      : null,
  };
}

/**
 * Sends the reply to a submitted form. Opened from a message's button, that message loses its
 * buttons (and its content becomes `content`, when given), and the reply follows, privately.
 */
export async function replyToPainForm(
  interaction: ModalSubmitInteraction,
  reply: BaseMessageOptions,
  content?: string,
): Promise<void> {
  if (!interaction.isFromMessage()) {
    await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.update({ ...(content === undefined ? {} : { content }), components: [] });
  await interaction.followUp({ ...reply, flags: MessageFlags.Ephemeral });
}

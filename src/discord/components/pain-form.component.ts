import {
  LabelBuilder,
  ModalBuilder,
  type ModalSubmitInteraction,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { LOCATIONS, NOTE_MAX } from "../../domain/pain.rules.js";
import type { RawPainInput } from "../../domain/pain-input.rules.js";
import { SIGN_CHOICES } from "../../domain/warning-signs.rules.js";
import type { Translator } from "../../i18n/i18n.js";
import { signOptions } from "../render/signs.render.js";

/** The form's warning-sign menu: optional, any number of signs, or "none". */
const SIGNS_FIELD = "signs";

/**
 * The short pain report opened from a reminder's Pain button: severity, where, the warning signs and
 * a note. It feeds the same rules and code as /pain (report-pain.usecases.ts).
 */
export function painFormModal(modalCustomId: string, tr: Translator): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(modalCustomId)
    .setTitle(tr.t("pain.form.title"))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(tr.t("pain.form.severity"))
        .setDescription(tr.t("pain.form.severityHint"))
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId("severity")
            .setStyle(TextInputStyle.Short)
            .setMinLength(1)
            .setMaxLength(2),
        ),
      new LabelBuilder()
        .setLabel(tr.t("pain.form.location"))
        .setStringSelectMenuComponent(
          new StringSelectMenuBuilder()
            .setCustomId("location")
            .addOptions(
              LOCATIONS.map((location) => ({ label: tr.t(`pain.location.${location}`), value: location })),
            ),
        ),
      new LabelBuilder()
        .setLabel(tr.t("pain.form.note"))
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId("note")
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(false)
            .setMaxLength(NOTE_MAX),
        ),
      new LabelBuilder()
        .setLabel(tr.t("signs.form.label"))
        .setDescription(tr.t("signs.form.hint"))
        .setStringSelectMenuComponent(
          new StringSelectMenuBuilder()
            .setCustomId(SIGNS_FIELD)
            .setRequired(false)
            .setMinValues(0)
            .setMaxValues(SIGN_CHOICES.length)
            .addOptions(signOptions(tr, true)),
        ),
    );
}

/** The form's answers as the pain rules' raw input (validated there, with the same problems as /pain). */
export function painFormInput(interaction: ModalSubmitInteraction): RawPainInput {
  const severity = interaction.fields.getTextInputValue("severity").trim();
  return {
    severity: /^\d+$/.test(severity) ? Number(severity) : severity,
    location: interaction.fields.getStringSelectValues("location")[0],
    note: interaction.fields.getTextInputValue("note"),
    // A form opened before the menu existed has no such field: not answered.
    signs: interaction.fields.fields.has(SIGNS_FIELD)
      ? interaction.fields.getStringSelectValues(SIGNS_FIELD)
      : null,
  };
}

import {
  LabelBuilder,
  ModalBuilder,
  type ModalSubmitInteraction,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { LOCATIONS, NOTE_MAX, type RawPainInput } from "../../domain/pain.js";

/**
 * The short pain report opened from a reminder's Pain button: severity, where, and a note. It feeds
 * the same rules and code as /pain (app/report-pain.ts).
 */
export function painFormModal(modalCustomId: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(modalCustomId)
    .setTitle("Report pain")
    .addLabelComponents(
      new LabelBuilder()
        .setLabel("How bad, 0 to 10?")
        .setDescription("0 = no pain, 10 = the worst you can imagine")
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId("severity")
            .setStyle(TextInputStyle.Short)
            .setMinLength(1)
            .setMaxLength(2),
        ),
      new LabelBuilder()
        .setLabel("Where?")
        .setStringSelectMenuComponent(
          new StringSelectMenuBuilder()
            .setCustomId("location")
            .addOptions(LOCATIONS.map((location) => ({ label: location, value: location }))),
        ),
      new LabelBuilder()
        .setLabel("Anything else? (optional)")
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId("note")
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(false)
            .setMaxLength(NOTE_MAX),
        ),
    );
}

/** The form's answers as the pain rules' raw input (validated there, with the same messages as /pain). */
export function painFormInput(interaction: ModalSubmitInteraction): RawPainInput {
  const severity = interaction.fields.getTextInputValue("severity").trim();
  return {
    severity: /^\d+$/.test(severity) ? Number(severity) : severity,
    location: interaction.fields.getStringSelectValues("location")[0],
    note: interaction.fields.getTextInputValue("note"),
  };
}

import { ApplicationCommandOptionType, MessageFlags } from "discord.js";
import { reportPain } from "../../app/report-pain.usecases.js";
import { DRILLS } from "../../domain/drills.rules.js";
import { CONTEXTS, LOCATIONS, NOTE_MAX, SEVERITY_MAX, SEVERITY_MIN } from "../../domain/pain.rules.js";
import { SIDES } from "../../domain/pain-episodes.rules.js";
import { SIGN_CHOICES } from "../../domain/warning-signs.rules.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { choice, described } from "../render/command-text.render.js";
import { renderPainReply } from "../render/pain.render.js";

const data = commandDefinition({
  name: "pain",
  ...described("pain.command.description"),
  ...MEMBER_COMMAND,
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: "severity",
      ...described("pain.command.severity"),
      required: true,
      min_value: SEVERITY_MIN,
      max_value: SEVERITY_MAX,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "location",
      ...described("pain.command.location"),
      required: true,
      choices: LOCATIONS.map((location) => choice(`pain.location.${location}`, location)),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "side",
      ...described("pain.command.side"),
      choices: SIDES.map((side) => choice(`pain.side.${side}`, side)),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      ...described("pain.command.drill"),
      choices: [
        ...DRILLS.map((drill) => choice(`drills.label.${drill}`, drill)),
        choice("pain.command.drillUnknown", "unknown"),
      ],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "context",
      ...described("pain.command.context"),
      choices: CONTEXTS.map((context) => choice(`pain.context.${context}`, context)),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "note",
      ...described("pain.command.note", { max: NOTE_MAX }),
      max_length: NOTE_MAX,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "sign",
      ...described("signs.command.option"),
      choices: SIGN_CHOICES.map((sign) => choice(`signs.label.${sign}`, sign)),
    },
  ],
});

/** The one option whose name differs from the input it feeds: /pain's `sign` is one of the `signs`. */
function painOptions({ sign, ...rest }: ReturnType<typeof optionsOf<typeof data>>) {
  return { ...rest, signs: sign };
}

export const painCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const result = await reportPain(deps, {
      caller: callerOf(interaction),
      raw: painOptions(optionsOf(data, interaction)),
      interactionId: interaction.id,
      source: "command",
    });
    await interaction.reply({
      ...renderPainReply(result, interaction.user.id, translator(interaction.locale)),
      flags: MessageFlags.Ephemeral,
    });
  },
};

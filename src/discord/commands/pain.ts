import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { reportPain } from "../../app/report-pain.js";
import { DRILLS } from "../../domain/drills.js";
import { CONTEXTS, LOCATIONS, NOTE_MAX, SEVERITY_MAX, SEVERITY_MIN } from "../../domain/pain.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { renderPainReply } from "../render/pain.js";

const choices = (values: readonly string[]) => values.map((value) => ({ name: value, value }));

const data = {
  name: "pain",
  description: "Report pain: your plan gets gentler at once (private to you)",
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: "severity",
      description: "0 = no pain, 10 = worst imaginable",
      required: true,
      min_value: SEVERITY_MIN,
      max_value: SEVERITY_MAX,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "location",
      description: "Where it hurts",
      required: true,
      choices: choices(LOCATIONS),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      description: "The drill you were doing, if any",
      choices: choices([...DRILLS, "unknown"]),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "context",
      description: "When it hurt",
      choices: choices(CONTEXTS),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "note",
      description: `Anything else (up to ${NOTE_MAX} characters)`,
      max_length: NOTE_MAX,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const painCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const result = await reportPain(deps, {
      caller: callerOf(interaction),
      raw: {
        severity: interaction.options.getInteger("severity"),
        location: interaction.options.getString("location"),
        drill: interaction.options.getString("drill"),
        context: interaction.options.getString("context"),
        note: interaction.options.getString("note"),
      },
      interactionId: interaction.id,
      source: "command",
    });
    await interaction.reply({
      ...renderPainReply(result, interaction.user.id),
      flags: MessageFlags.Ephemeral,
    });
  },
};

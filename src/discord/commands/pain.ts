import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { SlashCommand } from "../command.js";
import { replyNotAvailableYet } from "./not-yet.js";

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
      min_value: 0,
      max_value: 10,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "location",
      description: "Where it hurts",
      required: true,
      choices: choices(["knee", "ankle", "calf", "shin", "foot", "hip", "other"]),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      description: "The drill you were doing, if any",
      choices: choices(["flexed-knee", "straight-leg", "unknown"]),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "context",
      description: "When it hurt",
      choices: choices(["drills", "run", "downhill", "morning", "other"]),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "note",
      description: "Anything else (up to 500 characters)",
      max_length: 500,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const painCommand: SlashCommand = { data, execute: replyNotAvailableYet };

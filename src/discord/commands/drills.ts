import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { SlashCommand } from "../command.js";
import { respondWithDrillChoices } from "./drill-option.js";
import { replyNotAvailableYet } from "./not-yet.js";

const data = {
  name: "drills",
  description: "How to do the ankle drills at your level",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "drill",
      description: "flexed-knee or straight-leg (both when left out)",
      autocomplete: true,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const drillsCommand: SlashCommand = {
  data,
  execute: replyNotAvailableYet,
  autocomplete: respondWithDrillChoices,
};

import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { SlashCommand } from "../command.js";
import { replyNotAvailableYet } from "./not-yet.js";

const data = {
  name: "pause",
  description: "Pause your reminders (your streak is kept)",
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: "days",
      description: "For how many days (until /resume when left out)",
      min_value: 1,
      max_value: 365,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const pauseCommand: SlashCommand = { data, execute: replyNotAvailableYet };

import {
  ApplicationCommandOptionType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { SlashCommand } from "../command.js";
import { replyNotAvailableYet } from "./not-yet.js";

const data = {
  name: "leaderboard",
  description: "This club's weekly board",
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "week",
      description: "Which week (this week when left out)",
      choices: [
        { name: "this week", value: "this" },
        { name: "last week", value: "last" },
      ],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const leaderboardCommand: SlashCommand = { data, execute: replyNotAvailableYet };

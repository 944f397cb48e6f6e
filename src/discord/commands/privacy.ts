import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { SlashCommand } from "../command.js";
import { replyNotAvailableYet } from "./not-yet.js";

const data = {
  name: "privacy",
  description: "Your data: export it, delete it, or hide from leaderboards",
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "export",
      description: "Get everything Dorsi stores about you, as a file",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "delete",
      description: "Delete everything Dorsi stores about you",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "hide",
      description: "Leave or rejoin the club leaderboards",
      options: [
        {
          type: ApplicationCommandOptionType.Boolean,
          name: "hidden",
          description: "True to leave the boards, false to rejoin (switches when left out)",
        },
      ],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const privacyCommand: SlashCommand = { data, execute: replyNotAvailableYet };

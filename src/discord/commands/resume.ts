import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { SlashCommand } from "../command.js";
import { replyNotAvailableYet } from "./not-yet.js";

const data = {
  name: "resume",
  description: "Resume your reminders",
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const resumeCommand: SlashCommand = { data, execute: replyNotAvailableYet };

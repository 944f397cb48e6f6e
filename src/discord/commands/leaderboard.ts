import {
  ApplicationCommandOptionType,
  InteractionContextType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { UserError } from "../../app/errors.js";
import { parseWeekChoice, showLeaderboard } from "../../app/leaderboard.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { renderLeaderboardReply, renderStanding } from "../render/leaderboard.js";

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

export const leaderboardCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    // Bad input is refused before the public defer, so the refusal stays ephemeral.
    const week = parseWeekChoice(interaction.options.getString("week"));
    if (!interaction.guildId) {
      throw UserError.untranslated("Leaderboards belong to a club: run /leaderboard in your club's server.");
    }
    await interaction.deferReply();
    const view = await showLeaderboard(deps, { caller: callerOf(interaction), week });
    await interaction.editReply(await renderLeaderboardReply(view.board, week));
    const standing = renderStanding(view.caller);
    if (standing) await interaction.followUp({ content: standing, flags: MessageFlags.Ephemeral });
  },
};

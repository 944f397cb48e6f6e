import { ApplicationCommandOptionType, MessageFlags } from "discord.js";
import { parseWeekChoice, showLeaderboard } from "../../app/leaderboard.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { inServer } from "../preconditions.js";
import { choice, described } from "../render/command-text.render.js";
import { renderLeaderboardReply, renderStanding } from "../render/leaderboard.render.js";

const data = commandDefinition({
  name: "leaderboard",
  ...described("board.command.leaderboard.description"),
  // Installable with the member commands (interface.md), so that a runner who types it in a DM is
  // told where the board lives rather than finding no such command.
  ...MEMBER_COMMAND,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "week",
      ...described("board.command.leaderboard.week"),
      choices: [
        choice("board.command.leaderboard.thisWeek", "this"),
        choice("board.command.leaderboard.lastWeek", "last"),
      ],
    },
  ],
});

export const leaderboardCommand: SlashCommand = {
  data,
  preconditions: [inServer("board.errors.leaderboardOutsideServer")],
  async execute(interaction, { deps }) {
    // Bad input is refused before the public defer, so the refusal stays ephemeral.
    const week = parseWeekChoice(optionsOf(data, interaction).week);
    await interaction.deferReply();
    const view = await showLeaderboard(deps, { caller: callerOf(interaction), week });
    // The board is public: everyone in the channel reads it, so it speaks the server's language.
    const everyone = translator(interaction.guildLocale ?? interaction.locale);
    await interaction.editReply(await renderLeaderboardReply(view.board, week, everyone));
    const standing = renderStanding(view.caller, translator(interaction.locale));
    if (standing) await interaction.followUp({ content: standing, flags: MessageFlags.Ephemeral });
  },
};

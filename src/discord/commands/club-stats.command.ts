import { MessageFlags } from "discord.js";
import { getClubStats } from "../../app/club-stats.usecases.js";
import { translator } from "../../i18n/i18n.js";
import type { SlashCommand } from "../command.js";
import { SERVER_COMMAND } from "../command-contexts.js";
import { commandDefinition } from "../command-options.js";
import { inServer } from "../preconditions.js";
import { renderClubStatsReply } from "../render/club-stats.render.js";
import { described } from "../render/command-text.render.js";

const data = commandDefinition({
  name: "club-stats",
  ...described("clubStats.command.description"),
  ...SERVER_COMMAND,
});

export const clubStatsCommand: SlashCommand = {
  data,
  preconditions: [inServer("clubStats.outsideServer")],
  async execute(interaction, { deps }) {
    // Drawing the chart can take longer than Discord's 3 seconds on a cold start.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const guildId = interaction.guildId ?? "";
    const stats = await getClubStats(deps, guildId);
    const club = interaction.guild?.name ?? guildId;
    await interaction.editReply(await renderClubStatsReply(stats, club, translator(interaction.locale)));
  },
};

import { MessageFlags } from "discord.js";
import { translator } from "../../i18n/i18n.js";
import type { SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { isRegistered, mentionsOf } from "../command-mentions.js";
import { commandDefinition } from "../command-options.js";
import { BRAND_COLOUR } from "../render/colours.render.js";
import { described } from "../render/command-text.render.js";
import { renderHelp } from "../render/help.render.js";
import { NO_PINGS } from "../render/welcome.render.js";

const data = commandDefinition({
  name: "help",
  ...described("help.command.description"),
  ...MEMBER_COMMAND,
});

export const helpCommand: SlashCommand = {
  data,
  async execute(interaction) {
    const { client } = interaction;
    // An embed: the list with its mentions outgrows a message's 2,000 characters in some languages.
    const description = renderHelp(
      mentionsOf(client),
      (command) => isRegistered(client, command),
      translator(interaction.locale),
    );
    await interaction.reply({
      embeds: [{ color: BRAND_COLOUR, description }],
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
  },
};

import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { exportMemberData, setLeaderboardHidden } from "../../app/privacy.js";
import { callerOf } from "../caller.js";
import { customId, type SlashCommand } from "../command.js";
import { PRIVACY_CANCEL_PREFIX, PRIVACY_DELETE_PREFIX } from "../components/privacy-delete.js";

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

export const privacyCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    switch (interaction.options.getSubcommand(true)) {
      case "export": {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const exported = await exportMemberData(deps, interaction.user.id);
        const file = new AttachmentBuilder(Buffer.from(JSON.stringify(exported, null, 2)), {
          name: `dorsi-data-${interaction.user.id}.json`,
        });
        await interaction.editReply({
          content:
            "Here is everything Dorsi stores about you, including your pain reports. Only you can see this.",
          files: [file],
        });
        return;
      }
      case "delete": {
        const issuedAt = deps.clock.now().getTime();
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder()
            .setCustomId(customId(PRIVACY_DELETE_PREFIX, interaction.user.id, issuedAt))
            .setLabel("Delete everything")
            .setStyle(ButtonStyle.Danger),
          new ButtonBuilder()
            .setCustomId(customId(PRIVACY_CANCEL_PREFIX, interaction.user.id))
            .setLabel("Cancel")
            .setStyle(ButtonStyle.Secondary),
        );
        await interaction.reply({
          content:
            "This deletes your sets, pain reports, progression, reminders and settings, in every club. It cannot be undone. Are you sure?",
          components: [row],
          flags: MessageFlags.Ephemeral,
        });
        return;
      }
      default: {
        const hidden = await setLeaderboardHidden(
          deps,
          callerOf(interaction),
          interaction.options.getBoolean("hidden"),
        );
        const where = interaction.guildId ? "this club's leaderboard" : "every club leaderboard";
        await interaction.reply({
          content: hidden
            ? `Done: you're off ${where}. Your own progress is unchanged. Run /privacy hide again to rejoin.`
            : `Welcome back: you're on ${where} again.`,
          flags: MessageFlags.Ephemeral,
        });
      }
    }
  },
};

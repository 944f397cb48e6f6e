import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
} from "discord.js";
import { exportMemberData, setLeaderboardHidden } from "../../app/privacy.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { callerOf } from "../caller.js";
import { customId, type SlashCommand } from "../command.js";
import { MEMBER_COMMAND } from "../command-contexts.js";
import { commandDefinition, optionsOf } from "../command-options.js";
import { PRIVACY_CANCEL_PREFIX, PRIVACY_DELETE_PREFIX } from "../components/privacy-delete.component.js";
import { described } from "../render/command-text.render.js";

const data = commandDefinition({
  name: "privacy",
  ...described("privacy.command.description"),
  ...MEMBER_COMMAND,
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "export",
      ...described("privacy.command.export"),
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "delete",
      ...described("privacy.command.delete"),
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: "hide",
      ...described("privacy.command.hide"),
      options: [
        {
          type: ApplicationCommandOptionType.Boolean,
          name: "hidden",
          ...described("privacy.command.hidden"),
        },
      ],
    },
  ],
});

export const privacyCommand: SlashCommand = {
  data,
  async execute(interaction, { deps }) {
    const { t } = translator(interaction.locale);
    const args = optionsOf(data, interaction);
    switch (args.subcommand) {
      case "export": {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const exported = await exportMemberData(deps, interaction.user.id);
        const file = new AttachmentBuilder(Buffer.from(JSON.stringify(exported, null, 2)), {
          name: `dorsi-data-${interaction.user.id}.json`,
        });
        await interaction.editReply({
          content: t("privacy.exported"),
          files: [file],
        });
        return;
      }
      case "delete": {
        const issuedAt = deps.clock.now().getTime();
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder()
            .setCustomId(customId(PRIVACY_DELETE_PREFIX, interaction.user.id, issuedAt))
            .setLabel(t("privacy.button.delete"))
            .setStyle(ButtonStyle.Danger),
          new ButtonBuilder()
            .setCustomId(customId(PRIVACY_CANCEL_PREFIX, interaction.user.id))
            .setLabel(t("privacy.button.cancel"))
            .setStyle(ButtonStyle.Secondary),
        );
        await interaction.reply({
          content: t("privacy.deleteQuestion"),
          components: [row],
          flags: MessageFlags.Ephemeral,
        });
        return;
      }
      case "hide": {
        const hidden = await setLeaderboardHidden(deps, callerOf(interaction), args.options.hidden);
        const where = interaction.guildId ? "here" : "everywhere";
        await interaction.reply({
          content: t(hidden ? `privacy.hidden.${where}` : `privacy.shown.${where}`),
          flags: MessageFlags.Ephemeral,
        });
      }
    }
  },
};

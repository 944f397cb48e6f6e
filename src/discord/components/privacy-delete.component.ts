import { deleteMemberData } from "../../app/privacy.usecases.js";
import { translator } from "../../i18n/i18n.js";
import type { ComponentHandler } from "../command.js";
import { buttonOwner } from "../preconditions.js";

export const PRIVACY_DELETE_PREFIX = "privacy-delete";
export const PRIVACY_CANCEL_PREFIX = "privacy-cancel";

export const privacyDeleteButton: ComponentHandler = {
  prefix: PRIVACY_DELETE_PREFIX,
  preconditions: [buttonOwner],
  async button(interaction, [_ownerId, issuedAt], { deps }) {
    await deleteMemberData(deps, interaction.user.id, Number(issuedAt));
    await interaction.update({
      content: translator(interaction.locale).t("privacy.deleted"),
      components: [],
    });
  },
};

export const privacyCancelButton: ComponentHandler = {
  prefix: PRIVACY_CANCEL_PREFIX,
  preconditions: [buttonOwner],
  async button(interaction) {
    await interaction.update({
      content: translator(interaction.locale).t("privacy.cancelled"),
      components: [],
    });
  },
};

import { deleteMemberData } from "../../app/privacy.usecases.js";
import { translator } from "../../i18n/i18n.js";
import { assertButtonOwner, type ComponentHandler } from "../command.js";

export const PRIVACY_DELETE_PREFIX = "privacy-delete";
export const PRIVACY_CANCEL_PREFIX = "privacy-cancel";

export const privacyDeleteButton: ComponentHandler = {
  prefix: PRIVACY_DELETE_PREFIX,
  async button(interaction, [ownerId, issuedAt], { deps }) {
    assertButtonOwner(ownerId, interaction.user.id);
    await deleteMemberData(deps, interaction.user.id, Number(issuedAt));
    await interaction.update({
      content: translator(interaction.locale).t("privacy.deleted"),
      components: [],
    });
  },
};

export const privacyCancelButton: ComponentHandler = {
  prefix: PRIVACY_CANCEL_PREFIX,
  async button(interaction, [ownerId]) {
    assertButtonOwner(ownerId, interaction.user.id);
    await interaction.update({
      content: translator(interaction.locale).t("privacy.cancelled"),
      components: [],
    });
  },
};

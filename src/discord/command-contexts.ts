import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";

type Where = Required<
  Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, "integration_types" | "contexts">
>;

/**
 * Spread into a member command's definition: it can be installed to a person's own account as well
 * as to a server, and used in a server, in a DM with Dorsi, or in a group DM. A runner with no club
 * then uses Dorsi from their own account. Commands without it stay with the server install.
 */
export const MEMBER_COMMAND: Where = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};

/** Spread into a club command's definition (/club, /club-stats): in servers only. */
export const SERVER_COMMAND: Where = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
};

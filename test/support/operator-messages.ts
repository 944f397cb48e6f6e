/** What an operator reads when DISCORD_TOKEN is missing: where to get a token and where to put it. */
export const MISSING_TOKEN_MESSAGE =
  "DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications (Bot > Reset Token) and put DISCORD_TOKEN=<token> in a .env file next to package.json.";

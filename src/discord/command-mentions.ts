import type { Client } from "discord.js";

/**
 * The ids Discord gave our commands, learnt when they are synced at start, per client (a test runs
 * two bot processes in one Node process). A cache of Discord's registry, nothing of our own state.
 */
const idsByClient = new WeakMap<Client, ReadonlyMap<string, string>>();

export function rememberCommandIds(client: Client, ids: ReadonlyMap<string, string>): void {
  idsByClient.set(client, ids);
}

/** Writes a command ("schedule", or "privacy export") as a mention members can click. */
export type CommandMention = (command: string) => string;

/**
 * `</name:id>`, which Discord shows as a clickable command; plain `/name` while the id is unknown
 * (commands not synced yet), which still tells the member what to type.
 */
export function mentionsOf(client: Client): CommandMention {
  const ids = idsByClient.get(client);
  return (command) => {
    const id = ids?.get(command.split(" ")[0] ?? command);
    return id ? `</${command}:${id}>` : `/${command}`;
  };
}

/** Whether Discord knows the command (true while ids are unknown): /help lists only what exists. */
export function isRegistered(client: Client, command: string): boolean {
  return idsByClient.get(client)?.has(command) ?? true;
}

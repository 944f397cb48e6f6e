import type { Db } from "../db/db-client.js";
import type { Clock } from "./clock.js";

export interface AppDeps {
  readonly db: Db;
  readonly clock: Clock;
}

/** The locales are stored: they choose the language of later DMs and channel posts. */
export interface Caller {
  readonly userId: string;
  readonly displayName: string;
  readonly locale?: string;
  readonly guild: { readonly id: string; readonly name: string; readonly locale?: string } | null;
}

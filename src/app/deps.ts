import type { Db } from "../db/client.js";
import type { Clock } from "./clock.js";

/** What every use case needs from the outside world. */
export interface AppDeps {
  readonly db: Db;
  readonly clock: Clock;
}

/** Who is asking, and from where (guildId is null in a direct message). */
export interface Caller {
  readonly userId: string;
  readonly displayName: string;
  readonly guild: { readonly id: string; readonly name: string } | null;
}

import type { Db } from "../db/db-client.js";
import type { PrivacyRepository } from "../db/repos/privacy.repository.js";
import type { Clock } from "./clock.js";

/** The repositories a use case reaches through its deps; src/db/repositories.ts provides them. */
export interface Repositories {
  readonly privacy: PrivacyRepository;
}

/** What every use case needs from the outside world. */
export interface AppDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly repos: Repositories;
}

/**
 * Who is asking, and from where (guild is null in a direct message). `locale` is the member's
 * Discord language and `guild.locale` the server's preferred one; stored, they choose the language
 * of DMs and channel posts.
 */
export interface Caller {
  readonly userId: string;
  readonly displayName: string;
  readonly locale?: string;
  readonly guild: { readonly id: string; readonly name: string; readonly locale?: string } | null;
}

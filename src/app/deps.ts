import type { Db } from "../db/db-client.js";
import { type AttentionRepository, createAttentionRepository } from "../db/repos/attention.repository.js";
import { createMeasuresRepository, type MeasuresRepository } from "../db/repos/measures.repository.js";
import { createMembersRepository, type MembersRepository } from "../db/repos/members.repository.js";
import {
  createPainReportsRepository,
  type PainReportsRepository,
} from "../db/repos/pain-reports.repository.js";
import { createPrivacyRepository, type PrivacyRepository } from "../db/repos/privacy.repository.js";
import { createRemindersRepository, type RemindersRepository } from "../db/repos/reminders.repository.js";
import { createRunsRepository, type RunsRepository } from "../db/repos/runs.repository.js";
import type { Clock } from "./clock.js";

/** What every use case needs from the outside world: the clock, and the repositories it queries. */
export interface AppDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly attention: AttentionRepository;
  readonly measures: MeasuresRepository;
  readonly members: MembersRepository;
  readonly painReports: PainReportsRepository;
  readonly privacy: PrivacyRepository;
  readonly reminders: RemindersRepository;
  readonly runs: RunsRepository;
}

/** The use cases' dependencies, every repository bound to `db` (a database or a transaction). */
export function createAppDeps(db: Db, clock: Clock): AppDeps {
  return {
    db,
    clock,
    attention: createAttentionRepository(db),
    measures: createMeasuresRepository(db),
    members: createMembersRepository(db),
    painReports: createPainReportsRepository(db),
    privacy: createPrivacyRepository(db),
    reminders: createRemindersRepository(db),
    runs: createRunsRepository(db),
  };
}

/** Runs `work` in one transaction, with every repository bound to it. */
export function inTransaction<T>(deps: AppDeps, work: (tx: AppDeps) => Promise<T>): Promise<T> {
  return deps.db.transaction((tx) => work(createAppDeps(tx, deps.clock)));
}

/** The locales are stored: they choose the language of later DMs and channel posts. */
export interface Caller {
  readonly userId: string;
  readonly displayName: string;
  readonly locale?: string;
  readonly guild: { readonly id: string; readonly name: string; readonly locale?: string } | null;
}

import type { Repositories } from "../app/deps.js";
import { privacyRepository } from "./repos/privacy.repository.js";

/** The repositories behind AppDeps.repos (the composition root, tests and scripts pass this). */
export const repositories: Repositories = {
  privacy: privacyRepository,
};

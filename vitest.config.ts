import { defineConfig } from "vitest/config";

/** Files that read module state as a fresh process has it (which fonts are registered yet). */
const FRESH_MODULES = ["test/discord/render/chart-fonts.test.ts"];

export default defineConfig({
  test: {
    environment: "node",
    // Two files at a time on two cores: the e2e and database tests spend much of their time waiting on
    // sockets and timers.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Files share a worker's loaded modules: importing discord.js, drizzle and PGlite once per
        // worker instead of once per file saves about half of the suite's time on two cores. Every
        // file still builds its own bot, database and Discord double.
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: FRESH_MODULES, isolate: false },
      },
      { extends: true, test: { name: "fresh", include: FRESH_MODULES, isolate: true } },
    ],
  },
});

import { defineConfig } from "drizzle-kit";

// Generates migrations from the schema; the same SQL runs on PostgreSQL and on embedded PGlite.
export default defineConfig({
  dialect: "postgresql",
  schema: [
    "./src/db/schema.ts",
    "./src/db/measures-schema.ts",
    "./src/db/runs-schema.ts",
    "./src/db/welcome-schema.ts",
    "./src/db/attention-schema.ts",
  ],
  out: "./migrations",
});

import "dotenv/config";
import { ConfigError, parseConfig } from "./config.js";
import { createLogger } from "./logger.js";

const startedAt = performance.now();

async function main(): Promise<void> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel, [config.discordToken]);
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));

  // Loaded only once the configuration is known to be good, so a mistake is reported at once.
  const { startDorsi } = await import("./dorsi.js");
  const dorsi = await startDorsi(config, { logger });
  logger.info({ readyMs: Math.round(performance.now() - startedAt) }, "ready");

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    dorsi.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  // Startup failed (database unreachable, token refused): one line, no stack trace for the operator.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Dorsi could not start: ${message}\n`);
  process.exit(1);
});

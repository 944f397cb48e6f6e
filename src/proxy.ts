import "dotenv/config";
import { ConfigError, parseProxyConfig } from "./config.js";
import { startRestProxy } from "./http/rest-proxy.js";
import { createLogger } from "./logger.js";

/** `npm run proxy` (`node dist/proxy.js` in the image): the REST proxy every bot process shares. */
async function main(): Promise<void> {
  let config: ReturnType<typeof parseProxyConfig>;
  try {
    config = parseProxyConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel, [config.discordToken]);
  const proxy = await startRestProxy(config, logger);
  logger.info({ port: proxy.port, upstream: config.upstreamUrl }, "proxy ready");
  const stop = (signal: string) => {
    logger.info({ signal }, "shutting down");
    proxy.close().then(() => process.exit(0));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The proxy could not start: ${message}\n`);
  process.exit(1);
});

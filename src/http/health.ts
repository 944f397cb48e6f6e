import { createServer, type Server } from "node:http";
import type { Logger } from "../logger.js";
import type { Metrics } from "./metrics.js";

/** What /healthz checks: each returns null when fine, or the reason it is not. */
export type HealthCheck = () => Promise<string | null>;

/** What /healthz reports besides the verdict, e.g. each gateway shard of the process. */
type HealthDetails = () => Record<string, unknown>;

interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * GET /healthz: 200 when every check passes, 503 with the reasons otherwise (Docker's HEALTHCHECK
 * and orchestrators use it), with the details beside. GET /metrics: Prometheus text format.
 */
export async function startHealthServer(
  port: number,
  checks: readonly HealthCheck[],
  details: HealthDetails,
  metrics: Metrics,
  logger: Logger,
): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const reply = (status: number, type: string, body: string) => {
      response.writeHead(status, { "content-type": type });
      response.end(body);
    };
    const route = request.method === "GET" ? request.url?.split("?")[0] : undefined;
    const work =
      route === "/healthz"
        ? Promise.all(checks.map((check) => check().catch((error: unknown) => String(error)))).then(
            (results) => {
              const problems = results.filter((result): result is string => result !== null);
              reply(
                problems.length === 0 ? 200 : 503,
                "application/json",
                JSON.stringify({ ok: problems.length === 0, problems, ...details() }),
              );
            },
          )
        : route === "/metrics"
          ? metrics.registry.metrics().then((text) => reply(200, metrics.registry.contentType, text))
          : Promise.resolve(reply(404, "text/plain", "not found\n"));
    work.catch((error: unknown) => {
      logger.error({ err: error }, "health endpoint failed");
      if (!response.headersSent) reply(500, "text/plain", "error\n");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { createServer, type IncomingMessage, type Server } from "node:http";
import { Readable } from "node:stream";
import { proxyRequests } from "@discordjs/proxy";
import { DefaultRestOptions, REST, type RESTOptions } from "discord.js";
import type { ProxyConfig } from "../config.js";
import { paceGlobalRequests } from "../discord/global-pacer.js";
import type { Logger } from "../logger.js";

interface RestProxy {
  /** What bot processes put in DISCORD_API_URL. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * `npm run proxy`: @discordjs/proxy in front of Discord's API, so that every bot process pointing
 * DISCORD_API_URL here shares one REST queue: one set of route buckets and one global limit per bot
 * token, however many processes send. Its @discordjs/rest instance paces bot-authenticated requests
 * like a lone bot does (the processes then leave pacing to it), waits out the 429s that still come
 * and retries them itself. It forwards only this bot's token (and token-less interaction callbacks),
 * so a reachable port cannot spend the bot's limit on someone else's behalf. GET /healthz answers 200.
 */
export async function startRestProxy(config: ProxyConfig, logger: Logger): Promise<RestProxy> {
  const rest = new REST({
    api: config.upstreamUrl,
    // The body is read before the request takes its turn, so a turn is not spent on the upload.
    makeRequest: replayableBodies(paceGlobalRequests(DefaultRestOptions.makeRequest)),
  }).setToken(config.discordToken);
  rest.on("rateLimited", (limit) => logger.debug({ limit }, "waiting for a rate limit"));
  const forward = proxyRequests(rest);
  const server: Server = createServer((request, response) => {
    if (request.method === "GET" && request.url === "/healthz") {
      response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      return;
    }
    const authorization = request.headers.authorization;
    if (authorization !== undefined && authorization !== `Bot ${config.discordToken}`) {
      response
        .writeHead(401, { "content-type": "application/json" })
        .end('{"message":"401: Unauthorized","code":0}');
      return;
    }
    // proxyRequests ends the response before rethrowing an error it does not know (the network to
    // Discord failing): set beforehand, 502 is what the bot then sees, and retries like a 5xx.
    response.statusCode = 502;
    Promise.resolve(forward(request, response)).catch((error: unknown) =>
      logger.warn({ err: error, method: request.method, url: request.url }, "could not forward a request"),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  return {
    url: `http://127.0.0.1:${port}/api`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}

type MakeRequest = RESTOptions["makeRequest"];

/**
 * proxyRequests hands @discordjs/rest the bot's request itself as the body, a stream that can be
 * read once; after a 429 or a 5xx the queue sends the same request again. The body is read into
 * memory on the first attempt and every attempt sends that copy.
 */
function replayableBodies(makeRequest: MakeRequest): MakeRequest {
  const bodies = new WeakMap<IncomingMessage, Promise<Buffer>>();
  return async (url, init) => {
    const { body } = init;
    if (!(body instanceof Readable)) return makeRequest(url, init);
    const stream = body as IncomingMessage;
    let copy = bodies.get(stream);
    if (copy === undefined) {
      copy = readAll(stream);
      bodies.set(stream, copy);
    }
    return makeRequest(url, { ...init, body: await copy });
  };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

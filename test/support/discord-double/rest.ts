import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError, notFound, unauthorized } from "./errors.js";
import { type Faults, type InjectedFailure, type RateLimits, rateLimited } from "./limits.js";
import { parseBody, type UploadedFile } from "./multipart.js";

export interface RestRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  json: unknown;
  files: UploadedFile[];
}

export interface RestReply {
  status: number;
  body?: unknown;
}

export type RouteHandler = (request: RestRequest) => RestReply | Promise<RestReply>;

export interface RouteDefinition {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Discord-style template, e.g. `/channels/:channelId/messages`. */
  template: string;
  /** Interaction callbacks and webhooks authenticate by their token, not the bot's. */
  auth: boolean;
  handler: RouteHandler;
}

/** One REST call as the double saw it, for assertions and debugging. */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  body: unknown;
  at: Date;
}

interface CompiledRoute extends RouteDefinition {
  pattern: RegExp;
  keys: string[];
}

/** Parameters Discord scopes rate-limit buckets by. */
const MAJOR_PARAMETERS = ["channelId", "guildId", "webhookId", "interactionId"];

export const API_PREFIX = "/api/v10";

export class RestRouter {
  readonly log: RequestLogEntry[] = [];
  private readonly routes: CompiledRoute[];

  constructor(
    definitions: RouteDefinition[],
    private readonly token: string,
    private readonly faults: Faults,
    private readonly limits: RateLimits,
    private readonly onLogged: () => void,
  ) {
    this.routes = definitions.map(compile);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const method = req.method ?? "GET";
    const raw = await readAll(req);
    // discord.js encodes `@me` as `%40me`; Discord accepts both, so routes and faults see decoded paths.
    const decoded = decodeURIComponent(url.pathname);
    const path = decoded.startsWith(API_PREFIX) ? decoded.slice(API_PREFIX.length) : undefined;
    const match = path === undefined ? undefined : this.match(method, path);
    if (!match || path === undefined)
      return this.reply(res, method, url.pathname, { status: 404, body: notFound().toJSON() }, {});

    const { route, params } = match;
    const limitHeaders = this.limits.headers(
      method,
      route.template,
      MAJOR_PARAMETERS.map((key) => params[key] ?? "").join(":"),
    );
    const blocked = this.precheck(req, method, path, route);
    if (blocked) return this.reply(res, method, path, blocked, { ...limitHeaders, ...blocked.headers });

    try {
      const { json, files } = await parseBody(raw, req.headers["content-type"]);
      const reply = await route.handler({ method, path, params, query: url.searchParams, json, files });
      this.reply(res, method, path, reply, limitHeaders);
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError(500, 0, `500: Internal Server Error (${String(error)})`);
      this.reply(res, method, path, { status: apiError.status, body: apiError.toJSON() }, limitHeaders);
    }
  }

  /** Authentication, the global limit and injected faults, in the order Discord would apply them. */
  private precheck(
    req: IncomingMessage,
    method: string,
    path: string,
    route: CompiledRoute,
  ): InjectedFailure | undefined {
    if (route.auth && req.headers.authorization !== `Bot ${this.token}`) {
      return { status: 401, body: unauthorized().toJSON(), headers: {} };
    }
    const retryAfter = route.auth ? this.limits.checkGlobal() : undefined;
    if (retryAfter !== undefined) return rateLimited(retryAfter, true);
    return this.faults.take(method, path);
  }

  private match(
    method: string,
    path: string,
  ): { route: CompiledRoute; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, index) => {
        params[key] = found[index + 1] ?? "";
      });
      return { route, params };
    }
    return undefined;
  }

  private reply(
    res: ServerResponse,
    method: string,
    path: string,
    reply: RestReply,
    headers: Record<string, string>,
  ): void {
    if (reply.status === 429) this.limits.rateLimitedCount++;
    this.log.push({ method, path, status: reply.status, body: reply.body, at: new Date() });
    res.statusCode = reply.status;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (reply.body === undefined) {
      res.end();
    } else {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify(reply.body));
    }
    this.onLogged();
  }
}

function compile(definition: RouteDefinition): CompiledRoute {
  const keys: string[] = [];
  const source = definition.template
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/:(\w+)/g, (_, key: string) => {
      keys.push(key);
      return "([^/]+)";
    });
  return { ...definition, pattern: new RegExp(`^${source}$`), keys };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { constants, createDeflate, type Deflate } from "node:zlib";
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from "discord.js";
import { type WebSocket, WebSocketServer } from "ws";
import { APPLICATION_FLAGS, apiGuild, apiMember, apiUser } from "./payloads.js";
import { snowflake } from "./snowflake.js";
import type { DoubleState } from "./state.js";

interface Dispatch {
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  intents: number;
  /** [shard id, shard count] from IDENTIFY; [0, 1] when the client sent none. */
  shard: [number, number];
  seq: number;
  connection: Connection | null;
  /** Kept so a RESUME can replay what the client missed. */
  sent: Dispatch[];
}

interface Connection {
  socket: WebSocket;
  deflate: Deflate | null;
  /** Serialises zlib-stream output so each message ends on its own sync flush. */
  sending: Promise<void>;
  session: Session | null;
}

interface GatewayPayload {
  op: number;
  d: unknown;
}

export class Gateway {
  readyCount = 0;
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();

  constructor(
    private readonly state: DoubleState,
    private readonly token: string,
    private readonly heartbeatIntervalMs: number,
    private readonly url: () => string,
  ) {}

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(request.url ?? "/", "ws://localhost").searchParams;
    this.server.handleUpgrade(request, socket, head, (ws) => this.accept(ws, query));
  }

  /** True when a client has identified (or resumed) and is still connected. */
  get connected(): boolean {
    return [...this.sessions.values()].some((session) => session.connection !== null);
  }

  /** True when a connected client holds the shard of `guildId` (shard 0 for DMs). */
  reaches(guildId: string | null): boolean {
    return [...this.sessions.values()].some(
      (session) => session.connection !== null && holds(session, guildId),
    );
  }

  /**
   * Like Discord, a server's events go only to the sessions of its shard, (guild_id >> 22) % count,
   * and what belongs to no server (DMs) to shard 0.
   */
  dispatch(t: string, d: unknown, guildId: string | null): void {
    for (const session of this.sessions.values()) {
      if (holds(session, guildId)) this.sendDispatch(session, t, d);
    }
  }

  close(): void {
    for (const connection of this.connections) connection.socket.terminate();
    this.server.close();
  }

  private accept(socket: WebSocket, query: URLSearchParams): void {
    const connection: Connection = {
      socket,
      deflate: query.get("compress") === "zlib-stream" ? createDeflate() : null,
      sending: Promise.resolve(),
      session: null,
    };
    this.connections.add(connection);
    socket.on("close", (code) => {
      this.connections.delete(connection);
      connection.deflate?.close();
      const { session } = connection;
      if (session?.connection !== connection) return;
      session.connection = null;
      // Like Discord, a normal close ends the session; anything else leaves it resumable.
      if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    });
    if (query.get("v") !== "10") {
      this.closeWith(connection, GatewayCloseCodes.InvalidAPIVersion, "Invalid API version");
      return;
    }
    if ((query.get("encoding") ?? "json") !== "json") {
      this.closeWith(connection, GatewayCloseCodes.DecodeError, "Error while decoding payload.");
      return;
    }
    socket.on("message", (raw) => this.receive(connection, raw.toString()));
    this.send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private receive(connection: Connection, raw: string): void {
    let payload: GatewayPayload;
    try {
      payload = JSON.parse(raw) as GatewayPayload;
    } catch {
      this.closeWith(connection, GatewayCloseCodes.DecodeError, "Error while decoding payload.");
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null });
        break;
      case GatewayOpcodes.Identify:
        this.identify(connection, payload.d as { token: string; intents: number });
        break;
      case GatewayOpcodes.Resume:
        this.resume(connection, payload.d as { token: string; session_id: string; seq: number });
        break;
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
        if (!connection.session) {
          this.closeWith(connection, GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
        } else if (payload.op === GatewayOpcodes.RequestGuildMembers) {
          this.sendMembers(connection.session, payload.d as MemberRequest);
        }
        break;
      default:
        this.closeWith(connection, GatewayCloseCodes.UnknownOpcode, "Unknown opcode.");
    }
  }

  private identify(
    connection: Connection,
    data: { token: string; intents: number; shard?: [number, number] },
  ): void {
    if (connection.session) {
      this.closeWith(connection, GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
      return;
    }
    if (stripBotPrefix(data.token) !== this.token) {
      this.closeWith(connection, GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const [shardId, shardCount] = data.shard ?? [0, 1];
    if (
      !(Number.isInteger(shardId) && Number.isInteger(shardCount) && shardId >= 0 && shardId < shardCount)
    ) {
      this.closeWith(connection, GatewayCloseCodes.InvalidShard, "Invalid shard.");
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      intents: data.intents,
      shard: [shardId, shardCount],
      seq: 0,
      connection,
      sent: [],
    };
    connection.session = session;
    this.sessions.set(session.id, session);
    const guilds = [...this.state.guilds.values()].filter((guild) => holds(session, guild.id));
    this.sendDispatch(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user: apiUser(this.state.bot),
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url(),
      shard: session.shard,
      application: {
        id: this.state.applicationId,
        flags: APPLICATION_FLAGS,
        flags_new: String(APPLICATION_FLAGS),
      },
    });
    // Sent straight away so discord.js does not sit out its waitGuildTimeout.
    for (const guild of guilds) {
      this.sendDispatch(session, GatewayDispatchEvents.GuildCreate, apiGuild(guild, this.state));
    }
    this.readyCount++;
    this.state.changed();
  }

  private resume(connection: Connection, data: { token: string; session_id: string; seq: number }): void {
    const session = this.sessions.get(data.session_id);
    if (!session || stripBotPrefix(data.token) !== this.token) {
      this.send(connection, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    session.connection = connection;
    connection.session = session;
    for (const missed of session.sent.filter((dispatch) => dispatch.s > data.seq)) {
      this.send(connection, { op: GatewayOpcodes.Dispatch, ...missed });
    }
    this.sendDispatch(session, GatewayDispatchEvents.Resumed, {});
    this.state.changed();
  }

  private sendMembers(session: Session, request: MemberRequest): void {
    const guild = this.state.guilds.get(request.guild_id);
    if (!guild) return;
    const wanted = request.user_ids === undefined ? undefined : new Set([request.user_ids].flat());
    const query = request.query?.toLowerCase() ?? "";
    const members = [...guild.members.values()]
      .filter((member) => (wanted ? wanted.has(member.userId) : true))
      .filter((member) => this.state.requireUser(member.userId).username.toLowerCase().startsWith(query))
      .slice(0, request.limit || undefined);
    this.sendDispatch(session, GatewayDispatchEvents.GuildMembersChunk, {
      guild_id: guild.id,
      members: members.map((member) => apiMember(this.state, member)),
      chunk_index: 0,
      chunk_count: 1,
      ...(request.nonce ? { nonce: request.nonce } : {}),
    });
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    const dispatch = { s: ++session.seq, t, d };
    session.sent.push(dispatch);
    if (session.connection) this.send(session.connection, { op: GatewayOpcodes.Dispatch, ...dispatch });
  }

  private send(connection: Connection, payload: object): void {
    const json = JSON.stringify(payload);
    const { deflate, socket } = connection;
    if (!deflate) {
      socket.send(json);
      return;
    }
    connection.sending = connection.sending.then(
      () =>
        new Promise<void>((resolve) => {
          deflate.write(json);
          deflate.flush(constants.Z_SYNC_FLUSH, () => {
            const chunk = deflate.read() as Buffer | null;
            if (chunk && socket.readyState === socket.OPEN) socket.send(chunk);
            resolve();
          });
        }),
    );
  }

  private closeWith(connection: Connection, code: number, reason: string): void {
    connection.socket.close(code, reason);
  }
}

interface MemberRequest {
  guild_id: string;
  query?: string;
  limit: number;
  user_ids?: string | string[];
  nonce?: string;
}

/** The shard Discord routes a server to; DMs and other server-less events go to shard 0. */
export function shardOf(guildId: string | null, shardCount: number): number {
  return guildId === null ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A new server id that Discord routes to `shard` of `count`. */
export function guildIdOnShard(shard: number, count: number): string {
  for (;;) {
    const id = snowflake();
    if (shardOf(id, count) === shard) return id;
  }
}

function holds(session: Session, guildId: string | null): boolean {
  const [id, count] = session.shard;
  return shardOf(guildId, count) === id;
}

function stripBotPrefix(token: string): string {
  return token.replace(/^Bot /, "");
}

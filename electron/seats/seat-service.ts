import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import { WS_CLOSE_UNAUTHORIZED, WS_MAX_FRAME_BYTES, WS_PATH } from '../../shared/api/protocol.js';
import { PAIR_PATH } from '../../shared/room/contract.js';
import type { Core } from '../core/index.js';
import { SEAT_LIMITS, serveConnection, type SeatLimits, type SocketSeat } from './connection.js';
import { hostAllowed } from './host-check.js';
import { listen, type ListenPoint, type ListenerHandlers, type TlsFiles } from './listener.js';
import { handlePair } from './pair-request.js';
import { Room } from './room.js';
import { serveStatic, type StaticRoots } from './static-files.js';
import { seatOfFixedToken, type SeatTokens } from './tokens.js';

export interface SeatServiceOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** resources/ (shipped data), served read-only under /resources/; left out: no such route. */
  resourcesDir?: string | null;
  /** The fixed tokens of this run (the host's own staff and wall addresses); null: none (the desktop app). */
  tokens: SeatTokens | null;
  /** Per-seat bounds (tests use small ones). */
  limits?: Partial<SeatLimits>;
  /** The room's listener on the network: where, HTTPS, idle limit, clock. */
  share?: { host?: string; port?: number; tls?: TlsFiles | null; idleMinutes?: number; now?: () => Date };
}

export interface SeatService {
  handlers: ListenerHandlers;
  room: Room;
  /** Drops every socket, switches sharing off, detaches the room from core. */
  close(): Promise<void>;
}

/** A socket from a web page must come from the page we served: guards against cross-site use. */
function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** A request answered by a promise: whatever it throws ends that response, never the process. */
function answerAsync(work: Promise<void>, res: ServerResponse): void {
  work.catch(() => {
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal Server Error');
  });
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * What every listener of the seat server answers (the loopback one, and the room's on the
 * network): the renderer's files, POST /api/pair, and the socket, which needs a token: a fixed
 * one of this run (on the loopback listener only) or a paired seat's.
 */
export function createSeatService(options: SeatServiceOptions): SeatService {
  const { core, tokens } = options;
  const roots: StaticRoots = {
    renderer: resolve(options.rendererDir),
    resources: options.resourcesDir ? resolve(options.resourcesDir) : null,
    tiles: (layerId, z, x, y) => core.tile(layerId, z, x, y),
  };
  const limits: SeatLimits = { ...SEAT_LIMITS, ...options.limits };
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_FRAME_BYTES });
  const share = options.share ?? {};

  const handlers: ListenerHandlers = {
    request: (at, req, res) => {
      if (!hostAllowed(req.headers.host, at.host, at.port(), at.tls)) {
        res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected Request');
        return;
      }
      const url = new URL(req.url ?? '/', 'http://seat');
      const path = url.pathname;
      if (path === PAIR_PATH) {
        if (req.method !== 'POST') {
          res.writeHead(405, { Allow: 'POST' }).end();
          return;
        }
        if (!originAllowed(req)) {
          res.writeHead(403).end();
          return;
        }
        answerAsync(handlePair(req, res, room), res);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      // On the network, a background layer's tiles are fetched with the board's stored key: only a
      // paired seat may have them (its token on the tile's address; <img> sends no header).
      if (!at.primary && path.startsWith('/tiles/') && !seatOf(at, url.searchParams.get('token'))) {
        res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Unauthorized');
        return;
      }
      answerAsync(serveStatic(roots, path, res, req.method === 'HEAD'), res);
    },
    upgrade: (at, req, socket, head) => upgrade(at, req, socket, head),
  };

  const room = new Room({
    openListener: (host, port, tls) => listen(host, port, tls, false, handlers),
    shareHost: share.host,
    sharePort: share.port,
    tls: share.tls ?? null,
    idleMinutes: share.idleMinutes,
    now: share.now,
  });
  const detach = core.attachRoom(room);

  /** The seat a token opens on this listener (`paired`: one of the room's), or null. */
  function seatOf(at: ListenPoint, token: string | null): { who: SocketSeat; paired: boolean } | null {
    const fixed = at.primary && tokens ? seatOfFixedToken(tokens, token) : null;
    if (fixed) return { who: fixed, paired: false };
    const paired = room.seatOfToken(token);
    return paired ? { who: paired, paired: true } : null;
  }

  function upgrade(at: ListenPoint, req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://seat');
    // Before anything else: a page on another name (DNS rebinding) must not reach the socket.
    if (!hostAllowed(req.headers.host, at.host, at.port(), at.tls)) return refuse(socket, 421, 'Misdirected Request');
    if (url.pathname !== WS_PATH) return refuse(socket, 404, 'Not Found');
    if (!originAllowed(req)) return refuse(socket, 403, 'Forbidden');
    const token = url.searchParams.get('token');
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Looked up now, not before the handshake: a seat revoked meanwhile is refused.
      const found = seatOf(at, token);
      if (found && (!found.paired || room.attachSocket(found.who.seat.id, ws))) {
        serveConnection(ws, core, found.who, limits);
        return;
      }
      // A browser cannot read an HTTP 401 on a socket upgrade; it would look like a network drop
      // and the seat would retry forever. Say it in a frame, then close with a code that means it.
      ws.send(JSON.stringify({ id: null, ok: false, error: { code: 'unauthorized', message: 'missing or invalid access token' } }));
      ws.close(WS_CLOSE_UNAUTHORIZED, 'unauthorized');
    });
  }

  // Dead seats (a laptop closed mid-crisis) are noticed and let go.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      const alive = ws as typeof ws & { samladAlive?: boolean };
      if (alive.samladAlive === false) {
        ws.terminate();
        continue;
      }
      alive.samladAlive = false;
      ws.ping();
      ws.once('pong', () => {
        alive.samladAlive = true;
      });
    }
  }, 30_000);
  heartbeat.unref();

  return {
    handlers,
    room,
    close: async () => {
      clearInterval(heartbeat);
      detach();
      await room.close();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

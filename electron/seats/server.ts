import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import { WS_CLOSE_UNAUTHORIZED, WS_MAX_FRAME_BYTES, WS_PATH } from '../../shared/api/protocol.js';
import type { Core } from '../core/index.js';
import { SEAT_LIMITS, serveConnection, type SeatLimits } from './connection.js';
import { hostAllowed } from './host-check.js';
import { serveStatic, type StaticRoots } from './static-files.js';
import { generateTokens, seatOfFixedToken, type SeatTokens } from './tokens.js';

export interface SeatServerOptions {
  core: Core;
  /** 127.0.0.1 unless sharing with other machines is asked for explicitly. */
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** resources/ (shipped data), served read-only under /resources/; left out: no such route. */
  resourcesDir?: string | null;
  tokens?: SeatTokens;
  /** Per-seat bounds (tests use small ones). */
  limits?: Partial<SeatLimits>;
}

export interface SeatServer {
  /** The staff seat's address, token included: full read and write. */
  url: string;
  /** The wall display's address: read only. */
  wallUrl: string;
  port: number;
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

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The seat server: serves the renderer to browsers (seats, the wall display, e2e tests) and
 * exposes core's handler table over WebSocket. Every socket needs a token; the token's role
 * decides what it may call.
 */
export async function startSeatServer(options: SeatServerOptions): Promise<SeatServer> {
  const host = options.host ?? '127.0.0.1';
  const tokens = options.tokens ?? generateTokens();
  const roots: StaticRoots = {
    renderer: resolve(options.rendererDir),
    resources: options.resourcesDir ? resolve(options.resourcesDir) : null,
    tiles: (layerId, z, x, y) => options.core.tile(layerId, z, x, y),
  };
  const limits: SeatLimits = { ...SEAT_LIMITS, ...options.limits };
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_FRAME_BYTES });
  let port = 0;

  const http = createServer((req, res) => {
    if (!hostAllowed(req.headers.host, host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected Request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://seat').pathname;
    void serveStatic(roots, path, res, req.method === 'HEAD');
  });

  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://seat');
    // Before anything else: a page on another name (DNS rebinding) must not reach the socket.
    if (!hostAllowed(req.headers.host, host, port)) return refuse(socket, 421, 'Misdirected Request');
    if (url.pathname !== WS_PATH) return refuse(socket, 404, 'Not Found');
    if (!originAllowed(req)) return refuse(socket, 403, 'Forbidden');
    const who = seatOfFixedToken(tokens, url.searchParams.get('token'));
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (who) {
        serveConnection(ws, options.core, who, limits);
        return;
      }
      // A browser cannot read an HTTP 401 on a socket upgrade; it would look like a network drop
      // and the seat would retry forever. Say it in a frame, then close with a code that means it.
      ws.send(JSON.stringify({ id: null, ok: false, error: { code: 'unauthorized', message: 'missing or invalid access token' } }));
      ws.close(WS_CLOSE_UNAUTHORIZED, 'unauthorized');
    });
  });

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

  await new Promise<void>((resolveListen, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, host, () => resolveListen());
  });
  port = (http.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const base = `http://${shownHost}:${port}/`;

  return {
    url: `${base}?token=${tokens.staff}`,
    wallUrl: `${base}?token=${tokens.wall}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        clearInterval(heartbeat);
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        http.close(() => done());
        http.closeAllConnections();
      }),
  };
}

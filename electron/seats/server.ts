import { bracketed } from './machine-addresses.js';
import type { Core } from '../core/index.js';
import type { SeatLimits } from './connection.js';
import { listen, type TlsFiles } from './listener.js';
import type { Room } from './room.js';
import { createSeatService } from './seat-service.js';
import { generateTokens, type SeatTokens } from './tokens.js';

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
  /** The room's listener on the network, when sharing is switched on (room.share). */
  share?: { host?: string; port?: number; tls?: TlsFiles | null; idleMinutes?: number; now?: () => Date };
}

export interface SeatServer {
  /** The staff seat's address, token included: full read and write, and the room (it is the host). */
  url: string;
  /** The wall display's address: read only. */
  wallUrl: string;
  port: number;
  /** Sharing on the network, pairing codes, paired seats (also reached as room.* by the host). */
  room: Room;
  close(): Promise<void>;
}

/**
 * The seat server: serves the renderer to browsers (seats, the wall display, e2e tests) and
 * exposes core's handler table over WebSocket. Every socket needs a token; the token's role
 * decides what it may call. It listens on one address (127.0.0.1 by default); the room adds a
 * listener on the network while sharing is on.
 */
export async function startSeatServer(options: SeatServerOptions): Promise<SeatServer> {
  const host = options.host ?? '127.0.0.1';
  const tokens = options.tokens ?? generateTokens();
  const service = createSeatService({
    core: options.core,
    rendererDir: options.rendererDir,
    resourcesDir: options.resourcesDir,
    tokens,
    limits: options.limits,
    share: options.share,
  });
  const listener = await listen(host, options.port ?? 0, null, true, service.handlers).catch(async (err: unknown) => {
    await service.close();
    throw err;
  });
  const base = `http://${bracketed(host)}:${listener.port}/`;

  return {
    url: `${base}?token=${tokens.staff}`,
    wallUrl: `${base}?token=${tokens.wall}`,
    port: listener.port,
    room: service.room,
    close: async () => {
      await service.close();
      await listener.close();
    },
  };
}

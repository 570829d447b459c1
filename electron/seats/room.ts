import { bracketed, machineAddresses } from './machine-addresses.js';
import type { WebSocket } from 'ws';
import { ApiError } from '../../shared/api/errors.js';
import { PAIR_QUERY, type PairReply, type RoomStatus, type SeatKind } from '../../shared/room/contract.js';
import type { AttachedRoom } from '../core/room-link.js';
import type { SocketSeat } from './connection.js';
import type { Listener, TlsFiles } from './listener.js';
import { CodeBook, groupedCode } from './pairing-codes.js';
import { FailureLimiter } from './rate-limit.js';
import { SeatRegistry, type PairedSeat } from './seat-registry.js';

const DEFAULT_SHARE_HOST = '0.0.0.0';
export const DEFAULT_IDLE_MINUTES = 480;
/** Failed pairings allowed per remote address per minute. */
const PAIR_FAILURES_PER_MINUTE = 10;

export interface RoomOptions {
  /** Opens the listener on the network (same handlers as the loopback one). */
  openListener(host: string, port: number, tls: TlsFiles | null): Promise<Listener>;
  /** Where the shared listener listens: every interface unless told otherwise. */
  shareHost?: string;
  /** 0 = any free port (the status says which). */
  sharePort?: number;
  tls?: TlsFiles | null;
  idleMinutes?: number;
  /** The clock (tests move it). */
  now?: () => Date;
}

/** Wall seats read only; every other kind is a staff seat. */
function roleOf(kind: SeatKind): SocketSeat['role'] {
  return kind === 'wall' ? 'wall' : 'staff';
}

/** Every IPv4 address of this machine's network interfaces (what other machines in the room can reach). */
function interfaceAddresses(): string[] {
  return machineAddresses()
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
}

/**
 * The room: whether the board is shared on the staff room's network, the pairing codes, the
 * paired seats. Off, the default: nothing listens beyond the loopback listener, no code works.
 * On: a listener on the network, one code per kind. Switching off drops every paired seat.
 */
export class Room implements AttachedRoom {
  private readonly codes = new CodeBook();
  private readonly seats: SeatRegistry;
  readonly limiter: FailureLimiter;
  private readonly listeners = new Set<(status: RoomStatus) => void>();
  private shared: Listener | null = null;
  private switching: Promise<RoomStatus> | null = null;
  private readonly now: () => Date;
  private readonly idleMs: number;
  private readonly sweep: ReturnType<typeof setInterval>;

  constructor(private readonly options: RoomOptions) {
    this.now = options.now ?? (() => new Date());
    this.seats = new SeatRegistry(this.now);
    this.limiter = new FailureLimiter(PAIR_FAILURES_PER_MINUTE, 60_000, () => this.now().getTime());
    this.idleMs = (options.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
    // Idle seats are let go even when nobody asks (the host's pane learns it by room.changed).
    this.sweep = setInterval(() => this.expireIdle(), 60_000);
    this.sweep.unref();
  }

  get sharing(): boolean {
    return this.shared !== null;
  }

  /** The shared listener's port while sharing; null when not. */
  get sharedPort(): number | null {
    return this.shared?.port ?? null;
  }

  status(): RoomStatus {
    // What the host is shown holds no seat past its idle time, even between two sweeps (this is
    // the status being made: no room.changed for it).
    this.seats.expire(this.idleMs);
    const addresses = this.addresses();
    const first = addresses[0] ?? '';
    return {
      sharing: this.sharing,
      https: this.sharing && Boolean(this.options.tls),
      addresses,
      codes: this.codes.list().map(({ code, target }) => ({ ...target, code: groupedCode(code), url: `${first}/?${PAIR_QUERY}=${code}` })),
      seats: this.seats.list(),
      idle_minutes: this.idleMs / 60_000,
    };
  }

  /** The base addresses seats on the network open (no trailing slash); empty when not sharing. */
  private addresses(): string[] {
    if (!this.shared) return [];
    const scheme = this.options.tls ? 'https' : 'http';
    const host = this.options.shareHost ?? DEFAULT_SHARE_HOST;
    const hosts = host === '0.0.0.0' || host === '::' ? interfaceAddresses() : [host];
    // A machine with no network yet still shows where it listens.
    if (hosts.length === 0) hosts.push('127.0.0.1');
    const port = this.shared.port;
    return hosts.map((h) => `${scheme}://${bracketed(h)}:${port}`);
  }

  share(on: boolean): Promise<RoomStatus> {
    // One switch at a time: a second call waits for the first and then does its own.
    const previous = this.switching ?? Promise.resolve();
    const next = previous.then(
      () => this.switchTo(on),
      () => this.switchTo(on),
    );
    this.switching = next;
    return next;
  }

  private async switchTo(on: boolean): Promise<RoomStatus> {
    if (on && !this.shared) {
      this.shared = await this.openListener();
      this.codes.fill();
      this.changed();
    } else if (!on && this.shared) {
      const listener = this.shared;
      this.shared = null;
      this.seats.removeAll('sharing off');
      this.codes.clear();
      await listener.close();
      this.changed();
    }
    return this.status();
  }

  private async openListener(): Promise<Listener> {
    const host = this.options.shareHost ?? DEFAULT_SHARE_HOST;
    const port = this.options.sharePort ?? 0;
    try {
      return await this.options.openListener(host, port, this.options.tls ?? null);
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code;
      // The port taken by another program, or a port below 1024 without the right: the host can act on it.
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        throw new ApiError('share_failed', `cannot listen on ${host}:${port} (${code})`, { reason: code, host, port });
      }
      throw err;
    }
  }

  code(kind: SeatKind, actorId: number | null): RoomStatus {
    if (!this.sharing) throw new ApiError('sharing_off', 'sharing is off: switch it on first (room.share)');
    this.codes.replace({ kind, actor_id: actorId });
    this.changed();
    return this.status();
  }

  revoke(id: string): RoomStatus {
    const seat = this.seats.remove(id, 'revoked');
    if (!seat) throw new ApiError('not_found', `no seat ${id}`, { id });
    this.codes.replaceIfCurrent(seat.code, seat.target);
    this.changed();
    return this.status();
  }

  onChange(listener: (status: RoomStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A code and a name for a seat of its own; null: no such code (or not sharing). */
  pair(typedCode: string, name: string, address: string): PairReply | null {
    if (!this.sharing) return null;
    const found = this.codes.find(typedCode);
    if (!found) return null;
    const { seat, token } = this.seats.add(found.target, name, address, found.code);
    this.changed();
    return { token, kind: seat.target.kind, actor_id: seat.target.actor_id };
  }

  /** The seat a paired token opens, or null (unknown, revoked, idle past the limit). */
  seatOfToken(token: string | null): SocketSeat | null {
    if (!token) return null;
    const seat = this.seats.ofToken(token);
    if (!seat) return null;
    // Only this seat is looked at (every tile on the network asks); the sweep does the rest.
    if (this.seats.idle(seat, this.idleMs)) {
      this.seats.remove(seat.id, 'idle');
      this.changed();
      return null;
    }
    return { role: roleOf(seat.target.kind), seat: { kind: seat.target.kind, id: seat.id, actor_id: seat.target.actor_id, name: seat.name } };
  }

  /** Counts a socket of a seat as open until it closes; false: the seat is gone meanwhile (close it). */
  attachSocket(id: string, ws: WebSocket): boolean {
    const seat = this.seats.get(id);
    if (!seat) return false;
    seat.sockets.add(ws);
    this.touch(seat);
    ws.once('close', () => {
      if (!seat.sockets.delete(ws)) return;
      this.touch(seat);
    });
    return true;
  }

  /** Switches sharing off and stops the sweep (the server is closing). */
  async close(): Promise<void> {
    clearInterval(this.sweep);
    await this.share(false);
  }

  private touch(seat: PairedSeat): void {
    seat.lastSeen = this.now();
    this.changed();
  }

  private expireIdle(): void {
    if (this.seats.expire(this.idleMs).length > 0) this.changed();
  }

  private changed(): void {
    if (this.listeners.size === 0) return;
    const status = this.status();
    for (const listener of this.listeners) listener(status);
  }
}

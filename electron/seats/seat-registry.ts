import { createHash, randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { RoomSeat } from '../../shared/room/contract.js';
import { WS_CLOSE_UNAUTHORIZED } from '../../shared/api/protocol.js';
import type { CodeTarget } from './pairing-codes.js';

/** One seat paired from the network. Its token is kept only as a hash. */
export interface PairedSeat {
  readonly id: string;
  readonly target: CodeTarget;
  readonly name: string;
  readonly address: string;
  /** The code it paired with: a revoke replaces that code. */
  readonly code: string;
  readonly since: Date;
  lastSeen: Date;
  readonly sockets: Set<WebSocket>;
  /** SHA-256 of its token: what the registry looks a token up by. */
  readonly tokenHash: string;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The paired seats and their tokens. A token is 24 random bytes; the registry keeps its SHA-256,
 * so a lookup is a map access on a hash (no early-out string compare on the secret).
 */
export class SeatRegistry {
  private readonly seats = new Map<string, PairedSeat>();
  private readonly byTokenHash = new Map<string, string>();
  private nextId = 1;

  constructor(private readonly now: () => Date) {}

  /** A new seat and its token (told to the seat once, never logged). */
  add(target: CodeTarget, name: string, address: string, code: string): { seat: PairedSeat; token: string } {
    const token = randomBytes(24).toString('base64url');
    const seat: PairedSeat = { id: String(this.nextId++), target, name, address, code, since: this.now(), lastSeen: this.now(), sockets: new Set(), tokenHash: digest(token) };
    this.seats.set(seat.id, seat);
    this.byTokenHash.set(seat.tokenHash, seat.id);
    return { seat, token };
  }

  ofToken(token: string): PairedSeat | null {
    const id = this.byTokenHash.get(digest(token));
    return id === undefined ? null : (this.seats.get(id) ?? null);
  }

  get(id: string): PairedSeat | null {
    return this.seats.get(id) ?? null;
  }

  /** Forgets the seat (its token dies) and closes its sockets with 4401: the page does not retry. */
  remove(id: string, reason: string): PairedSeat | null {
    const seat = this.seats.get(id);
    if (!seat) return null;
    this.seats.delete(id);
    this.byTokenHash.delete(seat.tokenHash);
    for (const ws of seat.sockets) ws.close(WS_CLOSE_UNAUTHORIZED, reason);
    seat.sockets.clear();
    return seat;
  }

  /** No socket of it open since `idleMs` ago. */
  idle(seat: PairedSeat, idleMs: number): boolean {
    return seat.sockets.size === 0 && seat.lastSeen.getTime() <= this.now().getTime() - idleMs;
  }

  /** Seats idle past `idleMs`: removed, and returned. */
  expire(idleMs: number): PairedSeat[] {
    const idle = [...this.seats.values()].filter((s) => this.idle(s, idleMs));
    for (const seat of idle) this.remove(seat.id, 'idle');
    return idle;
  }

  removeAll(reason: string): void {
    for (const id of [...this.seats.keys()]) this.remove(id, reason);
  }

  list(): RoomSeat[] {
    return [...this.seats.values()].map((s) => ({
      id: s.id,
      kind: s.target.kind,
      actor_id: s.target.actor_id,
      name: s.name,
      address: s.address,
      since: s.since.toISOString(),
      last_seen: s.lastSeen.toISOString(),
      connected: s.sockets.size,
    }));
  }
}

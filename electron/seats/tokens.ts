import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { SeatRole } from '../../shared/api/protocol.js';
import { HOST_SEAT } from '../core/handler-types.js';
import type { SocketSeat } from './connection.js';

export type SeatTokens = Record<SeatRole, string>;

/** Fresh random tokens for this run of the server: one per role. */
export function generateTokens(): SeatTokens {
  return {
    staff: randomBytes(24).toString('base64url'),
    wall: randomBytes(24).toString('base64url'),
  };
}

/** The host's own wall display (the address `samlad serve` prints): a wall seat, not paired. */
const HOST_WALL: SocketSeat = { role: 'wall', seat: { kind: 'wall', id: 'host-wall', actor_id: null, name: null } };
const HOST_STAFF: SocketSeat = { role: 'staff', seat: HOST_SEAT };

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The role a token grants, or null. Compared in constant time. */
function roleOfToken(tokens: SeatTokens, token: string | null): SeatRole | null {
  if (!token) return null;
  if (same(token, tokens.staff)) return 'staff';
  if (same(token, tokens.wall)) return 'wall';
  return null;
}

/**
 * The seat a fixed token of this run opens: the staff token is the host machine itself (it may run
 * the room), the wall token the host's own wall display.
 */
export function seatOfFixedToken(tokens: SeatTokens, token: string | null): SocketSeat | null {
  const role = roleOfToken(tokens, token);
  if (role === 'staff') return HOST_STAFF;
  if (role === 'wall') return HOST_WALL;
  return null;
}

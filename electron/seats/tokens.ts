import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { SeatRole } from '../../shared/api/protocol.js';

export type SeatTokens = Record<SeatRole, string>;

/** Fresh random tokens for this run of the server: one per role. */
export function generateTokens(): SeatTokens {
  return {
    staff: randomBytes(24).toString('base64url'),
    wall: randomBytes(24).toString('base64url'),
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The role a token grants, or null. Compared in constant time. */
export function roleOfToken(tokens: SeatTokens, token: string | null): SeatRole | null {
  if (!token) return null;
  if (same(token, tokens.staff)) return 'staff';
  if (same(token, tokens.wall)) return 'wall';
  return null;
}

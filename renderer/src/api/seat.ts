import type { HelloSeat } from '../../../shared/api/protocol';
import { SEAT_KINDS, type SeatKindOrHost } from '../../../shared/room/contract';

export type { SeatKindOrHost };

/** What this seat is in the room (the host, or a seat paired as a kind), as its hello said. */
export type SeatIdentity = HelloSeat;

const KINDS: readonly string[] = [...SEAT_KINDS, 'host'];

/**
 * Who the server's hello says this seat is (`hello.seat`). The hello is input from the network like
 * any other: a missing or unknown kind gives null (the seat is then shown no host-only or kind-only view).
 */
export function seatFromHello(hello: Record<string, unknown>): SeatIdentity | null {
  const seat = hello.seat;
  if (typeof seat !== 'object' || seat === null || Array.isArray(seat)) return null;
  const { kind, actor_id: actor, name } = seat as Record<string, unknown>;
  if (typeof kind !== 'string' || !KINDS.includes(kind)) return null;
  return {
    kind: kind as SeatKindOrHost,
    actor_id: typeof actor === 'number' && Number.isInteger(actor) && actor > 0 ? actor : null,
    name: typeof name === 'string' && name.trim().length > 0 ? name.trim() : null,
  };
}

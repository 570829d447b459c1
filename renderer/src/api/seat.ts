import { SEAT_KINDS, type SeatKind } from '../../../shared/room/contract';

/** What this seat is in the room: the host itself, or a seat paired with a code of some kind. */
export type SeatKindOrHost = SeatKind | 'host';

export interface SeatIdentity {
  kind: SeatKindOrHost;
  /** A liaison's own actor; null for every other kind. */
  actor_id: number | null;
  /** The name stated when the seat paired (null for the host and for seats from before pairing). */
  name: string | null;
}

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

import { z } from 'zod';
import { method } from '../api/method.js';
import { PERSON_NAME_MAX } from '../domain/person.js';
import { userText } from '../domain/text.js';

/**
 * The room: the host machine shares its board with the staff room's network. Seats pair with a
 * short code per kind of seat and state a person's name; the host sees who is connected and can
 * revoke a seat. Room state belongs to the running server, not to the board: nothing here is a
 * record (a seat's writes are, carrying its name and seat).
 */

/** The kinds of seat a code pairs. `host` is the machine that serves (desktop window, `samlad serve` on loopback). */
export const SEAT_KINDS = ['lead', 'logkeeper', 'communicator', 'liaison', 'wall'] as const;
export const SeatKind = z.enum(SEAT_KINDS);
export type SeatKind = z.infer<typeof SeatKind>;
/** What a connection is: a paired seat of one of those kinds, or the host itself. */
export type SeatKindOrHost = SeatKind | 'host';

/** Codes are drawn from these: no 0/O, 1/I/L, U (no accidental words). 30^6 ≈ 7·10^8 codes. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 6;
/** Where a seat exchanges a code (and a name) for its token: POST, JSON, see docs/api.md. */
export const PAIR_PATH = '/api/pair';
/** A pairing code's address carries the code in this query parameter (the join page reads it). */
export const PAIR_QUERY = 'pair';

/** A pairing code as the host is shown it: typed in on the seat, or read from its QR code. */
export const PairingCode = z.object({
  kind: SeatKind,
  /** A liaison's actor (their own actor's status and assignments); null for other kinds. */
  actor_id: z.number().int().positive().nullable(),
  /** Short, unambiguous, shown grouped as `K7M-4QP`; compared without the dash, case-insensitive. */
  code: z.string(),
  /** The address a seat opens to pair with this code (`<first address>/?pair=CODE`), for the QR code. */
  url: z.string(),
});
export type PairingCode = z.infer<typeof PairingCode>;

/** One paired seat (or the host itself) as the host sees it. */
export const RoomSeat = z.object({
  id: z.string(),
  kind: z.union([SeatKind, z.literal('host')]),
  actor_id: z.number().int().positive().nullable(),
  name: z.string().nullable(),
  /** Where it connects from (remote address). */
  address: z.string(),
  /** When it paired, and when it was last connected or active (ISO 8601). */
  since: z.string(),
  last_seen: z.string(),
  /** Sockets open now. */
  connected: z.number().int().nonnegative(),
});
export type RoomSeat = z.infer<typeof RoomSeat>;

export const RoomStatus = z.object({
  /** Whether anything listens beyond 127.0.0.1. Off by default. */
  sharing: z.boolean(),
  /** Whether the shared listener speaks HTTPS (a certificate the host provided). */
  https: z.boolean(),
  /** The addresses seats on the network use (one per network interface), empty when not sharing. */
  addresses: z.array(z.string()),
  /** One code per kind (and per actor for liaisons asked for); empty when not sharing. */
  codes: z.array(PairingCode),
  seats: z.array(RoomSeat),
  /** A seat with no socket open this long must pair again. */
  idle_minutes: z.number().int().positive(),
});
export type RoomStatus = z.infer<typeof RoomStatus>;

const Empty = z.strictObject({});

/** What a seat sends to POST /api/pair to exchange a code for its own seat token. */
export const PairRequest = z.strictObject({
  code: z.string().max(32),
  /** A person's name, as session.identify takes it: trimmed, 1–100 characters, well-formed, no control characters. */
  name: userText(PERSON_NAME_MAX),
});
export type PairRequest = z.infer<typeof PairRequest>;
/** The answer to a good pairing: the seat keeps the token (sessionStorage) and connects with it. */
export interface PairReply {
  token: string;
  kind: SeatKind;
  actor_id: number | null;
}

/** Host-only methods (access 'host': the desktop window and the host's own loopback seat). */
export const roomMethods = {
  'room.status': method('host', Empty, RoomStatus),
  /** Switch sharing on (a listener on the network, codes made) or off (listener closed, every paired seat dropped). */
  'room.share': method('host', z.strictObject({ on: z.boolean() }), RoomStatus),
  /** A fresh code for a kind (a liaison's for its actor); the old code for it stops working. */
  'room.code': method('host', z.strictObject({ kind: SeatKind, actor_id: z.number().int().positive().nullable().default(null) }), RoomStatus),
  /** Revoke a seat at once: its sockets close, its token and the code it paired with stop working. */
  'room.revoke': method('host', z.strictObject({ id: z.string().max(100) }), RoomStatus),
} as const;

/**
 * Event `room.changed` (data: RoomStatus) goes to host seats only, whenever a seat pairs,
 * connects, disconnects, is revoked or expires, or sharing is switched.
 */
export const ROOM_CHANGED_EVENT = 'room.changed';
export const roomEvents = {
  [ROOM_CHANGED_EVENT]: RoomStatus,
} as const;

import { z } from 'zod';
import { OP_ID_PATTERN } from './bridge.js';
import { ApiErrorShape } from './errors.js';
import type { SeatKindOrHost } from '../room/contract.js';

/** WebSocket path of the seat server; the token comes as ?token=… (see docs/api.md). */
export const WS_PATH = '/api';
/** Close code after a socket opened without a valid token: do not retry, ask for a new address. */
export const WS_CLOSE_UNAUTHORIZED = 4401;
/** Frames above this size are refused by the server (the socket is closed with 1009). */
export const WS_MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** client → server */
export const RequestFrame = z.strictObject({
  id: z.union([z.number().int(), z.string().max(100)]),
  method: z.string().max(100),
  params: z.unknown().optional(),
  /** One per user action (see docs/api.md): a write sent again with the same op_id writes nothing. */
  op_id: z.string().regex(OP_ID_PATTERN).optional(),
});
export type RequestFrame = z.infer<typeof RequestFrame>;

/** server → client, answering one request */
export type ReplyFrame =
  | { id: number | string | null; ok: true; result: unknown }
  | { id: number | string | null; ok: false; error: ApiErrorShape };

/** server → client, unasked: a change event */
export interface EventFrame {
  event: string;
  data: unknown;
}

/**
 * Which seat a socket is: its kind (a paired seat's, or `host` for the machine that serves), a
 * liaison's actor, and the name it paired with (null for the host: it says it with session.identify).
 */
export interface HelloSeat {
  kind: SeatKindOrHost;
  actor_id: number | null;
  name: string | null;
}

/** The first frame the server sends after the socket opens: who this seat is. */
export interface HelloFrame {
  hello: { role: SeatRole; version: string; seat: HelloSeat };
}

/** Access classes (what a seat may read and call); a seat's kind (shared/room) sits beside it. */
export const SEAT_ROLES = ['staff', 'wall'] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];

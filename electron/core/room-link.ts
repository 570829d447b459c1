import type { ParsedInput } from '../../shared/api/contract.js';
import type { RoomStatus } from '../../shared/room/contract.js';
import type { HostMethodName } from './handler-types.js';

/**
 * What core asks of the room it is given (electron/seats/room.ts implements it). The room
 * belongs to the running seat server, not to the board: core only passes the host's calls on
 * and its changes out as `room.changed`.
 */
export interface AttachedRoom {
  status(): RoomStatus;
  share(on: boolean): Promise<RoomStatus>;
  code(kind: ParsedInput<'room.code'>['kind'], actorId: number | null): RoomStatus;
  revoke(id: string): RoomStatus;
  /** Every change of the status (a seat paired, connected, left, revoked, expired; sharing switched). */
  onChange(listener: (status: RoomStatus) => void): () => void;
}

type RoomCall<M extends HostMethodName> = (room: AttachedRoom, input: ParsedInput<M>) => RoomStatus | Promise<RoomStatus>;

/** room.* → the attached room: the host methods' handler table. */
export const ROOM_CALLS: { [M in HostMethodName]: RoomCall<M> } = {
  'room.status': (room) => room.status(),
  'room.share': (room, input) => room.share(input.on),
  'room.code': (room, input) => room.code(input.kind, input.actor_id),
  'room.revoke': (room, input) => room.revoke(input.id),
};

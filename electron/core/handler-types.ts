import type { MethodName, Methods, MethodOutput, ParsedInput } from '../../shared/api/contract.js';
import type { HelloSeat, SeatRole } from '../../shared/api/protocol.js';
import type { AfterRead } from './after-read.js';
import type { BoardSession } from './boards/session.js';
import type { WriteContext } from './record/write.js';

/**
 * Which seat is calling (next to its role, the access class): the host itself (the desktop window,
 * `samlad serve`'s own loopback address) or a seat paired from the staff room's network.
 */
export type CallerSeat = Readonly<HelloSeat> & {
  /** 'host' for the host; a paired seat's id in the room. */
  readonly id: string;
};

/** Who is calling: the seat's role, and the person's name once they have said it. */
export interface Caller {
  readonly role: SeatRole;
  name: string | null;
  /** Left out by callers that are no seat at all (a one-off CLI call, core's own inbox watcher). */
  readonly seat?: CallerSeat;
}

/** The host machine itself: the only caller that may use access 'host' (the room). */
export const HOST_SEAT: CallerSeat = { kind: 'host', id: 'host', actor_id: null, name: null };

/** What a read or staff handler is given. */
export interface ReadCall {
  readonly caller: Caller;
  /** The open board, or a clear refusal when none is open. */
  board(): BoardSession;
}

/** What a write handler is given: it appends records through `records`, in one transaction. */
export interface WriteCall {
  readonly caller: Caller;
  readonly session: BoardSession;
  readonly records: WriteContext;
}

type HandlerFor<M extends MethodName> = Methods[M]['access'] extends 'write'
  ? (input: ParsedInput<M>, call: WriteCall) => MethodOutput<M>
  : // A read may hand back work to finish after its transaction (printing a PDF).
    (input: ParsedInput<M>, call: ReadCall) => MethodOutput<M> | AfterRead<MethodOutput<M>>;

/** The room's methods (access 'host'): served by the attached room, not by core's handler table. */
export type HostMethodName = { [M in MethodName]: Methods[M]['access'] extends 'host' ? M : never }[MethodName];
export type BoardMethodName = Exclude<MethodName, HostMethodName>;

/**
 * The handler table: one function per method of the contract, given parsed, validated input.
 * Handlers are synchronous: each runs inside one SQLite transaction.
 */
export type Handlers = { [M in BoardMethodName]: HandlerFor<M> };

/** The handlers of one capability, keyed by its method name prefix. */
export type CapabilityHandlers<Prefix extends string> = Pick<Handlers, Extract<BoardMethodName, `${Prefix}.${string}`>>;

import type { z } from 'zod';
import { OP_ID_PATTERN } from '../../shared/api/bridge.js';
import { METHODS, isMethodName } from '../../shared/api/contract.js';
import { ApiError, type ApiErrorShape, type Reply, type ValidationIssue } from '../../shared/api/errors.js';
import { AfterRead } from './after-read.js';
import svRoom from '../../shared/locales/sv/room.json';
import { fillTemplate } from '../../shared/locales/fill.js';
import type { BoardState } from './boards/board-state.js';
import type { Caller, Handlers, HostMethodName, ReadCall, WriteCall } from './handler-types.js';
import { ROOM_CALLS, type AttachedRoom } from './room-link.js';
import { refuseOutsideLiaisonScope } from './seat-scope.js';
import type { WriteContext } from './record/write.js';

const SHOWN_NAME_MAX = 100;

export function validationError(issues: z.core.$ZodIssue[]): ApiError {
  const list: ValidationIssue[] = issues.slice(0, 20).map((i) => ({
    path: i.path.map(String).join('.') || '(input)',
    message: i.message,
  }));
  const fields = [...new Set(list.map((i) => i.path))].join(', ');
  return new ApiError('validation', `invalid input: ${fields}`, { fields }, list);
}

/** SQLite's own failures that a user can act on get their own codes; the rest are internal. */
function errorShape(err: unknown, log: (message: string) => void): ApiErrorShape {
  if (err instanceof ApiError) return err.toShape();
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'busy', message: 'the board file stayed locked by another writer' };
  }
  if (code === 'SQLITE_READONLY') {
    return { code: 'read_only', message: 'the board file cannot be written' };
  }
  log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { code: 'internal', message: 'internal error; nothing was saved' };
}

export interface DispatchOptions {
  /** One per user action: a write repeated with the same op_id answers its first reply. */
  opId?: string | undefined;
}

/**
 * Who a paired seat's records say wrote them: the name it paired with and the seat, e.g.
 * "Anna Berg (loggförare, plats 3)" — in Swedish whatever a seat shows, as the record keeps its
 * automatic journal texts. The host's own records carry the name it said (session.identify).
 */
function recordedBy(caller: Caller): Caller {
  const seat = caller.seat;
  if (!seat || seat.kind === 'host' || seat.name === null) return caller;
  const kind = svRoom.kind[seat.kind].toLocaleLowerCase('sv');
  return { ...caller, name: fillTemplate(svRoom.recordedBy, { name: seat.name, kind, seat: seat.id }) };
}

function refuseAccess(method: string, access: string, caller: Caller): void {
  if (access === 'host') {
    if (caller.seat?.kind !== 'host') throw new ApiError('host_only', `${method} is for the host machine only`, { method });
    return;
  }
  if (access !== 'read' && caller.role !== 'staff') {
    throw new ApiError('forbidden', `${method} needs a staff seat; this seat is ${caller.role}`, { method });
  }
  // A seat paired over the network never switches the host's board under the whole room.
  if (access === 'boards' && caller.seat !== undefined && caller.seat.kind !== 'host') {
    throw new ApiError('host_only', `${method} is for the host machine only`, { method });
  }
}

function isHostMethod(method: string, access: string): method is HostMethodName {
  return access === 'host';
}

async function callRoom(method: HostMethodName, input: unknown, room: AttachedRoom | null): Promise<unknown> {
  if (!room) throw new ApiError('not_available', `${method}: no seat server runs in this process`, { method });
  const call = ROOM_CALLS[method] as (room: AttachedRoom, input: unknown) => unknown;
  return await call(room, input);
}

export type Dispatch = (method: string, params: unknown, caller: Caller, options?: DispatchOptions) => Promise<Reply<unknown>>;

/**
 * The one entrance for every call, whatever the transport: known method, the caller's role may
 * call it (access 'host': only the host machine; a paired seat never switches the host's board; a
 * liaison writes only for its own actor), input parsed with the method's zod schema, then the handler — a write inside the one
 * write path (BoardSession.write), a read inside one read transaction. Never throws.
 */
export function createDispatcher(handlers: Handlers, boards: BoardState, log: (message: string) => void, room: () => AttachedRoom | null = () => null): Dispatch {
  return async (method, params, caller, options = {}) => {
    try {
      if (typeof method !== 'string' || !isMethodName(method)) {
        const shown = String(method).slice(0, SHOWN_NAME_MAX);
        throw new ApiError('unknown_method', `unknown method ${shown}`, { method: shown });
      }
      const spec = METHODS[method];
      refuseAccess(method, spec.access, caller);
      // A missing params means "no arguments"; anything else sent (null included) must fit the schema.
      const parsed = spec.input.safeParse(params === undefined ? {} : params);
      if (!parsed.success) throw validationError(parsed.error.issues);
      const opId = options.opId;
      if (opId !== undefined && !OP_ID_PATTERN.test(opId)) throw new ApiError('validation', 'invalid input: op_id', { fields: 'op_id' });

      if (isHostMethod(method, spec.access)) return { ok: true, result: await callRoom(method, parsed.data, room()) };
      if (spec.access === 'write') {
        // The table is keyed by the same names as METHODS, so this handler takes this parsed input.
        const handler = handlers[method] as (input: unknown, call: WriteCall) => unknown;
        const session = boards.require();
        const writer = recordedBy(caller);
        const result = session.write(method, writer, opId ?? null, (records: WriteContext) => {
          refuseOutsideLiaisonScope(method, parsed.data, caller, records.db);
          return handler(parsed.data, { caller: writer, session, records });
        });
        return { ok: true, result };
      }
      const handler = handlers[method] as (input: unknown, call: ReadCall) => unknown;
      const call: ReadCall = { caller, board: () => boards.require() };
      const open = spec.access === 'read' ? boards.current() : null;
      const result = open ? open.read(() => handler(parsed.data, call)) : handler(parsed.data, call);
      return { ok: true, result: result instanceof AfterRead ? await result.finish() : result };
    } catch (err) {
      return { ok: false, error: errorShape(err, log) };
    }
  };
}
